"use client";

import {
  localize,
  mergeMeetingRecords,
  referencedIds,
  type EditableMeeting,
  type LabelledKind,
  type LocalizedText,
  type MergeChange,
  type MergeNames,
  type MergeSide,
} from "@plenary/domain";
import { useQueries } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTRPC } from "~/trpc/react";

const KINDS: LabelledKind[] = ["person", "country", "organization", "topic", "document"];

/**
 * Names for everything the three versions refer to (`lookup.labels`), and the posts of the participants the merge
 * talks about (`lookup.occupancies`), so the view says "Vladimir Putin · President of Russia", never an id.
 */
function useMergeNames(
  records: EditableMeeting[],
  personsWithPosts: string[],
  date: string | null,
): MergeNames {
  const trpc = useTRPC();
  const ids = useMemo(() => referencedIds(records), [records]);
  const labels = useQueries({
    queries: KINDS.map((entityType) => ({
      ...trpc.lookup.labels.queryOptions({ entityType, ids: ids[entityType].slice(0, 500) }),
      enabled: ids[entityType].length > 0,
      staleTime: 300_000,
    })),
  });
  const posts = useQueries({
    queries: personsWithPosts.map((personId) => ({
      ...trpc.lookup.occupancies.queryOptions({ personId, date }),
      staleTime: 300_000,
    })),
  });
  const english = (text: LocalizedText) => localize(text, "en").text;
  const labelData = labels.map((q) => q.data);
  const postData = posts.map((q) => q.data);
  return useMemo(() => {
    const names: MergeNames = {};
    KINDS.forEach((kind, i) => {
      const found = labelData[i] as Record<string, LocalizedText> | undefined;
      if (found)
        names[kind] = Object.fromEntries(Object.entries(found).map(([id, text]) => [id, english(text)]));
    });
    names.occupancy = Object.fromEntries(
      postData.flatMap((rows) => (rows ?? []).map((o) => [o.id, english(o.postLabelI18n)])),
    );
    return names;
    // The query results are new arrays every render; their data is what matters.
  }, [JSON.stringify(labelData), JSON.stringify(postData)]);
}

const VERB: Record<MergeChange["kind"], string> = {
  added: "added",
  removed: "removed",
  changed: "now",
  reordered: "new order",
};

function ChangeList({ title, changes }: { title: string; changes: MergeChange[] }) {
  return (
    <div className="merge-changes">
      <h3>{title}</h3>
      {changes.length ? (
        <ul>
          {changes.map((c) => (
            <li key={JSON.stringify(c.path)} data-side={c.side}>
              <strong>{c.label}</strong> — {VERB[c.kind]}: {c.text}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Nothing.</p>
      )}
    </div>
  );
}

/**
 * A stale save is never written. This merges the editor's changes with what the other editor saved, both measured
 * from the version this editor started from: changes that do not collide are taken from either side (and listed),
 * and only real conflicts — the same field changed differently, an item removed on one side and changed on the
 * other, both reordering a list differently — are offered as a choice, each described readably. "Use these
 * choices" puts the result in the editor on top of their version; saving it then is a normal save.
 */
export function ConflictView({
  base,
  mine,
  theirs,
  onResolve,
  onCancel,
}: {
  base: EditableMeeting;
  mine: EditableMeeting;
  theirs: EditableMeeting & { version: number };
  onResolve: (merged: EditableMeeting) => void;
  onCancel: () => void;
}) {
  const [choices, setChoices] = useState<Record<string, MergeSide>>({});
  const records = useMemo(() => [base, mine, theirs], [base, mine, theirs]);
  const unnamed = useMemo(() => mergeMeetingRecords(base, mine, theirs), [base, mine, theirs]);
  const personsWithPosts = useMemo(() => {
    const talkedAbout = new Set(
      [...unnamed.conflicts, ...unnamed.changes]
        .filter((c) => c.path[0] === "participations")
        .map((c) => String(c.path[1])),
    );
    const rows = records
      .flatMap((r) => r.participations)
      .filter((p) => p.occupancyId && p.id && talkedAbout.has(p.id));
    return [...new Set(rows.map((p) => p.personId))].slice(0, 30);
  }, [unnamed, records]);
  const names = useMergeNames(records, personsWithPosts, theirs.startDate);
  const { conflicts, changes, merged } = useMemo(
    () => mergeMeetingRecords(base, mine, theirs, { names, choices }),
    [base, mine, theirs, names, choices],
  );
  const choose = (key: string, side: MergeSide) => setChoices((current) => ({ ...current, [key]: side }));

  return (
    <section aria-labelledby="conflict-heading" className="conflict" role="region">
      <h2 id="conflict-heading">Someone else saved this meeting while you were editing</h2>
      <p>
        Nothing was overwritten. Their version is now {theirs.version}. Changes that do not collide were
        merged from both sides (listed below).{" "}
        {conflicts.length
          ? `${conflicts.length === 1 ? "One change collides" : `${conflicts.length} changes collide`}: choose which to keep for each, then save.`
          : "None of your changes collides with theirs: use the merged record and save."}
      </p>
      {conflicts.length ? (
        <table className="merge-conflicts">
          <caption>Choose per conflict</caption>
          <thead>
            <tr>
              <th scope="col">Conflict</th>
              <th scope="col">Theirs (saved)</th>
              <th scope="col">Yours (unsaved)</th>
            </tr>
          </thead>
          <tbody>
            {conflicts.map((c) => {
              const side = choices[c.key] ?? "mine";
              return (
                <tr key={c.key} data-conflict={c.key}>
                  <th scope="row">{c.label}</th>
                  <td>
                    <label>
                      <input
                        type="radio"
                        name={`choice-${c.key}`}
                        checked={side === "theirs"}
                        onChange={() => choose(c.key, "theirs")}
                      />{" "}
                      Keep theirs: <span className="merge-value">{c.theirsText}</span>
                    </label>
                  </td>
                  <td>
                    <label>
                      <input
                        type="radio"
                        name={`choice-${c.key}`}
                        checked={side === "mine"}
                        onChange={() => choose(c.key, "mine")}
                      />{" "}
                      Keep yours: <span className="merge-value">{c.mineText}</span>
                    </label>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      <div className="merge-summary" role="group" aria-label="Merged automatically">
        <ChangeList title="Merged from their save" changes={changes.filter((c) => c.side === "theirs")} />
        <ChangeList title="Merged from your changes" changes={changes.filter((c) => c.side === "mine")} />
      </div>
      <div className="actions">
        <button type="button" onClick={() => onResolve({ ...merged, version: theirs.version })}>
          Use these choices
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Keep editing mine
        </button>
      </div>
    </section>
  );
}
