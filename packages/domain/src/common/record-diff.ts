/** One field that differs between two versions of a record; `path` reaches into nested objects and lists. */
export interface FieldChange {
  path: (string | number)[];
  before: unknown;
  after: unknown;
}

/** Fields every write changes; a diff that listed them would hide what an editor changed. */
const IGNORED = new Set(["updatedAt", "version"]);

function identity(item: unknown): string | null {
  if (!item || typeof item !== "object") return null;
  const { id, key } = item as { id?: unknown; key?: unknown };
  return typeof id === "string" ? id : typeof key === "string" ? key : null;
}

/**
 * Flattens a JSON value into leaf paths. Lists whose items all carry an `id` (or `key`) are keyed by it, so a
 * reordered or inserted participant reads as that participant's change, not as every later row changing.
 */
function flatten(
  value: unknown,
  path: (string | number)[],
  out: Map<string, { path: (string | number)[]; value: unknown }>,
) {
  if (Array.isArray(value)) {
    const ids = value.map(identity);
    const keyed = value.length > 0 && ids.every((id) => id !== null) && new Set(ids).size === ids.length;
    if (value.length === 0) {
      out.set(JSON.stringify(path), { path, value: [] });
      return;
    }
    value.forEach((item, i) => flatten(item, [...path, keyed ? ids[i]! : i], out));
    if (keyed) out.set(JSON.stringify([...path, "#order"]), { path: [...path, "#order"], value: ids });
    return;
  }
  if (value && typeof value === "object" && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>).filter(
      ([k, v]) => v !== undefined && !(path.length === 0 && IGNORED.has(k)),
    );
    if (entries.length === 0) {
      out.set(JSON.stringify(path), { path, value: {} });
      return;
    }
    for (const [k, v] of entries) flatten(v, [...path, k], out);
    return;
  }
  out.set(JSON.stringify(path), { path, value: value instanceof Date ? value.toISOString() : value });
}

/** The leaf fields that differ between two snapshots of a record (either may be null: before a create). */
export function diffRecords(before: unknown, after: unknown): FieldChange[] {
  const a = new Map<string, { path: (string | number)[]; value: unknown }>();
  const b = new Map<string, { path: (string | number)[]; value: unknown }>();
  if (before != null) flatten(before, [], a);
  if (after != null) flatten(after, [], b);
  const changes: FieldChange[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key);
    const y = b.get(key);
    if (JSON.stringify(x?.value) === JSON.stringify(y?.value)) continue;
    changes.push({ path: (x ?? y)!.path, before: x?.value, after: y?.value });
  }
  return changes;
}
