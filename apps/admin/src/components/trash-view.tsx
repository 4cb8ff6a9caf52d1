"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";
import { humanize } from "./editor/issues";
import { QueryStatus } from "./query-status";

/** Everything in the trash, newest first: restore puts a record back; purging (admins only) removes it for good. */
export function TrashView() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const trash = useQuery(trpc.trash.list.queryOptions({}));
  const restore = useMutation(trpc.trash.restore.mutationOptions());
  const purge = useMutation(trpc.trash.purge.mutationOptions());
  const [message, setMessage] = useState<string | null>(null);
  const after = (text: string) => async () => {
    setMessage(text);
    await queryClient.invalidateQueries();
  };
  const fail = (error: unknown) => setMessage((error as Error).message);

  return (
    <QueryStatus query={trash} loading="Loading the trash…">
      {(items) => (
        <>
          {message ? <p role="status">{message}</p> : null}
          {items.length === 0 ? (
            <p>The trash is empty.</p>
          ) : (
            <table>
              <caption>{items.length} records in the trash</caption>
              <thead>
                <tr>
                  <th scope="col">Record</th>
                  <th scope="col">Type</th>
                  <th scope="col">Trashed</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={`${item.entityType}:${item.id}`}>
                    <th scope="row">{item.label}</th>
                    <td>{humanize(item.entityType)}</td>
                    <td>{new Date(item.deletedAt).toLocaleString()}</td>
                    <td>
                      <button
                        type="button"
                        onClick={() => void restore.mutateAsync({ entityType: item.entityType, id: item.id, version: item.version }).then(after(`Restored “${item.label}”.`)).catch(fail)}
                      >
                        Restore {item.label}
                      </button>{" "}
                      <button
                        type="button"
                        className="danger"
                        onClick={() => {
                          if (!window.confirm(`Delete “${item.label}” for good? This cannot be undone.`)) return;
                          void purge.mutateAsync({ entityType: item.entityType, id: item.id, version: item.version }).then(after(`Purged “${item.label}”.`)).catch(fail);
                        }}
                      >
                        Purge
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </QueryStatus>
  );
}
