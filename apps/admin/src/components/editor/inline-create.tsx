"use client";

import { useState } from "react";
import { SelectField, TextField } from "./fields";
import { fieldId, fromTrpcError, problemMap, type FieldProblem } from "./issues";
import { FORMS, toInput, validate, type Draft, type FormCreatableType } from "./inline-create-forms";
import { ModalForm } from "./modal-form";
import { pendingKeeper, usePendingRecords } from "./pending-records";
import { RecordPicker } from "./record-picker";

export { FORM_CREATABLE, type FormCreatableType } from "./inline-create-forms";

let formCounter = 0;

/**
 * A small form in a modal dialog that makes a record a picker could not find, validated with the domain's Create
 * schema (errors at the fields); the new record is picked. The dialog keeps focus inside while open, Escape cancels,
 * and focus goes back to the picker afterwards. The record is kept until the save of the form the picker is in (the
 * meeting editor, a term's form, a record's own form) and created by it; a document made in the meeting editor joins
 * the meeting's package.
 */
export function InlineCreateDialog({
  entityType,
  name,
  onCreated,
  onClose,
}: {
  entityType: FormCreatableType;
  name: string;
  onCreated: (id: string) => void;
  onClose: () => void;
}) {
  const spec = FORMS[entityType];
  const [scope] = useState(() => `new-${entityType}-${(formCounter += 1)}`);
  const [draft, setDraft] = useState<Draft>(() => ({ [spec.nameKey]: name }));
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const keep = pendingKeeper(usePendingRecords(), entityType);
  const scoped = (key: string) => [scope, ...key.split(".")];

  const submit = (dismiss: () => void) => {
    setMessage(null);
    const found = validate(spec, draft);
    setProblems(found);
    if (found.length) {
      document.getElementById(fieldId([scope, ...found[0]!.path]))?.focus();
      return;
    }
    try {
      if (!keep) throw new Error(`A new ${entityType} is made only in a form whose save creates it.`);
      const id = keep(spec.schema.parse(toInput(spec, draft)) as object);
      // Closed before the picker takes focus back: while the dialog is modal, the rest of the page is inert.
      dismiss();
      onCreated(id);
    } catch (error) {
      const fromServer = fromTrpcError(error);
      setProblems(fromServer);
      setMessage(fromServer.length ? null : (error as Error).message);
      if (fromServer[0]) document.getElementById(fieldId([scope, ...fromServer[0].path]))?.focus();
    }
  };

  const map = problemMap(problems.map((p) => ({ ...p, path: [scope, ...p.path] })));
  const set = (key: string, value: string | null) => setDraft((d) => ({ ...d, [key]: value }));
  const noun = entityType;

  return (
    <ModalForm
      title={`New ${noun}`}
      firstField={fieldId(scoped(spec.nameKey))}
      message={message}
      busy={false}
      submitLabel={`Create ${noun}`}
      busyLabel="Creating…"
      onSubmit={submit}
      onClose={onClose}
    >
      {spec.fields.map((field) => {
        const path = scoped(field.key);
        switch (field.kind) {
          case "text":
            return (
              <TextField
                key={field.key}
                label={field.label}
                path={path}
                value={draft[field.key]}
                placeholder={field.placeholder}
                onChange={(v) => set(field.key, field.capitals && v ? v.toUpperCase() : v)}
                problems={map}
              />
            );
          case "enum":
            return (
              <SelectField
                key={field.key}
                label={field.label}
                path={path}
                value={draft[field.key] ?? null}
                options={field.options}
                labels={field.labels}
                allowEmpty
                onChange={(v) => set(field.key, v)}
                problems={map}
              />
            );
          case "picker":
            return (
              <RecordPicker
                key={field.key}
                label={field.label}
                entityType={field.entityType}
                path={path}
                value={draft[field.key]}
                onChange={(v) => set(field.key, v)}
                problems={map}
                offerCreate
              />
            );
        }
      })}
    </ModalForm>
  );
}
