import type { Db } from "../client";

/**
 * A mixed load through the app's data layer: reads with different numbers of parameters, raw queries, counts and
 * interactive-transaction writes, from many concurrent workers sharing one Prisma client (one pool, as each app
 * process has). Every read checks that its answer is the one its own parameters ask for, so a statement run with
 * another connection's parameters is caught even when the parameter counts happen to match.
 */
export const WORKLOAD_COUNTRIES = 60;

function iso2(index: number): string {
  return String.fromCharCode(65 + Math.floor(index / 26), 65 + (index % 26));
}

/** The rows the workload reads and writes: countries with slugs `country-<n>`. */
export async function seedWorkload(db: Db): Promise<void> {
  await db.country.createMany({
    data: Array.from({ length: WORKLOAD_COUNTRIES }, (_, index) => ({
      slug: `country-${index}`,
      iso2: iso2(index),
      nameI18n: { en: `Country ${index}` },
      otherNames: [],
      demonyms: [],
    })),
  });
}

export interface WorkloadResult {
  requests: number;
  writes: number;
  /** Statements that failed (e.g. a protocol error). */
  errors: string[];
  /** Statements that answered, but not what their own parameters asked for. */
  wrong: string[];
  milliseconds: number;
}

/**
 * Correctness, not latency, is checked here: on a loaded 2-core machine waiting for a free pooled connection can
 * exceed Prisma's default 2 s, which says nothing about the database, so writes wait as the app's own do.
 */
const TRANSACTION_WAIT = { maxWait: 30_000, timeout: 30_000 };

type Shape = (n: number) => Promise<string | null>;

function shapes(db: Db): { read: Shape[]; write: Shape } {
  const read: Shape[] = [
    async (n) => {
      const index = n % WORKLOAD_COUNTRIES;
      const country = await db.country.findUnique({ where: { iso2: iso2(index) }, select: { slug: true } });
      return country?.slug === `country-${index}` ? null : `findUnique ${index} → ${country?.slug}`;
    },
    async (n) => {
      const indexes = Array.from({ length: 1 + (n % 8) }, (_, k) => (n + k * 3) % WORKLOAD_COUNTRIES);
      const rows = await db.country.findMany({
        where: { iso2: { in: indexes.map(iso2) }, deletedAt: null },
        select: { slug: true },
        orderBy: { slug: "asc" },
      });
      const expected = [...new Set(indexes)].map((i) => `country-${i}`).sort();
      return JSON.stringify(rows.map((r) => r.slug)) === JSON.stringify(expected)
        ? null
        : `findMany in(${indexes.length}) → ${rows.length} rows`;
    },
    async (n) => {
      const index = (n * 7) % WORKLOAD_COUNTRIES;
      const rows = await db.$queryRaw<{ slug: string; total: bigint }[]>`
        select slug, (select count(*) from "Country" where slug like ${"country-%"} and version >= ${1}) as total
        from "Country" where iso2 = ${iso2(index)} and ${n} >= 0`;
      return rows[0]?.slug === `country-${index}` && Number(rows[0]?.total) === WORKLOAD_COUNTRIES
        ? null
        : `queryRaw ${index} → ${rows[0]?.slug}/${rows[0]?.total}`;
    },
    async () => {
      const count = await db.country.count({
        where: { slug: { startsWith: "country-" }, version: { gte: 1 } },
      });
      return count === WORKLOAD_COUNTRIES ? null : `count → ${count}`;
    },
  ];
  const write: Shape = async (n) => {
    const index = (n * 11) % WORKLOAD_COUNTRIES;
    await db.$transaction(async (tx) => {
      const before = await tx.country.findUniqueOrThrow({
        where: { iso2: iso2(index) },
        select: { otherNames: true },
      });
      await tx.country.update({
        where: { iso2: iso2(index) },
        data: { otherNames: [...before.otherNames.slice(-5), `w${n}`], version: { increment: 1 } },
      });
    }, TRANSACTION_WAIT);
    return null;
  };
  return { read, write };
}

/** Runs `requests` operations (one in five a write) on `concurrency` workers; never throws. */
export async function runMixedWorkload(
  db: Db,
  options: { requests: number; concurrency: number },
): Promise<WorkloadResult> {
  const { read, write } = shapes(db);
  const result: WorkloadResult = {
    requests: options.requests,
    writes: 0,
    errors: [],
    wrong: [],
    milliseconds: 0,
  };
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      for (let n = next++; n < options.requests; n = next++) {
        const isWrite = n % 5 === 4;
        const shape = isWrite ? write : read[n % read.length]!;
        try {
          const mismatch = await shape(n);
          if (mismatch) result.wrong.push(mismatch);
          else if (isWrite) result.writes++;
        } catch (error) {
          result.errors.push(String(error));
        }
      }
    }),
  );
  result.milliseconds = performance.now() - started;
  return result;
}
