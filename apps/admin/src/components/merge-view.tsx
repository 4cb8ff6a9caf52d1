"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";
import { label, localize, type LocalizedText } from "@plenary/domain";
import { problemMap } from "./editor/issues";
import { linkSummary } from "./link-summary";
import { mergeQuestion, type MergeType } from "./merge-question";
import { RecordPicker } from "./editor/record-picker";

export type { MergeType };

/**
 * Merges two records that are the same: pick the one to keep and the duplicate, see how many links move, merge
 * after a question that says what the merge does. The merge can be undone from here (or later, from the
 * duplicate's history).
 */
export function MergeView({ entityType }: { entityType: MergeType }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [survivorId, setSurvivorId] = useState<string | null>(null);
  const [mergedId, setMergedId] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [lastMerge, setLastMerge] = useState<string | null>(null);
  const none = problemMap([]);
  const links = useQuery({
    ...trpc.merge.preview.queryOptions({ entityType, mergedId: mergedId ?? "" }),
    enabled: !!mergedId,
  });
  const merge = useMutation(trpc.merge.merge.mutationOptions());
  const undo = useMutation(trpc.merge.undo.mutationOptions());

  const versionOf = async (id: string) => {
    const versions = await queryClient.fetchQuery({
      ...trpc.lookup.versions.queryOptions({ entityType, ids: [id] }),
      staleTime: 0,
    });
    return { id, version: versions[id] ?? 1 };
  };

  /** The question asked before merging, from the records' names and the links that move now. */
  const question = async (keptId: string, duplicateId: string) => {
    const [names, moving] = await Promise.all([
      queryClient.fetchQuery(trpc.lookup.labels.queryOptions({ entityType, ids: [keptId, duplicateId] })),
      queryClient.fetchQuery({
        ...trpc.merge.preview.queryOptions({ entityType, mergedId: duplicateId }),
        staleTime: 0,
      }),
    ]);
    const name = (id: string) => {
      const text = names[id] as LocalizedText | undefined;
      return text ? localize(text, "en").text : id;
    };
    return mergeQuestion(entityType, name(keptId), name(duplicateId), linkSummary([moving]));
  };

  const run = async () => {
    if (!survivorId || !mergedId) return;
    try {
      if (!window.confirm(await question(survivorId, mergedId))) return;
      const result = await merge.mutateAsync({
        entityType,
        survivor: await versionOf(survivorId),
        merged: await versionOf(mergedId),
      });
      setLastMerge(result.revisionId);
      setMessage(
        "Merged: the duplicate's links now point at the record kept, and its address redirects there.",
      );
      setMergedId(null);
      await queryClient.invalidateQueries();
    } catch (error) {
      setMessage((error as Error).message);
    }
  };

  return (
    <div>
      <div className="grid">
        <RecordPicker
          label={`${label("revisionEntityType", entityType, "en")} to keep`}
          entityType={entityType}
          path={["survivorId"]}
          value={survivorId}
          onChange={setSurvivorId}
          problems={none}
          offerCreate={false}
        />
        <RecordPicker
          label="Duplicate to merge into it"
          entityType={entityType}
          path={["mergedId"]}
          value={mergedId}
          onChange={setMergedId}
          problems={none}
          offerCreate={false}
        />
      </div>
      {links.data ? <p role="status">Links that move: {linkSummary([links.data]) || "none"}.</p> : null}
      <div className="actions">
        <button
          type="button"
          disabled={!survivorId || !mergedId || survivorId === mergedId}
          onClick={() => void run()}
        >
          Merge
        </button>
        {lastMerge ? (
          <button
            type="button"
            className="secondary"
            onClick={() =>
              void undo
                .mutateAsync({ revisionId: lastMerge })
                .then(async () => {
                  setMessage("Merge undone.");
                  setLastMerge(null);
                  await queryClient.invalidateQueries();
                })
                .catch((error: unknown) => setMessage((error as Error).message))
            }
          >
            Undo merge
          </button>
        ) : null}
      </div>
      {message ? <p role="status">{message}</p> : null}
    </div>
  );
}
