import type { EditableMeeting } from "../entities/meeting-record";
import {
  describeMergeValue,
  itemLabel,
  pathLabel,
  withPackageDocuments,
  type MergeNames,
} from "./merge-text";
import { LIST_SPECS, isBookkeeping, pathContext, type ListSpec } from "./merge-paths";

export type MergeSide = "mine" | "theirs";
export type MergePath = (string | number)[];

/**
 * - `both_changed`: both sides changed one field (or both reordered a list) differently;
 * - `both_added`: both added the same thing (a person to the participants, a Russian title) with different values;
 * - `removed_by_you` / `removed_by_them`: one side removed an item the other changed.
 */
export type MergeConflictKind =
  "both_changed" | "both_added" | "removed_by_you" | "removed_by_them" | "order";

export interface MergeConflict {
  /** Stable across merges of the same three records: what a choice is keyed by. */
  key: string;
  /** Items of lists are addressed by their id (or natural key), not their position: ["participations", id, "role"]. */
  path: MergePath;
  label: string;
  kind: MergeConflictKind;
  mine: unknown;
  theirs: unknown;
  mineText: string;
  theirsText: string;
}

export interface MergeChange {
  path: MergePath;
  label: string;
  side: MergeSide;
  kind: "added" | "removed" | "changed" | "reordered";
  /** The value taken, described for a reader. */
  text: string;
}

export interface MeetingRecordMerge<T> {
  /** Their record with every change that did not collide applied, and each conflict resolved as chosen. */
  merged: T;
  conflicts: MergeConflict[];
  /** What was taken from each side without asking. */
  changes: MergeChange[];
}

export interface MergeOptions {
  /** Choice per conflict key; a conflict without one keeps the editor's own side ("mine"). */
  choices?: Readonly<Record<string, MergeSide>>;
  /** Names of referenced records, for labels and descriptions. */
  names?: MergeNames;
}

type Json = unknown;

interface Walk {
  choices: Readonly<Record<string, MergeSide>>;
  names: MergeNames;
  conflicts: MergeConflict[];
  changes: MergeChange[];
  /** Readable names of the list items met so far, by item path. */
  itemLabels: Map<string, string>;
}

const isObject = (value: Json): value is Record<string, Json> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isListOrNothing = (value: Json) => value === undefined || value === null || Array.isArray(value);

/** Deep equality of JSON values where a missing key and an undefined one are the same and key order does not count. */
export function sameValue(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameValue(x, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!sameValue(a[key], b[key])) return false;
    return true;
  }
  return false;
}

/** The item without the fields a save assigns (ids, keys, versions, slugs), at any depth. */
function withoutBookkeeping(value: Json): Json {
  if (Array.isArray(value)) return value.map(withoutBookkeeping);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !isBookkeeping(key))
      .map(([key, v]) => [key, withoutBookkeeping(v)]),
  );
}

function note(walk: Walk, path: MergePath, side: MergeSide, kind: MergeChange["kind"], value: Json) {
  walk.changes.push({
    path,
    label: pathLabel(path, walk.itemLabels),
    side,
    kind,
    text: describeMergeValue(path, value, walk.names),
  });
}

function conflict(walk: Walk, path: MergePath, kind: MergeConflictKind, mine: Json, theirs: Json): MergeSide {
  const key = JSON.stringify(path);
  walk.conflicts.push({
    key,
    path,
    label: pathLabel(path, walk.itemLabels),
    kind,
    mine,
    theirs,
    mineText: kind === "removed_by_you" ? "Removed" : describeMergeValue(path, mine, walk.names),
    theirsText: kind === "removed_by_them" ? "Removed" : describeMergeValue(path, theirs, walk.names),
  });
  return walk.choices[key] ?? "mine";
}

