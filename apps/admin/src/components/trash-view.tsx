"use client";

import type { AppRouter, inferRouterOutputs } from "@plenary/api";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTRPC } from "~/trpc/react";
import { DataTable, type PlainColumns } from "./data-table";
import { humanize } from "./editor/issues";
import { QueryStatus } from "./query-status";

type Trashed = inferRouterOutputs<AppRouter>["trash"]["list"][number];

/** Everything in the trash, newest first: restore puts a record back; purging (admins only) removes it for good. */
export function TrashView() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const trash = useQuery(trpc.trash.list.queryOptions({}));
  const restore = useMutation(trpc.trash.restore.mutationOptions());
  const purge = useMutation(trpc.trash.purge.mutationOptions());
  const [message, setMessage] = useState<string | null>(null);
  const { mutateAsync: restoreOne } = restore;
  const { mutateAsync: purgeOne } = purge;
  const columns = useMemo<PlainColumns<Trashed>>(() => {
    const after = (text: string) => async () => {
      setMessage(text);
      await queryClient.invalidateQueries();
    };
    const fail = (error: unknown) => setMessage((error as Error).message);
    return [
      { id: "record", header: "Record", meta: { rowHeader: true }, cell: ({ row }) => row.original.label },
      { id: "type", header: "Type", cell: ({ row }) => humanize(row.original.entityType) },
      { id: "trashed", header: "Trashed", cell: ({ row }) => new Date(row.original.deletedAt).toLocaleString() },
      {
        id: "actions",
        header: "Actions",
        cell: ({ row: { original: item } }) => (
          <>
            <button
              type="button"
              onClick={() => void restoreOne({ entityType: item.entityType, id: item.id, version: item.version }).then(after(`Restored “${item.label}”.`)).catch(fail)}
            >
              Restore {item.label}
            </button>{" "}
            <button
              type="button"
              className="danger"
              onClick={() => {
                if (!window.confirm(`Delete “${item.label}” for good? This cannot be undone.`)) return;
                void purgeOne({ entityType: item.entityType, id: item.id, version: item.version }).then(after(`Purged “${item.label}”.`)).catch(fail);
              }}
            >
              Purge
            </button>
          </>
        ),
      },
    ];
  }, [queryClient, restoreOne, purgeOne]);

  return (
    <QueryStatus query={trash} loading="Loading the trash…">
      {(items) => (
        <>
          {message ? <p role="status">{message}</p> : null}
          {items.length === 0 ? (
            <p>The trash is empty.</p>
          ) : (
            <DataTable caption={`${items.length} records in the trash`} columns={columns} data={items} rowId={(item) => `${item.entityType}:${item.id}`} />
          )}
        </>
      )}
    </QueryStatus>
  );
}
