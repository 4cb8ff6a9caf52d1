"use client";

import { countNoun, localize, type LocalizedText } from "@plenary/domain";
import { useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useCanEdit } from "~/lib/use-can-edit";
import { useTRPC } from "~/trpc/react";
import { changePathLabel, referenceKind, type NamedKind } from "./history-labels";
import { QueryStatus } from "./query-status";
import { writeLabel } from "./write-label";

type EntityType =
  | "meeting"
  | "document"
  | "person"
  | "post"
  | "country"
  | "organization"
  | "topic"
  | "meeting_series"
  | "org_membership"
  | "occupancy"
  | "chairmanship"
  | "user";

type Names = Partial<Record<NamedKind, Record<string, string>>>;

function show(value: unknown, kind: NamedKind | null, names: Names): string {
  if (value === undefined) return "(absent)";
  if (value === null) return "—";
  if (kind && typeof value === "string") return names[kind]?.[value] ?? value;
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) {
    // A list's order (row ids) reads as its length; a list of references as the records' names.
    return kind
      ? value.map((v) => names[kind]?.[v as string] ?? v).join(", ")
      : countNoun(value.length, { one: "row", other: "rows" });
  }
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** The names of the records a diff's values refer to, fetched per kind. */
function useNames(
  entityType: EntityType,
  changes: { path: (string | number)[]; before: unknown; after: unknown }[] | undefined,
): Names {
  const trpc = useTRPC();
  const wanted = new Map<NamedKind, Set<string>>();
  for (const change of changes ?? []) {
    const kind = referenceKind(change.path, entityType);
    if (!kind) continue;
    for (const value of [change.before, change.after].flat()) {
      if (typeof value === "string" && value) wanted.set(kind, (wanted.get(kind) ?? new Set()).add(value));
    }
  }
  const kinds = [...wanted.keys()];
  const results = useQueries({
    queries: kinds.map((kind) => ({
      ...trpc.lookup.labels.queryOptions({ entityType: kind, ids: [...wanted.get(kind)!].slice(0, 500) }),
      staleTime: 300_000,
    })),
  });
  return Object.fromEntries(
    kinds.map((kind, i) => [
      kind,
      Object.fromEntries(
        Object.entries(results[i]?.data ?? {}).map(([id, text]) => [
          id,
          localize(text as LocalizedText, "en").text,
        ]),
      ),
    ]),
  );
}

/** What restoring does, said before it is done. */
const restoreQuestion = (version: number, current: number, entityType: EntityType) =>
  `Restore version ${version}? Every field goes back to how it was at version ${version}, saved as a new version ${current + 1}; versions ${version + 1}–${current} stay in this history and can be restored in turn.${entityType === "meeting" || entityType === "document" ? " If it is published, the public site shows the restored version at once." : ""}`;

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
  const diff = useQuery({
    ...trpc.revision.diff.queryOptions({ toId: to ?? "", fromId: from ?? undefined }),
    enabled: !!to,
  });
  const restore = useMutation(trpc.revision.restore.mutationOptions());
  const undoMerge = useMutation(trpc.merge.undo.mutationOptions());
  const [message, setMessage] = useState<string | null>(null);
  const names = useNames(entityType, diff.data?.changes);
  // Viewers read the history; restoring and undoing merges are for editors (the server refuses them otherwise).
  const canEdit = useCanEdit();

  return (
    <QueryStatus query={history} loading="Loading the history…">
      {(revisions) => (
        <>
          {message ? <p role="status">{message}</p> : null}
          <table>
            <caption>
              {countNoun(revisions.length, { one: "revision", other: "revisions" })}, newest first. Choose two
              to compare.
            </caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
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
                  <td>
                    {r.author?.name ?? (r.via === "cli" ? "Command line" : "system")}
                    {r.via === "schedule" ? <span className="secondary">on schedule</span> : null}
                  </td>
                  <td>
                    {writeLabel(entityType, r)}
                    {r.note ? <span className="secondary">“{r.note}”</span> : null}
                  </td>
                  <td className="number">{r.changeCount}</td>
                  <td>
                    <input
                      type="radio"
                      name="from"
                      aria-label={`Compare from version ${r.version}`}
                      checked={from === r.id}
                      onChange={() => setFromId(r.id)}
                    />
                  </td>
                  <td>
                    <input
                      type="radio"
                      name="to"
                      aria-label={`Compare to version ${r.version}`}
                      checked={to === r.id}
                      onChange={() => setToId(r.id)}
                    />
                  </td>
                  <td>
                    {canEdit && r.merge && !r.merge.undone ? (
                      <button
                        type="button"
                        className="secondary"
                        onClick={() =>
                          void undoMerge
                            .mutateAsync({ revisionId: r.id })
                            .then(async () => {
                              setMessage(
                                "Merge undone: the links are back and the record is out of the trash.",
                              );
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
                      <span className="muted">—</span>
                    ) : i > 0 && !canEdit ? (
                      <span className="muted">—</span>
                    ) : i > 0 ? (
                      <button
                        type="button"
                        onClick={() =>
                          window.confirm(restoreQuestion(r.version, revisions[0]!.version, entityType)) &&
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
              {diff.data
                ? `Differences: version ${diff.data.from?.version ?? "before"} → ${diff.data.to.version}`
                : "Differences"}
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
                      <th scope="row">{changePathLabel(c.path)}</th>
                      <td className="removed">{show(c.before, referenceKind(c.path, entityType), names)}</td>
                      <td className="added">{show(c.after, referenceKind(c.path, entityType), names)}</td>
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
