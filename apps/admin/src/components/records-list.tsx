"use client";

import { countRecords, label, localize } from "@plenary/domain";
import type { AppRouter, inferRouterOutputs } from "@plenary/api";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  columnVisibilityFeature,
  createColumnHelper,
  functionalUpdate,
  rowPaginationFeature,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type PaginationState,
  type RowSelectionState,
  type SortingState,
  type ColumnVisibilityState,
} from "@tanstack/react-table";
import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import { useCanEdit } from "~/lib/use-can-edit";
import { useTRPC } from "~/trpc/react";
import { recordDetail } from "./editor/record-detail";
import { linkSummary } from "./link-summary";

export type ListType = "meeting" | "document" | "person" | "post" | "country" | "organization" | "topic";

const COLUMNS = ["date", "status", "detail", "updated", "slug"] as const;
type Column = (typeof COLUMNS)[number];
const COLUMN_NAMES: Record<Column, string> = {
  date: "Date",
  status: "Status",
  detail: "Details",
  updated: "Last changed",
  slug: "Slug",
};
/** The columns the api sorts by, under its names for them. */
const SORT_KEYS = { name: "label", date: "date", updated: "updatedAt" } as const;
type SortKey = (typeof SORT_KEYS)[keyof typeof SORT_KEYS];

type Item = inferRouterOutputs<AppRouter>["lookup"]["list"]["items"][number];
// Search, sorting and paging happen in the database (manual*): the table holds their state and renders one page.
const features = tableFeatures({
  columnVisibilityFeature,
  rowSortingFeature,
  rowPaginationFeature,
  rowSelectionFeature,
});
const column = createColumnHelper<typeof features, Item>();
const NO_ITEMS: Item[] = [];

