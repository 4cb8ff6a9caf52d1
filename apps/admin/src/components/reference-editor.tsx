"use client";

import {
  OrganizationClassification,
  PostRole,
  UpdateCountryInput,
  UpdateOrganizationInput,
  UpdatePersonInput,
  UpdatePostInput,
  UpdateTopicInput,
  countNoun,
  label,
  NO_NEW_RECORDS,
  referenceRecordRefs,
  usedNewRecordsOf,
  type LabelKind,
  type LocalizedText,
  type NewRecordRef,
} from "@plenary/domain";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useState } from "react";
import { Controller, useForm, type FieldPath, type Resolver } from "react-hook-form";
import { canEdit as roleCanEdit } from "~/lib/roles";
import { useRole } from "~/lib/use-can-edit";
import { useTRPC } from "~/trpc/react";
import { I18nField, SelectField, TextField } from "./editor/fields";
import { fieldId, fromFormErrors, fromTrpcError, pathLabel, problemMap } from "./editor/issues";
import { namedProblem, PendingRecordsProvider, useNewRecordsState } from "./editor/pending-records";
import { ReadOnly } from "./editor/read-only";
import { useLeaveGuard } from "./editor/local-recovery";
import { RecordPicker, type PickerType } from "./editor/record-picker";

export type ReferenceType = "person" | "post" | "country" | "organization" | "topic";

type Field =
  | {
      key: string;
      label: string;
      kind: "i18n" | "i18nOptional" | "text" | "nullableText" | "list" | "otherNames";
    }
  | { key: string; label: string; kind: "enum"; options: readonly string[]; labels: LabelKind }
  | { key: string; label: string; kind: "picker"; entityType: PickerType };

/** The editable fields of each reference record, in the domain's words; validation is the domain's Update schema. */
const FIELDS: Record<ReferenceType, Field[]> = {
  person: [
    { key: "nameI18n", label: "Name", kind: "i18n" },
    { key: "givenName", label: "Given name", kind: "nullableText" },
    { key: "familyName", label: "Family name", kind: "nullableText" },
    { key: "sortName", label: "Sort name", kind: "nullableText" },
    { key: "birthDate", label: "Birth date", kind: "nullableText" },
    {
      key: "otherNames",
      label: "Other names (transliterations, misspellings), comma-separated",
      kind: "otherNames",
    },
    { key: "summaryI18n", label: "Summary", kind: "i18nOptional" },
  ],
  post: [
    { key: "labelI18n", label: "Label", kind: "i18n" },
    { key: "role", label: "Role", kind: "enum", options: PostRole.options, labels: "postRole" },
    { key: "organizationId", label: "Organization", kind: "picker", entityType: "organization" },
    { key: "countryId", label: "Country", kind: "picker", entityType: "country" },
  ],
  country: [
    { key: "nameI18n", label: "Name", kind: "i18n" },
    { key: "officialNameI18n", label: "Official name", kind: "i18nOptional" },
    { key: "iso2", label: "ISO 3166-1 alpha-2", kind: "text" },
    { key: "iso3", label: "ISO 3166-1 alpha-3", kind: "nullableText" },
    { key: "otherNames", label: "Other names, comma-separated", kind: "list" },
    { key: "demonyms", label: "Demonyms, comma-separated", kind: "list" },
  ],
  organization: [
    { key: "nameI18n", label: "Name", kind: "i18n" },
    { key: "abbreviationI18n", label: "Abbreviation", kind: "i18nOptional" },
    {
      key: "classification",
      label: "Classification",
      kind: "enum",
      options: OrganizationClassification.options,
      labels: "organizationClassification",
    },
    { key: "parentId", label: "Part of", kind: "picker", entityType: "organization" },
    { key: "foundingDate", label: "Founded", kind: "nullableText" },
    { key: "dissolutionDate", label: "Dissolved", kind: "nullableText" },
    { key: "otherNames", label: "Other names, comma-separated", kind: "list" },
  ],
  topic: [
    { key: "labelI18n", label: "Label", kind: "i18n" },
    { key: "parentId", label: "Broader topic", kind: "picker", entityType: "topic" },
    { key: "synonyms", label: "Synonyms, comma-separated", kind: "list" },
  ],
};

const SCHEMAS = {
  person: UpdatePersonInput,
  post: UpdatePostInput,
  country: UpdateCountryInput,
  organization: UpdateOrganizationInput,
  topic: UpdateTopicInput,
};

