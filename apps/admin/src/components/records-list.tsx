"use client";

import { localize } from "@plenary/domain";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useState } from "react";
import { useTRPC } from "~/trpc/react";
import { humanize } from "./editor/issues";

export type ListType = "meeting" | "document" | "person" | "post" | "country" | "organization" | "topic";

const COLUMNS = ["date", "status", "detail", "updated", "slug"] as const;
type Column = (typeof COLUMNS)[number];
const COLUMN_NAMES: Record<Column, string> = { date: "Date", status: "Status", detail: "Details", updated: "Last changed", slug: "Slug" };

/**
 * Any record type as a list: search as you type, status filter, sort by any sortable column (click its header, or
 * the sort buttons), pages, columns to show, and bulk publish, unpublish and trash of the selected rows.
 */
export function RecordsList({ entityType }: { entityType: ListType }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const publishable = entityType === "meeting" || entityType === "document";
  const [q, setQ] = useState("");
  const [debounced, setDebounced] = useState("");
  const [status, setStatus] = useState<"" | "draft" | "published" | "archived">("");
  const [sort, setSort] = useState<"label" | "date" | "updatedAt">("updatedAt");
  const [direction, setDirection] = useState<"asc" | "desc">("desc");
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(25);
  const [columns, setColumns] = useState<Set<Column>>(new Set(publishable ? ["date", "status", "detail"] : ["detail", "updated"]));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => {
      setDebounced(q);
      setPage(0);
    }, 200);
    return () => clearTimeout(timer);
  }, [q]);

  // Keep showing the rows (and the selection made on them) while a new search or page loads: an empty list in
  // between would turn a bulk action clicked at that moment into an action on nothing.
  const list = useQuery({
    ...trpc.lookup.list.queryOptions({ entityType, q: debounced || undefined, status: status || undefined, sort, direction, limit: pageSize, offset: page * pageSize }),
    placeholderData: keepPreviousData,
  });
  const setStatusMany = useMutation(trpc.publishing.setStatusMany.mutationOptions());
  const trashMany = useMutation(trpc.trash.moveMany.mutationOptions());
  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;
  const chosen = items.filter((item) => selected.has(item.id));

  const sortBy = (key: typeof sort) => {
    if (sort === key) setDirection(direction === "asc" ? "desc" : "asc");
    else {
      setSort(key);
      setDirection(key === "label" ? "asc" : "desc");
    }
  };
  const ariaSort = (key: typeof sort) => (sort === key ? (direction === "asc" ? "ascending" : "descending") : undefined);

  const bulk = async (action: "publish" | "unpublish" | "trash") => {
    const targets = chosen.map((item) => ({ entityType: item.entityType, id: item.id, version: item.version }));
    try {
      let outcomes: { ok: boolean; message?: string }[];
      if (action === "trash") outcomes = await trashMany.mutateAsync({ items: targets });
      else {
        // Publishing meetings publishes their draft documents too: name them first and ask.
        let confirmedDocumentIds: string[] = [];
        if (action === "publish" && entityType === "meeting") {
          const previews = await Promise.all(targets.map((t) => queryClient.fetchQuery({ ...trpc.publishing.preview.queryOptions({ id: t.id }), staleTime: 0 })));
          const drafts = previews.flatMap((p) => p.draftDocuments);
          if (drafts.length && !window.confirm(`Publishing also publishes these draft documents:\n${drafts.map((d) => `• ${d.titleI18n.en}`).join("\n")}`)) return;
          confirmedDocumentIds = drafts.map((d) => d.id);
        }
        outcomes = await setStatusMany.mutateAsync({
          items: targets.map((t) => ({ ...t, entityType: t.entityType as "meeting" | "document" })),
          status: action === "publish" ? "published" : "draft",
          confirmedDocumentIds,
        });
      }
      const failed = outcomes.filter((o) => !o.ok);
      setMessage(`${outcomes.length - failed.length} of ${outcomes.length} done.${failed.length ? ` Not done: ${failed.map((f) => f.message).join(" ")}` : ""}`);
      setSelected(new Set());
      await queryClient.invalidateQueries();
    } catch (error) {
      setMessage((error as Error).message);
    }
  };

  const editHref = (item: (typeof items)[number]) =>
    entityType === "meeting" ? `/meetings/edit/${item.id}` : entityType === "document" ? `/history/document/${item.id}` : `/records/${entityType}/${item.id}`;

  return (
    <div className="records-list">
      <div className="filters" role="search">
        <div className="field">
          <label htmlFor="records-search">Search</label>
          <input id="records-search" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Name or title, any language" />
        </div>
        {publishable ? (
          <div className="field">
            <label htmlFor="records-status">Status</label>
            <select id="records-status" value={status} onChange={(e) => (setStatus(e.target.value as typeof status), setPage(0))}>
              <option value="">Any</option>
              <option value="draft">Draft</option>
              <option value="published">Published</option>
              <option value="archived">Archived</option>
            </select>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="records-page-size">Per page</label>
          <select id="records-page-size" value={pageSize} onChange={(e) => (setPageSize(Number(e.target.value)), setPage(0))}>
            {[10, 25, 50, 100].map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </div>
        <fieldset className="columns">
          <legend>Columns</legend>
          {COLUMNS.filter((c) => publishable || c !== "status").map((c) => (
            <label key={c}>
              <input
                type="checkbox"
                checked={columns.has(c)}
                onChange={(e) => {
                  const next = new Set(columns);
                  if (e.target.checked) next.add(c);
                  else next.delete(c);
                  setColumns(next);
                }}
              />{" "}
              {COLUMN_NAMES[c]}
            </label>
          ))}
        </fieldset>
      </div>

      <div className="bulk" role="toolbar" aria-label="Bulk actions">
        <span>{chosen.length} selected</span>
        {publishable ? (
          <>
            <button type="button" disabled={!chosen.length} onClick={() => void bulk("publish")}>
              Publish selected
            </button>
            <button type="button" disabled={!chosen.length} onClick={() => void bulk("unpublish")}>
              Unpublish selected
            </button>
          </>
        ) : null}
        <button type="button" className="danger" disabled={!chosen.length} onClick={() => void bulk("trash")}>
          Move selected to trash
        </button>
      </div>
      {message ? <p role="status">{message}</p> : null}
      {list.status === "error" ? <p role="alert">{list.error.message}</p> : null}

      <table>
        <caption>
          {total} {humanize(entityType).toLowerCase()} records{debounced ? ` matching “${debounced}”` : ""} · page {page + 1} of {Math.max(1, Math.ceil(total / pageSize))}
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label="Select all on this page"
                checked={items.length > 0 && chosen.length === items.length}
                onChange={(e) => setSelected(e.target.checked ? new Set(items.map((i) => i.id)) : new Set())}
              />
            </th>
            <th scope="col" aria-sort={ariaSort("label")}>
              <button type="button" className="sort" onClick={() => sortBy("label")}>
                Name
              </button>
            </th>
            {columns.has("date") ? (
              <th scope="col" aria-sort={ariaSort("date")}>
                <button type="button" className="sort" onClick={() => sortBy("date")}>
                  Date
                </button>
              </th>
            ) : null}
            {columns.has("status") && publishable ? <th scope="col">Status</th> : null}
            {columns.has("detail") ? <th scope="col">Details</th> : null}
            {columns.has("updated") ? (
              <th scope="col" aria-sort={ariaSort("updatedAt")}>
                <button type="button" className="sort" onClick={() => sortBy("updatedAt")}>
                  Last changed
                </button>
              </th>
            ) : null}
            {columns.has("slug") ? <th scope="col">Slug</th> : null}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Select ${localize(item.labelI18n, "en").text}`}
                  checked={selected.has(item.id)}
                  onChange={(e) => {
                    const next = new Set(selected);
                    if (e.target.checked) next.add(item.id);
                    else next.delete(item.id);
                    setSelected(next);
                  }}
                />
              </td>
              <th scope="row">
                <Link href={editHref(item)}>{localize(item.labelI18n, "en").text}</Link>
              </th>
              {columns.has("date") ? <td>{item.date ?? "—"}</td> : null}
              {columns.has("status") && publishable ? <td>{item.status ? humanize(item.status) : "—"}</td> : null}
              {columns.has("detail") ? <td>{item.detail ? humanize(item.detail) : "—"}</td> : null}
              {columns.has("updated") ? <td>{new Date(item.updatedAt).toLocaleString()}</td> : null}
              {columns.has("slug") ? <td>{item.slug}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label="Pages" className="pager">
        <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
          Previous page
        </button>
        <button type="button" disabled={(page + 1) * pageSize >= total} onClick={() => setPage(page + 1)}>
          Next page
        </button>
      </nav>
    </div>
  );
}
