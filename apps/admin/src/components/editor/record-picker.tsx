"use client";

import { RECORD_KIND_NOUNS, localize, type LocalizedText } from "@plenary/domain";
import { useQuery } from "@tanstack/react-query";
import { useCombobox } from "downshift";
import { useEffect, useId, useRef, useState } from "react";
import { useCanEdit } from "~/lib/use-can-edit";
import { useTRPC } from "~/trpc/react";
import { fieldId, pathKey, type ProblemMap } from "./issues";
import { describedBy, Problems } from "./fields";
import { FORM_CREATABLE, InlineCreateDialog, type FormCreatableType } from "./inline-create";
import { PENDING_NOTE, pendingChoices, pendingKeeper, usePendingRecords } from "./pending-records";
import { useReadOnly } from "./read-only";
import { recordDetail } from "./record-detail";

/** What the results offer: a record, or making one from what was typed (as it is, or through a small form). */
type Choice =
  | { kind: "record"; id: string; text: string; detail: string | null }
  | { kind: "create"; name: string }
  | { kind: "form"; name: string };

export type PickerType = "meeting" | "document" | "person" | "post" | "country" | "organization" | "topic";

/** Debounces a value: searches go out when typing pauses, not on every key. */
function useDebounced<T>(value: T, ms = 200): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** The name of a picked record: a stored one's, or one made for the meeting being edited and not saved yet. */
export function useLabel(entityType: PickerType, id: string | null | undefined): string | null {
  const trpc = useTRPC();
  const pending = pendingChoices(usePendingRecords(), entityType).find((choice) => choice.id === id);
  const labels = useQuery({
    ...trpc.lookup.labels.queryOptions({ entityType, ids: id ? [id] : [] }),
    enabled: !!id && !pending,
    staleTime: 300_000,
  });
  if (pending) return pending.name;
  const text = id ? (labels.data?.[id] as LocalizedText | undefined) : undefined;
  return text ? localize(text, "en").text : null;
}

/**
 * Picks one record by searching as you type (the search runs in the database, so thousands of records are fine).
 * With `offerCreate`, a record that does not exist yet can be made without leaving the page: a person or a topic
 * from what was typed, a post, country, organization or document through a small form that starts from it. The new
 * record is picked. Meetings are not made here: they have an editor of their own. Where picking is all there is
 * to do (merging two records), nothing is offered to create.
 *
 * A new record is never created at once: it is kept until the save of the form the picker is in (the meeting
 * editor, a post-held or membership form, a post's, organization's or topic's own form), shown as new, offered by
 * the other pickers, and created by that save in its transaction (so leaving unsaved leaves nothing behind). Where
 * no save keeps it, nothing is offered to create. A document made in the meeting editor joins the meeting's package;
 * its pickers offer the package's documents first.
 */
