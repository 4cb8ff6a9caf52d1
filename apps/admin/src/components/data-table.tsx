"use client";

import { tableFeatures, useTable, type ColumnDef, type RowData } from "@tanstack/react-table";
import type { ReactNode } from "react";

/** How a column of a simple table renders: as the row's header (`<th scope="row">`), right-aligned as a number. */
export interface ColumnLook {
  rowHeader?: boolean;
  numeric?: boolean;
}

/** A table with no state of its own (no sorting or paging): the core row model and the column look above. */
export const plainTable = tableFeatures({ columnMeta: {} as ColumnLook });
export type PlainColumns<T extends RowData> = ColumnDef<typeof plainTable, T>[];

/**
 * The admin's read-only tables (trash, meetings): a caption, one header row of `<th scope="col">`, and a row per
 * item whose row-header column names it. Columns are TanStack Table column definitions; keep them stable.
 */
export function DataTable<T extends RowData>({
  caption,
  columns,
  data,
  rowId,
}: {
  caption: ReactNode;
  columns: PlainColumns<T>;
  data: T[];
  rowId: (item: T) => string;
}) {
  const table = useTable({ features: plainTable, columns, data, getRowId: rowId });
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => (
              <th
                key={header.id}
                scope="col"
                className={header.column.columnDef.meta?.numeric ? "number" : undefined}
              >
                <table.FlexRender header={header} />
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id}>
            {row.getAllCells().map((cell) => {
              const look = cell.column.columnDef.meta;
              return look?.rowHeader ? (
                <th key={cell.id} scope="row">
                  <table.FlexRender cell={cell} />
                </th>
              ) : (
                <td key={cell.id} className={look?.numeric ? "number" : undefined}>
                  <table.FlexRender cell={cell} />
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
