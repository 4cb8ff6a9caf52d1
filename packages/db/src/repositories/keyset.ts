// Keyset pagination for the public lists of the JSON API: a page starts after the last row of the one before, by
// the values of the columns the list is ordered by, so every page costs the same however far into the list it is
// (an OFFSET reads and drops every row it skips) and a row added meanwhile neither repeats nor hides another.

/** One column of a list's order; the last column of an order must be unique (it breaks every tie). */
export interface KeyColumn<Field extends string = string> {
  field: Field;
  direction: "asc" | "desc";
  /** Whether the column may be null: nulls come after every value, in either direction. */
  nullable?: boolean;
}

/** Where a page ends: the last row's value of each column of the order. */
export type Key<Field extends string = string> = Record<Field, string | number | null>;

/** The Prisma `orderBy` of the columns. */
export function keysetOrder(columns: readonly KeyColumn[]): object[] {
  return columns.map(({ field, direction, nullable }) => ({
    [field]: nullable ? { sort: direction, nulls: "last" } : direction,
  }));
}

/**
 * The Prisma filter for the rows after `key` in the columns' order: equal on the first columns and beyond on the
 * next, for each column in turn. The first column's bound is also given on its own (`gte`/`lte`), so that
 * PostgreSQL starts reading the index there instead of testing every row before it.
 */
export function keysetAfter(columns: readonly KeyColumn[], key: Key): object {
  const branches: object[] = [];
  columns.forEach(({ field, direction, nullable }, index) => {
    const equal = Object.fromEntries(columns.slice(0, index).map((c) => [c.field, key[c.field]]));
    const value = key[field];
    // After a null only the other nulls remain (nulls come last), and they are matched by `equal` on this column.
    if (value === null) return;
    const beyond = { [field]: { [direction === "asc" ? "gt" : "lt"]: value } };
    branches.push({ ...equal, ...beyond });
    if (nullable) branches.push({ ...equal, [field]: null });
  });
  const first = columns[0]!;
  const start = key[first.field];
  // A nullable column's nulls come after every value, so its bound would leave them out.
  const bound =
    start === null || first.nullable
      ? []
      : [{ [first.field]: { [first.direction === "asc" ? "gte" : "lte"]: start } }];
  return { AND: [...bound, { OR: branches }] };
}

/**
 * One page of a list: `limit` rows after `after` (from the start without it), and the key of the page's last row
 * when more follow (null on the last page). `find` runs the query with the filter, order and row count given.
 */
export async function keysetPage<Row, Field extends string>(
  columns: readonly KeyColumn<Field>[],
  { limit, after, where }: { limit: number; after: Key<Field> | null; where: object },
  find: (args: { where: object; orderBy: object[]; take: number }) => Promise<Row[]>,
  keyOf: (row: Row) => Key<Field>,
): Promise<{ rows: Row[]; next: Key<Field> | null }> {
  const rows = await find({
    where: after ? { AND: [where, keysetAfter(columns, after)] } : where,
    orderBy: keysetOrder(columns),
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { rows: page, next: rows.length > limit && last ? keyOf(last) : null };
}
