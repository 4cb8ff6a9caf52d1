"use client";

import type { AppRouter, inferRouterOutputs } from "@plenary/api";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { RECORD_KIND_NOUNS, countNoun, label } from "@plenary/domain";
import { useMemo, useState } from "react";
import { useCanEdit, useIsAdmin } from "~/lib/use-can-edit";
import { useTRPC } from "~/trpc/react";
import { DataTable, type PlainColumns } from "./data-table";
import { QueryStatus } from "./query-status";

type Trashed = inferRouterOutputs<AppRouter>["trash"]["list"][number];

/** What purging does, said before it is done. */
const purgeQuestion = (name: string, kind: string) =>
  `Delete the ${kind} “${name}” for good? It is removed from the database and can no longer be restored. Its history keeps what it was and who purged it. A record that others still link to is not purged.`;

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
  // What the server allows: editors restore, only admins purge; viewers read the list.
  const canRestore = useCanEdit();
  const canPurge = useIsAdmin();
  const columns = useMemo<PlainColumns<Trashed>>(() => {
    const after = (text: string) => async () => {
      setMessage(text);
      await queryClient.invalidateQueries();
    };
    const fail = (error: unknown) => setMessage((error as Error).message);
    return [
      { id: "record", header: "Record", meta: { rowHeader: true }, cell: ({ row }) => row.original.label },
      {
        id: "type",
        header: "Type",
        cell: ({ row }) => label("revisionEntityType", row.original.entityType, "en"),
      },
      {
        id: "trashed",
        header: "Trashed",
        cell: ({ row }) => new Date(row.original.deletedAt).toLocaleString(),
      },
      ...(!canRestore
        ? []
        : [
            {
              id: "actions",
              header: "Actions",
              cell: ({ row: { original: item } }: { row: { original: Trashed } }) => (
                <>
                  <button
                    type="button"
                    onClick={() =>
                      void restoreOne({ entityType: item.entityType, id: item.id, version: item.version })
                        .then(after(`Restored “${item.label}”.`))
                        .catch(fail)
                    }
                  >
                    Restore {item.label}
                  </button>
                  {canPurge ? (
                    <>
                      {" "}
                      <button
                        type="button"
                        className="danger"
                        onClick={() => {
                          if (
                            !window.confirm(purgeQuestion(item.label, RECORD_KIND_NOUNS[item.entityType].one))
                          )
                            return;
                          void purgeOne({ entityType: item.entityType, id: item.id, version: item.version })
                            .then(after(`Purged “${item.label}”.`))
                            .catch(fail);
                        }}
                      >
                        Purge
                      </button>
                    </>
                  ) : null}
                </>
              ),
            },
          ]),
    ];
  }, [queryClient, restoreOne, purgeOne, canRestore, canPurge]);

  return (
    <QueryStatus query={trash} loading="Loading the trash…">
      {(items) => (
        <>
          {message ? <p role="status">{message}</p> : null}
          {items.length === 0 ? (
            <p>The trash is empty.</p>
          ) : (
            <DataTable
              caption={`${countNoun(items.length, { one: "record", other: "records" })} in the trash`}
              columns={columns}
              data={items}
              rowId={(item) => `${item.entityType}:${item.id}`}
            />
          )}
        </>
      )}
    </QueryStatus>
  );
}