function mergeValue(walk: Walk, path: MergePath, base: Json, mine: Json, theirs: Json): Json {
  if (sameValue(mine, theirs)) return theirs === undefined ? mine : theirs;
  const { field } = pathContext(path);
  if (field !== null && isBookkeeping(field)) return theirs === undefined ? mine : theirs;
  const spec = field !== null ? LIST_SPECS[field] : undefined;
  if (spec && isListOrNothing(base) && isListOrNothing(mine) && isListOrNothing(theirs)) {
    return mergeList(
      walk,
      path,
      spec,
      (base ?? []) as Json[],
      (mine ?? []) as Json[],
      (theirs ?? []) as Json[],
    );
  }
  if (isObject(mine) && isObject(theirs) && (base === undefined || base === null || isObject(base))) {
    return mergeObject(walk, path, (base ?? {}) as Record<string, Json>, mine, theirs);
  }
  if (sameValue(base, mine)) {
    note(walk, path, "theirs", "changed", theirs);
    return theirs;
  }
  if (sameValue(base, theirs)) {
    note(walk, path, "mine", "changed", mine);
    return mine;
  }
  return conflict(walk, path, base === undefined ? "both_added" : "both_changed", mine, theirs) === "mine"
    ? mine
    : theirs;
}

function mergeObject(
  walk: Walk,
  path: MergePath,
  base: Record<string, Json>,
  mine: Record<string, Json>,
  theirs: Record<string, Json>,
) {
  const merged: Record<string, Json> = {};
  for (const key of new Set([...Object.keys(theirs), ...Object.keys(mine), ...Object.keys(base)])) {
    const value = mergeValue(walk, [...path, key], base[key], mine[key], theirs[key]);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

interface Keyed {
  key: string;
  item: Json;
}

/** Keys a side's items by identity; items without one (new on that side) get `null`. Repeats get "#2", "#3". */
function identities(items: Json[], spec: ListSpec): (string | null)[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const id = spec.identity(item);
    if (id === undefined) return null;
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    return count === 1 ? id : `${id}#${count}`;
  });
}

function keyed(items: Json[], spec: ListSpec, side: string): Keyed[] {
  return identities(items, spec).map((key, i) => ({ key: key ?? `new:${side}:${i}`, item: items[i] }));
}

/**
 * My new rows carry no id yet. One is the same row as theirs when a uniqueness rule says so (the same person twice
 * in the participants, rule 9), or, where no rule applies, when both added exactly the same thing; and the same as
 * a stored row I removed and added again.
 */
function keyMine(items: Json[], spec: ListSpec, base: Keyed[], theirs: Keyed[]): Keyed[] {
  const ids = identities(items, spec);
  const baseKeys = new Set(base.map((b) => b.key));
  const mineKeys = new Set(ids.filter((id): id is string => id !== null));
  const used = new Set<string>();
  const theirsAdded = theirs.filter((t) => !baseKeys.has(t.key) && !mineKeys.has(t.key));
  const removedByMe = base.filter((b) => !mineKeys.has(b.key));
  return items.map((item, i) => {
    const id = ids[i] ?? null;
    if (id !== null) return { key: id, item };
    const natural = spec.natural?.(item);
    const matches = (candidate: Keyed) =>
      !used.has(candidate.key) &&
      (natural !== undefined
        ? spec.natural?.(candidate.item) === natural
        : sameValue(withoutBookkeeping(candidate.item), withoutBookkeeping(item)));
    const found =
      theirsAdded.find(matches) ?? (natural !== undefined ? removedByMe.find(matches) : undefined);
    const key = found?.key ?? `new:mine:${i}`;
    used.add(key);
    return { key, item };
  });
}

/**
 * One side's order with the other side's rows that it lacks placed where that side has them: right after their
 * nearest preceding neighbour that is already placed (at the top when none is).
 */
function arrange(primary: string[], secondary: string[], kept: Set<string>): string[] {
  const order = primary.filter((key) => kept.has(key));
  const placed = new Set(order);
  secondary.forEach((key, i) => {
    if (!kept.has(key) || placed.has(key)) return;
    let at = 0;
    for (let j = i - 1; j >= 0; j -= 1) {
      const neighbour = order.indexOf(secondary[j]!);
      if (neighbour >= 0) {
        at = neighbour + 1;
        break;
      }
    }
    order.splice(at, 0, key);
    placed.add(key);
  });
  return order;
}