/** Which columns show, per kind of record: kept in this browser, so a list opens as it was left. */
const visibilityKey = (entityType: ListType) => `plenary:list-columns:${entityType}`;
const defaultVisibility = (publishable: boolean): ColumnVisibilityState => {
  const shown = new Set<Column>(publishable ? ["date", "status", "detail"] : ["detail", "updated"]);
  return Object.fromEntries(COLUMNS.map((c) => [c, shown.has(c)]));
};
function savedVisibility(entityType: ListType): ColumnVisibilityState {
  try {
    return JSON.parse(
      window.localStorage.getItem(visibilityKey(entityType)) ?? "{}",
    ) as ColumnVisibilityState;
  } catch {
    return {};
  }
}

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
  const [sorting, setSorting] = useState<SortingState>([{ id: "updated", desc: true }]);
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize: 25 });
  const [columnVisibility, setColumnVisibility] = useState<ColumnVisibilityState>(() =>
    defaultVisibility(publishable),
  );
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [message, setMessage] = useState<string | null>(null);
  const toFirstPage = () => setPagination((p) => ({ ...p, pageIndex: 0 }));
  // Viewers read the lists: no selection, no bulk actions (the server would refuse them).
  const canEdit = useCanEdit();

  useEffect(() => {
    const timer = setTimeout(() => {
      setDebounced(q);
      setPagination((p) => ({ ...p, pageIndex: 0 }));
    }, 200);
    return () => clearTimeout(timer);
  }, [q]);
  // The columns chosen earlier, read after mounting (localStorage is not there during server rendering).
  useEffect(
    () => setColumnVisibility((shown) => ({ ...shown, ...savedVisibility(entityType) })),
    [entityType],
  );

  const sort: SortKey = SORT_KEYS[(sorting[0]?.id ?? "updated") as keyof typeof SORT_KEYS] ?? "updatedAt";
  const direction = sorting[0]?.desc === false ? "asc" : "desc";
  const { pageIndex: page, pageSize } = pagination;

  // Keep showing the rows (and the selection made on them) while a new search or page loads: an empty list in
  // between would turn a bulk action clicked at that moment into an action on nothing.
  const list = useQuery({
    ...trpc.lookup.list.queryOptions({
      entityType,
      q: debounced || undefined,
      status: status || undefined,
      sort,
      direction,
      limit: pageSize,
      offset: page * pageSize,
    }),
    placeholderData: keepPreviousData,
  });
  const setStatusMany = useMutation(trpc.publishing.setStatusMany.mutationOptions());
  const trashMany = useMutation(trpc.trash.moveMany.mutationOptions());
  const items = list.data?.items ?? NO_ITEMS;
  const total = list.data?.total ?? 0;

  const bulk = async (action: "publish" | "unpublish" | "trash") => {
    const targets = chosen.map((item) => ({
      entityType: item.entityType,
      id: item.id,
      version: item.version,
    }));
    try {
      let outcomes: { ok: boolean; message?: string }[];
      if (action === "trash") {
        if (!window.confirm(await trashQuestion())) return;
        outcomes = await trashMany.mutateAsync({ items: targets });
      } else {
        // Publishing meetings publishes their draft documents too: name them first and ask.
        let confirmedDocumentIds: string[] = [];
        if (action === "publish" && entityType === "meeting") {
          const previews = await Promise.all(
            targets.map((t) =>
              queryClient.fetchQuery({ ...trpc.publishing.preview.queryOptions({ id: t.id }), staleTime: 0 }),
            ),
          );
          const drafts = previews.flatMap((p) => p.draftDocuments);
          if (
            drafts.length &&
            !window.confirm(
              `Publishing also publishes these draft documents:\n${drafts.map((d) => `• ${d.titleI18n.en}`).join("\n")}`,
            )
          )
            return;
          confirmedDocumentIds = drafts.map((d) => d.id);
        }
        outcomes = await setStatusMany.mutateAsync({
          items: targets.map((t) => ({ ...t, entityType: t.entityType as "meeting" | "document" })),
          status: action === "publish" ? "published" : "draft",
          confirmedDocumentIds,
        });
      }
      const failed = outcomes.filter((o) => !o.ok);
      setMessage(
        `${outcomes.length - failed.length} of ${outcomes.length} done.${failed.length ? ` Not done: ${failed.map((f) => f.message).join(" ")}` : ""}`,
      );
      setRowSelection({});
      await queryClient.invalidateQueries();
    } catch (error) {
      setMessage((error as Error).message);
    }
  };

  /** What trashing the selection does, with what links to it (people, posts, countries and organizations). */
  const trashQuestion = async () => {
    const names = chosen.map((item) => `• ${localize(item.labelI18n, "en").text}`).join("\n");
    const mergeable =
      entityType === "person" ||
      entityType === "post" ||
      entityType === "country" ||
      entityType === "organization";
    const links = mergeable
      ? linkSummary(
          await Promise.all(
            chosen.map((item) =>
              queryClient.fetchQuery({
                ...trpc.merge.preview.queryOptions({ entityType, mergedId: item.id }),
                staleTime: 0,
              }),
            ),
          ),
        )
      : "";
    const shownOn = await Promise.all(
      chosen.map((item) =>
        queryClient.fetchQuery({
          ...trpc.trash.publishedReferences.queryOptions({ entityType, id: item.id }),
          staleTime: 0,
        }),
      ),
    );
    const published = shownOn.flatMap((r) => r.items);
    const more = shownOn.reduce((sum, r) => sum + r.total, 0) - published.length;
    return [
      `Move ${countRecords(entityType, chosen.length)} to the trash?`,
      names,
      publishable ? "Published ones leave the public site at once." : null,
      links
        ? `Still linked from ${links}: those links stay, and show the record as in the trash until it is restored.`
        : null,
      published.length
        ? `Published pages that show ${chosen.length === 1 ? "it" : "them"} will leave ${chosen.length === 1 ? "it" : "them"} out:\n${published
            .map((p) => `• ${p.entityType === "meeting" ? "Meeting" : "Document"}: ${p.title}`)
            .join("\n")}${more > 0 ? `\n…and ${more} more` : ""}`
        : null,
      "They can be restored from the trash.",
    ]
      .filter(Boolean)
      .join("\n\n");
  };

  const editHref = (item: Item) =>
    entityType === "meeting" ? `/meetings/edit/${item.id}` : `/records/${entityType}/${item.id}`;

  const columns = useMemo(
    () =>
      column.columns([
        // Only editors select rows, for the bulk actions.
        ...(canEdit
          ? [
              column.display({
                id: "select",
                enableHiding: false,
                header: ({ table }) => (
                  <input
                    type="checkbox"
                    aria-label="Select all on this page"
                    checked={table.getIsAllPageRowsSelected()}
                    onChange={table.getToggleAllPageRowsSelectedHandler()}
                  />
                ),
                cell: ({ row }) => (
                  <input
                    type="checkbox"
                    aria-label={`Select ${localize(row.original.labelI18n, "en").text}`}
                    checked={row.getIsSelected()}
                    onChange={row.getToggleSelectedHandler()}
                  />
                ),
              }),
            ]
          : []),
        column.accessor((item) => localize(item.labelI18n, "en").text, {
          id: "name",
          header: "Name",
          enableHiding: false,
          sortDescFirst: false,
          cell: ({ row, getValue }) => <Link href={editHref(row.original)}>{getValue()}</Link>,
        }),
        column.accessor("date", {
          id: "date",
          header: COLUMN_NAMES.date,
          sortDescFirst: true,
          cell: ({ getValue }) => getValue() ?? "—",
        }),
        // Only meetings and documents have a publication status.
        ...(publishable
          ? [
              column.accessor("status", {
                id: "status",
                header: COLUMN_NAMES.status,
                enableSorting: false,
                cell: ({ getValue }) => (getValue() ? label("publicationStatus", getValue()!, "en") : "—"),
              }),
            ]
          : []),
        column.accessor("detail", {
          id: "detail",
          header: COLUMN_NAMES.detail,
          enableSorting: false,
          cell: ({ getValue }) => recordDetail(entityType, getValue()) ?? "—",
        }),
        column.accessor("updatedAt", {
          id: "updated",
          header: COLUMN_NAMES.updated,
          sortDescFirst: true,
          cell: ({ getValue }) => new Date(getValue()).toLocaleString(),
        }),
        column.accessor("slug", { id: "slug", header: COLUMN_NAMES.slug, enableSorting: false }),
      ]),
    // editHref and publishable depend on entityType alone.
    [entityType, canEdit],
  );
  const table = useTable({
    features,
    columns,
    data: items,
    getRowId: (item) => item.id,
    rowCount: total,
    manualSorting: true,
    manualPagination: true,
    autoResetPageIndex: false,
    enableMultiSort: false,
    enableSortingRemoval: false,
    state: { sorting, pagination, columnVisibility, rowSelection },
    onSortingChange: (updater) => {
      setSorting(updater);
      toFirstPage();
    },
    onPaginationChange: setPagination,
    onColumnVisibilityChange: (updater) =>
      setColumnVisibility((shown) => {
        const next = functionalUpdate(updater, shown);
        window.localStorage.setItem(visibilityKey(entityType), JSON.stringify(next));
        return next;
      }),
    onRowSelectionChange: setRowSelection,
  });
  // The selected rows of the page shown: what the bulk actions act on.
  const chosen = table.getSelectedRowModel().rows.map((row) => row.original);

  return (
    <div className="records-list">
      <div className="filters" role="search">
        <div className="field">
          <label htmlFor="records-search">Search</label>
          <input
            id="records-search"
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder="Name or title, any language"
          />
        </div>
        {publishable ? (
          <div className="field">
            <label htmlFor="records-status">Status</label>
            <select
              id="records-status"
              value={status}
              onChange={(e) => (setStatus(e.target.value as typeof status), toFirstPage())}
            >
              <option value="">Any</option>
              <option value="draft">Draft</option>
              <option value="published">Published</option>
              <option value="archived">Archived</option>
            </select>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="records-page-size">Per page</label>
          <select
            id="records-page-size"
            value={pageSize}
            onChange={(e) => table.setPagination({ pageIndex: 0, pageSize: Number(e.target.value) })}
          >
            {[10, 25, 50, 100].map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </div>
        <fieldset className="columns">
          <legend>Columns</legend>
          {table
            .getAllLeafColumns()
            .filter((c) => c.getCanHide())
            .map((c) => (
              <label key={c.id}>
                <input type="checkbox" checked={c.getIsVisible()} onChange={c.getToggleVisibilityHandler()} />{" "}
                {COLUMN_NAMES[c.id as Column]}
              </label>
            ))}
        </fieldset>
      </div>

      {canEdit ? (
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
          <button
            type="button"
            className="danger"
            disabled={!chosen.length}
            onClick={() => void bulk("trash")}
          >
            Move selected to trash
          </button>
        </div>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
      {list.status === "error" ? <p role="alert">{list.error.message}</p> : null}

      <table>
        <caption>
          {countRecords(entityType, total)}
          {debounced ? ` matching “${debounced}”` : ""} · page {page + 1} of{" "}
          {Math.max(1, table.getPageCount())}
        </caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                  >
                    {header.column.getCanSort() ? (
                      <button
                        type="button"
                        className="sort"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        <table.FlexRender header={header} />
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getVisibleCells().map((cell) =>
                cell.column.id === "name" ? (
                  <th key={cell.id} scope="row">
                    <table.FlexRender cell={cell} />
                  </th>
                ) : (
                  <td key={cell.id}>
                    <table.FlexRender cell={cell} />
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label="Pages" className="pager">
        <button type="button" disabled={!table.getCanPreviousPage()} onClick={() => table.previousPage()}>
          Previous page
        </button>
        <button type="button" disabled={!table.getCanNextPage()} onClick={() => table.nextPage()}>
          Next page
        </button>
      </nav>
    </div>
  );
}