/** The fields that may name a record made in the form's pickers, by kind (a person's or a country's form has none). */
const RECORD_REFS: Partial<Record<ReferenceType, (input: Record<string, unknown>) => NewRecordRef[]>> =
  referenceRecordRefs;

type Values = Record<string, unknown> & { id: string; version: number; slug: string };

/** What the form edits of a stored record: its fields, the slug, and the id and version the save refers to. */
const valuesOf = (entityType: ReferenceType, record: Record<string, unknown>): Values => ({
  id: record.id as string,
  version: record.version as number,
  slug: record.slug as string,
  ...Object.fromEntries(FIELDS[entityType].map((f) => [f.key, record[f.key]])),
});

const splitList = (text: string | null) =>
  (text ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * A reference record (person, post, country, organization, topic) as a form built from the domain's Update schema:
 * errors at the field and in a summary, saved from the version it was loaded at. The page lists what links to it below.
 * A record made in the form's pickers (a post's new organization, a new broader topic) is kept until the save and
 * created by it, in its transaction: leaving unsaved, or a refused save, creates nothing.
 */
export function ReferenceEditor({ entityType, id }: { entityType: ReferenceType; id: string }) {
  const trpc = useTRPC();
  const role = useRole();
  const canEdit = roleCanEdit(role);
  const queryClient = useQueryClient();
  const queries = {
    person: useQuery({ ...trpc.person.byId.queryOptions({ id }), enabled: entityType === "person" }),
    post: useQuery({ ...trpc.post.byId.queryOptions({ id }), enabled: entityType === "post" }),
    country: useQuery({ ...trpc.country.byId.queryOptions({ id }), enabled: entityType === "country" }),
    organization: useQuery({
      ...trpc.organization.byId.queryOptions({ id }),
      enabled: entityType === "organization",
    }),
    topic: useQuery({ ...trpc.topic.byId.queryOptions({ id }), enabled: entityType === "topic" }),
  };
  const updates = {
    person: useMutation(trpc.person.update.mutationOptions()),
    post: useMutation(trpc.post.update.mutationOptions()),
    country: useMutation(trpc.country.update.mutationOptions()),
    organization: useMutation(trpc.organization.update.mutationOptions()),
    topic: useMutation(trpc.topic.update.mutationOptions()),
  };
  const query = queries[entityType];
  const stored = query.data as (Record<string, unknown> & { version: number; slug: string }) | undefined;
  const [message, setMessage] = useState<string | null>(null);
  // Checked by the domain's Update schema (raw: the api parses it again), at the first save and then as you type.
  const {
    control,
    handleSubmit,
    reset,
    setError,
    getValues,
    formState: { errors: formErrors, isDirty },
  } = useForm<Values>({
    resolver: zodResolver(SCHEMAS[entityType], undefined, { raw: true }) as unknown as Resolver<Values>,
  });
  const [loaded, setLoaded] = useState(false);
  const own = useNewRecordsState();
  const recordRefs = RECORD_REFS[entityType];

  // The form starts from the record as first loaded; later refetches do not overwrite what is being edited.
  useEffect(() => {
    if (stored && !loaded) {
      reset(valuesOf(entityType, stored));
      setLoaded(true);
    }
  }, [stored, loaded, reset, entityType]);

  const fields = FIELDS[entityType];
  useLeaveGuard(isDirty);
  const errors = fromFormErrors(formErrors);
  const problems = problemMap(errors);

  if (query.status === "pending" || !loaded || role === null) return <p role="status">Loading…</p>;
  if (query.status === "error") return <p role="alert">{query.error.message}</p>;

  // Saved from the version the form was loaded at (or last saved as): a save by someone else in between conflicts.
  const saveRecord = handleSubmit(async (input) => {
    setMessage(null);
    try {
      // Only the new records the saved fields still name go with the save (one picked and then replaced does not).
      const newRecords = recordRefs ? { newRecords: usedNewRecordsOf(recordRefs(input), own.records) } : {};
      const result = await (
        updates[entityType].mutateAsync as (
          i: unknown,
        ) => Promise<{ record: Record<string, unknown> & { version: number } }>
      )({ ...input, ...newRecords });
      reset(valuesOf(entityType, result.record));
      own.setRecords(NO_NEW_RECORDS);
      setMessage(`Saved (version ${result.record.version}).`);
      await queryClient.invalidateQueries();
    } catch (error) {
      const code = (error as { data?: { code?: string } }).data?.code;
      const problems = fromTrpcError(error);
      // A problem with a record made in a picker is said as a sentence naming it: its own form is closed by now.
      const ofNewRecords = problems.filter((problem) => problem.path[0] === "newRecords");
      for (const problem of problems) {
        if (problem.path.length && problem.path[0] !== "newRecords")
          setError(problem.path.join(".") as FieldPath<Values>, {
            type: problem.severity === "warning" ? "warning" : "server",
            message: problem.message,
          });
      }
      setMessage(
        code === "CONFLICT"
          ? `${(error as Error).message} Your changes are still in the form: open the record in a new tab to compare, then save again.`
          : ofNewRecords.length
            ? ofNewRecords.map((problem) => namedProblem(own.records, problem)).join(" ")
            : (error as Error).message,
      );
    }
  });

  return (
    <PendingRecordsProvider value={own.pending}>
      <ReadOnly when={!canEdit}>
        <form
          aria-label={label("revisionEntityType", entityType, "en")}
          onSubmit={(e) => void saveRecord(e)}
          onKeyDown={(e) => {
            if (canEdit && (e.metaKey || e.ctrlKey) && e.key.toLowerCase() === "s") {
              e.preventDefault();
              void saveRecord();
            }
          }}
        >
          <div className="editor-toolbar">
            {canEdit ? (
              <button type="submit">Save</button>
            ) : (
              <span role="note">Read only: your role can read records but not change them.</span>
            )}
            <span className="muted">
              {isDirty ? "Unsaved changes" : `Saved · version ${getValues("version")}`}
            </span>
            <Link href={`/history/${entityType}/${id}`}>History</Link>
          </div>
          {message ? <p role="status">{message}</p> : null}
          {errors.length ? (
            <div className="error-summary" role="alert">
              <h2>
                {countNoun(errors.length, { one: "problem stops the save", other: "problems stop the save" })}
              </h2>
              <ul>
                {errors.map((p, i) => (
                  <li key={i}>
                    <a href={`#${fieldId(p.path)}`}>
                      {pathLabel(p.path, label("revisionEntityType", entityType, "en"))}: {p.message}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <Controller
            control={control}
            name="slug"
            render={({ field }) => (
              <TextField
                label="Slug (the address; the old one redirects)"
                path={["slug"]}
                value={field.value}
                onChange={(v) => field.onChange(v ?? "")}
                problems={problems}
              />
            )}
          />
          {fields.map((f) => (
            <Controller
              key={f.key}
              control={control}
              name={f.key}
              render={({ field: { value, onChange } }) => {
                switch (f.kind) {
                  case "i18n":
                  case "i18nOptional":
                    return (
                      <I18nField
                        label={f.label}
                        optional={f.kind === "i18nOptional"}
                        path={[f.key]}
                        value={value as LocalizedText | null}
                        onChange={(v) => onChange(v ?? (f.kind === "i18n" ? { en: "" } : null))}
                        problems={problems}
                      />
                    );
                  case "text":
                  case "nullableText":
                    return (
                      <TextField
                        label={f.label}
                        path={[f.key]}
                        value={value as string | null}
                        onChange={(v) => onChange(f.kind === "text" ? (v ?? "") : v)}
                        problems={problems}
                      />
                    );
                  case "list":
                    return (
                      <TextField
                        label={f.label}
                        path={[f.key]}
                        value={((value as string[]) ?? []).join(", ")}
                        onChange={(v) => onChange(splitList(v))}
                        problems={problems}
                      />
                    );
                  case "otherNames":
                    return (
                      <TextField
                        label={f.label}
                        path={[f.key]}
                        value={((value as { name: string }[]) ?? []).map((n) => n.name).join(", ")}
                        onChange={(v) => {
                          const previous = new Map(
                            ((value as { name: string }[]) ?? []).map((n) => [n.name, n]),
                          );
                          onChange(splitList(v).map((name) => previous.get(name) ?? { name }));
                        }}
                        problems={problems}
                      />
                    );
                  case "enum":
                    return (
                      <SelectField
                        label={f.label}
                        path={[f.key]}
                        value={value as string}
                        options={f.options}
                        labels={f.labels}
                        onChange={onChange}
                        problems={problems}
                      />
                    );
                  case "picker":
                    return (
                      <RecordPicker
                        label={f.label}
                        entityType={f.entityType}
                        path={[f.key]}
                        value={value as string | null}
                        onChange={onChange}
                        problems={problems}
                        offerCreate
                      />
                    );
                }
              }}
            />
          ))}
        </form>
      </ReadOnly>
    </PendingRecordsProvider>
  );
}
