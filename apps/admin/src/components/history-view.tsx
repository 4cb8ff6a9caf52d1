"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";
import { QueryStatus } from "./query-status";

type EntityType = "meeting" | "document" | "person" | "post" | "country" | "organization" | "topic" | "meeting_series" | "org_membership" | "occupancy" | "chairmanship" | "user";

function show(value: unknown): string {
  if (value === undefined) return "(absent)";
  if (value === null) return "—";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * A record's history: every write with who and when. Pick any two revisions to see what differs between them;
 * restore one to write it back as a new revision (nothing in between is lost: it stays in the history).
 */
export function HistoryView({ entityType, entityId }: { entityType: EntityType; entityId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const history = useQuery(trpc.revision.list.queryOptions({ entityType, entityId }));
  const [fromId, setFromId] = useState<string | null>(null);
  const [toId, setToId] = useState<string | null>(null);
  const to = toId ?? history.data?.[0]?.id ?? null;
  const from = fromId ?? (toId ? null : (history.data?.[1]?.id ?? null));
  const diff = useQuery({ ...trpc.revision.diff.queryOptions({ toId: to ?? "", fromId: from ?? undefined }), enabled: !!to });
  const restore = useMutation(trpc.revision.restore.mutationOptions());
  const undoMerge = useMutation(trpc.merge.undo.mutationOptions());
  const [message, setMessage] = useState<string | null>(null);

  return (
    <QueryStatus query={history} loading="Loading the history…">
      {(revisions) => (
        <>
          {message ? <p role="status">{message}</p> : null}
          <table>
            <caption>{revisions.length} revisions, newest first. Choose two to compare.</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Changes</th>
                <th scope="col">Compare from</th>
                <th scope="col">Compare to</th>
                <th scope="col">Restore</th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((r, i) => (
                <tr key={r.id} data-version={r.version}>
                  <th scope="row">{r.version}</th>
                  <td>{new Date(r.at).toLocaleString()}</td>
                  <td>{r.author?.name ?? (r.via === "cli" ? "Command line" : "system")}</td>
                  <td className="number">{r.changeCount}</td>
                  <td>
                    <input type="radio" name="from" aria-label={`Compare from version ${r.version}`} checked={from === r.id} onChange={() => setFromId(r.id)} />
                  </td>
                  <td>
                    <input type="radio" name="to" aria-label={`Compare to version ${r.version}`} checked={to === r.id} onChange={() => setToId(r.id)} />
                  </td>
                  <td>
                    {r.merge && !r.merge.undone ? (
                      <button
                        type="button"
                        className="secondary"
                        onClick={() =>
                          void undoMerge
                            .mutateAsync({ revisionId: r.id })
                            .then(async () => {
                              setMessage("Merge undone: the links are back and the record is out of the trash.");
                              await queryClient.invalidateQueries();
                            })
                            .catch((error: unknown) => setMessage((error as Error).message))
                        }
                      >
                        Undo merge
                      </button>
                    ) : null}{" "}
                    {entityType === "user" ? (
                      // Accounts change on the users page; their history is the audit of those changes.
                      <span className="muted">{r.action ? r.action.replace(/_/g, " ") : "—"}</span>
                    ) : i > 0 ? (
                      <button
                        type="button"
                        onClick={() =>
                          void restore
                            .mutateAsync({ revisionId: r.id, version: revisions[0]!.version })
                            .then(async (result) => {
                              setMessage(`Restored version ${r.version} as version ${result.version}.`);
                              await queryClient.invalidateQueries();
                            })
                            .catch((error: unknown) => setMessage((error as Error).message))
                        }
                      >
                        Restore version {r.version}
                      </button>
                    ) : (
                      <span className="muted">current</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <section aria-labelledby="diff-heading">
            <h2 id="diff-heading">
              {diff.data ? `Differences: version ${diff.data.from?.version ?? "before"} → ${diff.data.to.version}` : "Differences"}
            </h2>
            {diff.data && diff.data.changes.length === 0 ? <p>No differences.</p> : null}
            {diff.data?.changes.length ? (
              <table className="diff">
                <thead>
                  <tr>
                    <th scope="col">Field</th>
                    <th scope="col">Before</th>
                    <th scope="col">After</th>
                  </tr>
                </thead>
                <tbody>
                  {diff.data.changes.map((c) => (
                    <tr key={c.path.join(".")}>
                      <th scope="row">{c.path.join(" › ")}</th>
                      <td className="removed">{show(c.before)}</td>
                      <td className="added">{show(c.after)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </section>
        </>
      )}
    </QueryStatus>
  );
}
