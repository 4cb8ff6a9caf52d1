"use client";

import { localize, type LocalizedText } from "@plenary/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { useCanEdit } from "~/lib/use-can-edit";
import { useTRPC } from "~/trpc/react";
import { fieldId, pathKey, type ProblemMap } from "./issues";
import { describedBy, Problems } from "./fields";
import { FORM_CREATABLE, InlineCreateDialog, type FormCreatableType } from "./inline-create";

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

/** The name of a picked record. */
export function useLabel(entityType: PickerType, id: string | null | undefined): string | null {
  const trpc = useTRPC();
  const labels = useQuery({ ...trpc.lookup.labels.queryOptions({ entityType, ids: id ? [id] : [] }), enabled: !!id, staleTime: 300_000 });
  const text = id ? (labels.data?.[id] as LocalizedText | undefined) : undefined;
  return text ? localize(text, "en").text : null;
}

/**
 * Picks one record by searching as you type (the search runs in the database, so thousands of records are fine).
 * A record that does not exist yet can be created without leaving the page: a person or a topic from what was
 * typed, a post, country, organization or document through a small form that starts from it. The new record is
 * picked. Meetings are not created here: they have an editor of their own.
 */
export function RecordPicker({
  label,
  entityType,
  path,
  value,
  onChange,
  problems,
}: {
  label: string;
  entityType: PickerType;
  path: (string | number)[];
  value: string | null | undefined;
  onChange: (id: string | null) => void;
  problems: ProblemMap;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const q = useDebounced(query);
  const listId = useId();
  const current = useLabel(entityType, value);
  const results = useQuery({ ...trpc.lookup.list.queryOptions({ entityType, q, sort: "label", direction: "asc", limit: 10 }), enabled: open });
  const createPerson = useMutation(trpc.person.create.mutationOptions());
  const createTopic = useMutation(trpc.topic.create.mutationOptions());
  // Viewers read only: they are not offered records they could not create.
  const canEdit = useCanEdit();
  const canCreate = canEdit && (entityType === "person" || entityType === "topic");
  const formType = canEdit ? (FORM_CREATABLE.find((t) => t === entityType) as FormCreatableType | undefined) : undefined;
  const [creating, setCreating] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  /** Focus comes back to the search after a record was created and picked: that should not reopen the results. */
  const quietFocus = useRef(false);
  const id = fieldId(path);
  const invalid = (problems.get(pathKey(path)) ?? []).some((p) => p.severity === "error");

  const pick = (picked: string | null) => {
    onChange(picked);
    setOpen(false);
    setQuery("");
  };

  const createInline = async () => {
    const name = { en: query.trim() };
    const created =
      entityType === "person" ? await createPerson.mutateAsync({ nameI18n: name }) : await createTopic.mutateAsync({ labelI18n: name } as never);
    await queryClient.invalidateQueries({ queryKey: trpc.lookup.pathKey() });
    pick(created.record.id);
  };

  return (
    <div className="field picker">
      <label htmlFor={id}>{label}</label>
      <div className="picker-current">
        {value ? <span className="picked">{current ?? "…"}</span> : <span className="muted">None</span>}
        {value ? (
          <button type="button" className="link-button" onClick={() => pick(null)} aria-label={`Clear ${label}`}>
            Clear
          </button>
        ) : null}
      </div>
      <input
        ref={input}
        id={id}
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(problems, path)}
        placeholder={`Search ${entityType === "person" ? "people" : `${entityType}s`}…`}
        value={query}
        onFocus={() => {
          if (!quietFocus.current) setOpen(true);
        }}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          // Closes the results only; inside a dialog, the dialog stays open.
          if (e.key === "Escape" && open) {
            e.preventDefault();
            setOpen(false);
          }
        }}
      />
      {open ? (
        <ul id={listId} role="listbox" className="picker-results" aria-label={`${label} results`}>
          {/* Only results for what is typed now: stale ones from before the pause would invite a wrong pick. */}
          {q !== query || results.isPending ? <li className="muted">Searching…</li> : null}
          {(q === query ? (results.data?.items ?? []) : []).map((item) => (
            <li key={item.id} role="option" aria-selected={item.id === value}>
              <button type="button" onClick={() => pick(item.id)}>
                {localize(item.labelI18n, "en").text}
                {item.detail ? <span className="muted"> · {item.detail}</span> : null}
              </button>
            </li>
          ))}
          {q === query && results.data && results.data.items.length === 0 ? <li className="muted">No match.</li> : null}
          {canCreate && query.trim() ? (
            <li>
              <button type="button" onClick={() => void createInline()}>
                Create {entityType} “{query.trim()}”
              </button>
            </li>
          ) : null}
          {formType && query.trim() ? (
            <li>
              <button
                type="button"
                onClick={() => {
                  // The form opens as a modal dialog over the page: the results behind it would only be in the way.
                  setCreating(query.trim());
                  setOpen(false);
                }}
              >
                Create {entityType} “{query.trim()}”…
              </button>
            </li>
          ) : null}
          <li>
            <button type="button" className="link-button" onClick={() => setOpen(false)}>
              Close
            </button>
          </li>
        </ul>
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