function mergeList(
  walk: Walk,
  path: MergePath,
  spec: ListSpec,
  base: Json[],
  mine: Json[],
  theirs: Json[],
): Json[] {
  const b = keyed(base, spec, "base");
  const t = keyed(theirs, spec, "theirs");
  const m = keyMine(mine, spec, b, t);
  const [bm, mm, tm] = [b, m, t].map((side) => new Map(side.map((e) => [e.key, e.item])));
  const kept = new Map<string, Json>();
  for (const key of new Set([...t, ...m, ...b].map((e) => e.key))) {
    const itemPath = [...path, key];
    const [bi, mi, ti] = [bm!.get(key), mm!.get(key), tm!.get(key)];
    walk.itemLabels.set(
      JSON.stringify(itemPath),
      itemLabel(pathContext(path).field ?? "", bi ?? ti ?? mi, walk.names),
    );
    if (bi === undefined) {
      if (mi !== undefined && ti !== undefined) kept.set(key, mergeValue(walk, itemPath, undefined, mi, ti));
      else if (mi !== undefined) {
        note(walk, itemPath, "mine", "added", mi);
        kept.set(key, mi);
      } else {
        note(walk, itemPath, "theirs", "added", ti);
        kept.set(key, ti);
      }
    } else if (mi === undefined && ti === undefined) {
      continue;
    } else if (mi === undefined) {
      if (sameValue(bi, ti)) note(walk, itemPath, "mine", "removed", bi);
      else if (conflict(walk, itemPath, "removed_by_you", undefined, ti) === "theirs") kept.set(key, ti);
    } else if (ti === undefined) {
      if (sameValue(bi, mi)) note(walk, itemPath, "theirs", "removed", bi);
      else if (conflict(walk, itemPath, "removed_by_them", mi, undefined) === "mine") kept.set(key, mi);
    } else {
      kept.set(key, mergeValue(walk, itemPath, bi, mi, ti));
    }
  }

  const keptKeys = new Set(kept.keys());
  const common = (side: Keyed[]) =>
    side.map((e) => e.key).filter((key) => keptKeys.has(key) && bm!.has(key) && mm!.has(key) && tm!.has(key));
  const mineReordered = !sameValue(common(m), common(b));
  const theirsReordered = !sameValue(common(t), common(b));
  const theirsFirst = arrange(
    t.map((e) => e.key),
    m.map((e) => e.key),
    keptKeys,
  );
  const mineFirst = arrange(
    m.map((e) => e.key),
    t.map((e) => e.key),
    keptKeys,
  );
  let order = theirsFirst;
  const orderPath = [...path, "#order"];
  if (mineReordered && !theirsReordered) {
    order = mineFirst;
    note(
      walk,
      orderPath,
      "mine",
      "reordered",
      order.map((key) => kept.get(key)),
    );
  } else if (theirsReordered && !mineReordered) {
    note(
      walk,
      orderPath,
      "theirs",
      "reordered",
      order.map((key) => kept.get(key)),
    );
  } else if (mineReordered && theirsReordered && spec.ordered && !sameValue(common(m), common(t))) {
    const items = (keys: string[]) => keys.map((key) => kept.get(key));
    if (conflict(walk, orderPath, "order", items(mineFirst), items(theirsFirst)) === "mine")
      order = mineFirst;
  }
  return order.map((key) => kept.get(key));
}

/**
 * Three-way merge of a meeting record: `base` is the version the editor started from, `mine` what they have now,
 * `theirs` what someone else saved meanwhile. Scalars merge per field, localized texts per language, lists per
 * item (by id, or by a natural key: a text by its language, a tally by its document type, a topic by itself), and
 * items per field. A change on one side is taken; the same change on both is taken once; different changes to
 * the same field, or a removal on one side of an item the other changed, are conflicts, resolved as `choices`
 * say (the editor's own side by default). Order: theirs, with my new rows placed next to the neighbours I put
 * them by, unless only I reordered; if both reordered differently, the order itself is a conflict.
 *
 * The result is built on `theirs`, so it carries their version: saving it is a save on top of theirs.
 */
export function mergeMeetingRecords<T extends EditableMeeting>(
  base: EditableMeeting,
  mine: EditableMeeting,
  theirs: T,
  options: MergeOptions = {},
): MeetingRecordMerge<T> {
  const walk: Walk = {
    choices: options.choices ?? {},
    names: withPackageDocuments(options.names ?? {}, [base, mine, theirs]),
    conflicts: [],
    changes: [],
    itemLabels: new Map(),
  };
  const merged = mergeValue(walk, [], base, mine, theirs) as T;
  return { merged, conflicts: walk.conflicts, changes: walk.changes };
}