export function RecordPicker({
  label,
  entityType,
  path,
  value,
  onChange,
  problems,
  offerCreate,
  exclude = [],
}: {
  label: string;
  entityType: PickerType;
  path: (string | number)[];
  value: string | null | undefined;
  onChange: (id: string | null) => void;
  problems: ProblemMap;
  /** Whether a record not found may be made here (said at every picker: picking alone is also a use). */
  offerCreate: boolean;
  /** Ids not to offer (a document's relation does not lead to that document). */
  exclude?: string[];
}) {
  const trpc = useTRPC();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const q = useDebounced(query);
  const listId = useId();
  const current = useLabel(entityType, value);
  const results = useQuery({
    ...trpc.lookup.list.queryOptions({ entityType, q, sort: "label", direction: "asc", limit: 10 }),
    enabled: open,
  });
  const pending = usePendingRecords();
  const kept = pendingChoices(pending, entityType).filter((choice) => !exclude.includes(choice.id));
  const isNew = kept.some((choice) => choice.id === value && choice.isNew);
  // Viewers read only: they are not offered records they could not create. A record is made only where a save keeps
  // it; a document only where a meeting's package takes it (the meeting editor).
  const canEdit = useCanEdit();
  const keep = offerCreate && canEdit ? pendingKeeper(pending, entityType) : undefined;
  const canCreate = !!keep && (entityType === "person" || entityType === "topic");
  const formType = keep
    ? (FORM_CREATABLE.find((t) => t === entityType) as FormCreatableType | undefined)
    : undefined;
  const [creating, setCreating] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  /** Focus comes back to the search after a record was created and picked: that should not reopen the results. */
  const quietFocus = useRef(false);
  const id = fieldId(path);
  const invalid = (problems.get(pathKey(path)) ?? []).some((p) => p.severity === "error");
  const readOnly = useReadOnly();

  const pick = (picked: string | null) => {
    onChange(picked);
    setOpen(false);
    setQuery("");
  };

  const createInline = (name: string) => {
    const text = { en: name };
    pick(keep!(entityType === "person" ? { nameI18n: text } : { labelI18n: text }));
  };

  // Only results for what is typed now: stale ones from before the pause would invite a wrong pick.
  const fresh = q === query;
  // Creating is offered once the search has answered, below what it found: a record that exists is seen first.
  const settled = fresh && results.isSuccess;
  const typed = query.trim();
  const madeHere: Choice[] = kept
    .filter(({ name }) => name.toLowerCase().includes(typed.toLowerCase()))
    .map(({ id, name, note }) => ({ kind: "record", id, text: name, detail: note }));
  const shown = new Set([...exclude, ...kept.map((choice) => choice.id)]);
  const choices: Choice[] = [
    ...madeHere,
    ...(fresh ? (results.data?.items ?? []) : [])
      .filter((item) => !shown.has(item.id))
      .map((item): Choice => ({
        kind: "record",
        id: item.id,
        text: localize(item.labelI18n, "en").text,
        detail: recordDetail(entityType, item.detail),
      })),
    ...(canCreate && typed && settled ? [{ kind: "create", name: typed } as const] : []),
    ...(formType && typed && settled ? [{ kind: "form", name: typed } as const] : []),
  ];

  const choose = (choice: Choice | null) => {
    if (!choice) return;
    if (choice.kind === "record") pick(choice.id);
    else if (choice.kind === "create") createInline(choice.name);
    else {
      // The form opens as a modal dialog over the page: the results behind it would only be in the way.
      setCreating(choice.name);
      setOpen(false);
    }
  };

  // Downshift gives the search the ARIA combobox pattern: options in a listbox, arrows move the active option
  // (announced through aria-activedescendant), Enter or a click takes it, Escape closes the list.
  const combobox = useCombobox<Choice>({
    id: `picker-${id}`,
    inputId: id,
    labelId: `${id}-label`,
    menuId: listId,
    items: choices,
    isOpen: open,
    inputValue: query,
    selectedItem: null,
    itemToString: (choice) => (choice?.kind === "record" ? choice.text : (choice?.name ?? "")),
    itemToKey: (choice: Choice | null) =>
      choice ? (choice.kind === "record" ? choice.id : choice.kind) : null,
    onIsOpenChange: ({ isOpen }) => setOpen(!!isOpen),
    onInputValueChange: ({ inputValue }) => setQuery(inputValue ?? ""),
    onSelectedItemChange: ({ selectedItem }) => choose(selectedItem ?? null),
    stateReducer: (state, { type, changes }) => {
      switch (type) {
        // A pick empties the search (the picked record shows above it); opening the create form keeps what was
        // typed, for when the form is closed without creating; leaving the field picks nothing.
        case useCombobox.stateChangeTypes.InputKeyDownEnter:
        case useCombobox.stateChangeTypes.ItemClick:
          return { ...changes, inputValue: changes.selectedItem?.kind === "form" ? state.inputValue : "" };
        case useCombobox.stateChangeTypes.InputBlur:
          return { ...changes, selectedItem: state.selectedItem, inputValue: state.inputValue };
        // The choice is held by the form, not by the search (selectedItem stays null): Downshift, seeing its own last
        // choice give way to that null at its next action, would write the null's text ("") into the search. After
        // the create form was closed without creating, merely pointing at the results erased what was typed and
        // changed the list under the pointer. Only typing and picking change the search.
        case useCombobox.stateChangeTypes.ControlledPropUpdatedSelectedItem:
          return { ...changes, inputValue: state.inputValue };
        default:
          return changes;
      }
    },
  });

  if (readOnly) {
    return (
      <div className="field read-only">
        <span className="field-label" id={`${id}-label`}>
          {label}
        </span>
        <span id={id} className="value" aria-labelledby={`${id}-label ${id}`}>
          {value ? (current ?? "…") : <span className="muted">None</span>}
        </span>
      </div>
    );
  }

  return (
    <div className="field picker">
      <label {...combobox.getLabelProps({ htmlFor: id })}>{label}</label>
      <div className="picker-current">
        {value ? <span className="picked">{current ?? "…"}</span> : <span className="muted">None</span>}
        {isNew ? <span className="muted new-record"> · {PENDING_NOTE}</span> : null}
        {value ? (
          <button
            type="button"
            className="link-button"
            onClick={() => pick(null)}
            aria-label={`Clear ${label}`}
          >
            Clear
          </button>
        ) : null}
      </div>
      <input
        {...combobox.getInputProps({
          ref: input,
          type: "search",
          "aria-invalid": invalid || undefined,
          "aria-describedby": describedBy(problems, path),
          placeholder: `Search ${RECORD_KIND_NOUNS[entityType].other}…`,
          onFocus: () => {
            if (!quietFocus.current) setOpen(true);
          },
          onKeyDown: (e) => {
            // Escape closes the results only; inside a dialog, the dialog stays open.
            if (e.key === "Escape" && open) e.preventDefault();
          },
        })}
      />
      <ul
        {...combobox.getMenuProps({
          className: "picker-results",
          "aria-label": `${label} results`,
          hidden: !open || choices.length === 0,
        })}
      >
        {open
          ? choices.map((choice, index) => (
              <li
                key={choice.kind === "record" ? choice.id : choice.kind}
                className={combobox.highlightedIndex === index ? "active" : undefined}
                {...combobox.getItemProps({
                  item: choice,
                  index,
                  "aria-selected": choice.kind === "record" ? choice.id === value : false,
                })}
              >
                {choice.kind === "record" ? (
                  <>
                    {choice.text}
                    {choice.detail ? <span className="muted"> · {choice.detail}</span> : null}
                  </>
                ) : (
                  `Create ${RECORD_KIND_NOUNS[entityType].one} “${choice.name}”${choice.kind === "form" ? "…" : ""}`
                )}
              </li>
            ))
          : null}
      </ul>
      {open && (!fresh || results.isPending) ? (
        <p className="muted picker-status" role="status">
          Searching…
        </p>
      ) : null}
      {open && fresh && results.data && results.data.items.length === 0 ? (
        <p className="muted picker-status" role="status">
          No match{typed ? ` for “${typed}”` : ""}.
        </p>
      ) : null}
      <Problems problems={problems} path={path} />
      {formType && creating !== null ? (
        <InlineCreateDialog
          entityType={formType}
          name={creating}
          onCreated={(created) => {
            setCreating(null);
            pick(created);
            quietFocus.current = true;
            input.current?.focus();
            quietFocus.current = false;
          }}
          onClose={() => {
            setCreating(null);
            input.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
