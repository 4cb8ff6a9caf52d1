"use client";

import {
  OrganizationClassification,
  PostRole,
  UpdateCountryInput,
  UpdateOrganizationInput,
  UpdatePersonInput,
  UpdatePostInput,
  UpdateTopicInput,
  type LocalizedText,
} from "@plenary/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import { useTRPC } from "~/trpc/react";
import { I18nField, SelectField, TextField } from "./editor/fields";
import { fieldId, fromTrpcError, fromZod, humanize, problemMap, type FieldProblem } from "./editor/issues";
import { useLeaveGuard } from "./editor/local-recovery";
import { RecordPicker, type PickerType } from "./editor/record-picker";

export type ReferenceType = "person" | "post" | "country" | "organization" | "topic";

type Field =
  | { key: string; label: string; kind: "i18n" | "i18nOptional" | "text" | "nullableText" | "list" | "otherNames" }
  | { key: string; label: string; kind: "enum"; options: readonly string[] }
  | { key: string; label: string; kind: "picker"; entityType: PickerType };

/** The editable fields of each reference record, in the domain's words; validation is the domain's Update schema. */
const FIELDS: Record<ReferenceType, Field[]> = {
  person: [
    { key: "nameI18n", label: "Name", kind: "i18n" },
    { key: "givenName", label: "Given name", kind: "nullableText" },
    { key: "familyName", label: "Family name", kind: "nullableText" },
    { key: "sortName", label: "Sort name", kind: "nullableText" },
    { key: "birthDate", label: "Birth date", kind: "nullableText" },
    { key: "otherNames", label: "Other names (transliterations, misspellings), comma-separated", kind: "otherNames" },
    { key: "summaryI18n", label: "Summary", kind: "i18nOptional" },
  ],
  post: [
    { key: "labelI18n", label: "Label", kind: "i18n" },
    { key: "role", label: "Role", kind: "enum", options: PostRole.options },
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
    { key: "classification", label: "Classification", kind: "enum", options: OrganizationClassification.options },
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

const SCHEMAS = { person: UpdatePersonInput, post: UpdatePostInput, country: UpdateCountryInput, organization: UpdateOrganizationInput, topic: UpdateTopicInput };

const splitList = (text: string | null) => (text ?? "").split(",").map((s) => s.trim()).filter(Boolean);

/**
 * A reference record (person, post, country, organization, topic) as a form built from the domain's Update schema:
 * errors at the field and in a summary, saved from the version it was loaded at; what links to it is shown below.
 */
export function ReferenceEditor({ entityType, id }: { entityType: ReferenceType; id: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const queries = {
    person: useQuery({ ...trpc.person.byId.queryOptions({ id }), enabled: entityType === "person" }),
    post: useQuery({ ...trpc.post.byId.queryOptions({ id }), enabled: entityType === "post" }),
    country: useQuery({ ...trpc.country.byId.queryOptions({ id }), enabled: entityType === "country" }),
    organization: useQuery({ ...trpc.organization.byId.queryOptions({ id }), enabled: entityType === "organization" }),
    topic: useQuery({ ...trpc.topic.byId.queryOptions({ id }), enabled: entityType === "topic" }),
  };
  const updates = {
    person: useMutation(trpc.person.update.mutationOptions()),
    post: useMutation(trpc.post.update.mutationOptions()),
    country: useMutation(trpc.country.update.mutationOptions()),
    organization: useMutation(trpc.organization.update.mutationOptions()),
    topic: useMutation(trpc.topic.update.mutationOptions()),
  };
  const linked = useQuery({
    ...trpc.merge.preview.queryOptions({ entityType: entityType as "person", mergedId: id }),
    enabled: entityType !== "topic",
  });
  const query = queries[entityType];
  const stored = query.data as (Record<string, unknown> & { version: number; slug: string }) | undefined;
  const [form, setForm] = useState<Record<string, unknown> | null>(null);
  const [showProblems, setShowProblems] = useState(false);
  const [serverProblems, setServerProblems] = useState<FieldProblem[]>([]);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    if (stored && !form) setForm(stored);
  }, [stored, form]);

  const fields = FIELDS[entityType];
  const input = useMemo(() => {
    if (!form) return null;
    return { id, version: (stored?.version ?? 1) as number, slug: form.slug, ...Object.fromEntries(fields.map((f) => [f.key, form[f.key]])) };
  }, [form, fields, id, stored?.version]);
  const clientProblems = useMemo(() => {
    if (!input) return [];
    const parsed = SCHEMAS[entityType].safeParse(input);
    return parsed.success ? [] : fromZod(parsed.error);
  }, [input, entityType]);
  const dirty = !!form && !!stored && JSON.stringify(Object.fromEntries(fields.map((f) => [f.key, form[f.key]]))) !== JSON.stringify(Object.fromEntries(fields.map((f) => [f.key, stored[f.key]])));
  useLeaveGuard(dirty);
  const problems = problemMap([...(showProblems ? clientProblems : []), ...serverProblems]);
  const errors = [...(showProblems ? clientProblems : []), ...serverProblems];

  if (query.status === "pending" || !form) return <p role="status">Loading…</p>;
  if (query.status === "error") return <p role="alert">{query.error.message}</p>;

  const set = (key: string, value: unknown) => setForm({ ...form, [key]: value });
  const saveRecord = async () => {
    setShowProblems(true);
    setMessage(null);
    if (clientProblems.length || !input) return;
    try {
      const result = await (updates[entityType].mutateAsync as (i: unknown) => Promise<{ record: Record<string, unknown> & { version: number } }>)(input);
      setForm(result.record);
      setServerProblems([]);
      setShowProblems(false);
      setMessage(`Saved (version ${result.record.version}).`);
      await queryClient.invalidateQueries();
    } catch (error) {
      const code = (error as { data?: { code?: string } }).data?.code;
      setServerProblems(fromTrpcError(error));
      setMessage(
        code === "CONFLICT"
          ? `${(error as Error).message} Your changes are still in the form: open the record in a new tab to compare, then save again.`
          : (error as Error).message,
      );
    }
  };

  return (
    <form
      aria-label={humanize(entityType)}
      onSubmit={(e) => {
        e.preventDefault();
        void saveRecord();
      }}
      onKeyDown={(e) => {
        if ((e.metaKey || e.ctrlKey) && e.key.toLowerCase() === "s") {
          e.preventDefault();
          void saveRecord();
        }
      }}
    >
      <div className="editor-toolbar">
        <button type="submit">Save</button>
        <span className="muted">{dirty ? "Unsaved changes" : `Saved · version ${stored?.version}`}</span>
        <Link href={`/history/${entityType}/${id}`}>History</Link>
      </div>
      {message ? <p role="status">{message}</p> : null}
      {errors.length ? (
        <div className="error-summary" role="alert">
          <h2>{errors.length === 1 ? "1 problem stops the save" : `${errors.length} problems stop the save`}</h2>
          <ul>
            {errors.map((p, i) => (
              <li key={i}>
                <a href={`#${fieldId(p.path)}`}>
                  {p.path.join(" › ")}: {p.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <TextField label="Slug (the address; the old one redirects)" path={["slug"]} value={form.slug as string} onChange={(v) => set("slug", v ?? "")} problems={problems} />
      {fields.map((f) => {
        const value = form[f.key];
        switch (f.kind) {
          case "i18n":
          case "i18nOptional":
            return <I18nField key={f.key} label={f.label} optional={f.kind === "i18nOptional"} path={[f.key]} value={value as LocalizedText | null} onChange={(v) => set(f.key, v ?? (f.kind === "i18n" ? { en: "" } : null))} problems={problems} />;
          case "text":
          case "nullableText":
            return <TextField key={f.key} label={f.label} path={[f.key]} value={value as string | null} onChange={(v) => set(f.key, f.kind === "text" ? (v ?? "") : v)} problems={problems} />;
          case "list":
            return <TextField key={f.key} label={f.label} path={[f.key]} value={((value as string[]) ?? []).join(", ")} onChange={(v) => set(f.key, splitList(v))} problems={problems} />;
          case "otherNames":
            return (
              <TextField
                key={f.key}
                label={f.label}
                path={[f.key]}
                value={((value as { name: string }[]) ?? []).map((n) => n.name).join(", ")}
                onChange={(v) => {
                  const previous = new Map(((value as { name: string }[]) ?? []).map((n) => [n.name, n]));
                  set(f.key, splitList(v).map((name) => previous.get(name) ?? { name }));
                }}
                problems={problems}
              />
            );
          case "enum":
            return <SelectField key={f.key} label={f.label} path={[f.key]} value={value as string} options={f.options} onChange={(v) => set(f.key, v)} problems={problems} />;
          case "picker":
            return <RecordPicker key={f.key} label={f.label} entityType={f.entityType} path={[f.key]} value={value as string | null} onChange={(v) => set(f.key, v)} problems={problems} />;
        }
      })}
      {linked.data ? (
        <section aria-labelledby="linked-heading">
          <h2 id="linked-heading">What links here</h2>
          <ul>
            {Object.entries(linked.data).map(([key, count]) => (
              <li key={key}>
                {humanize(key.split(".")[0]!)} ({key.split(".")[1]}): {count}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </form>
  );
}
