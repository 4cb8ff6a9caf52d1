import { beforeAll, expect, it } from "vitest";
import { createDb } from "../client";
import { describeEachDatabase } from "../testing";

/**
 * The app's own data layer (Prisma over node-postgres, a pool of connections) under concurrent traffic of many
 * shapes: statements with different numbers of parameters, reads and writes, interactive transactions. Every read
 * checks that its answer is the one its own parameters ask for, so a statement run with another connection's
 * parameters fails here even when the parameter counts happen to match. The embedded database once mixed one
 * connection's Bind into another's Parse under exactly this kind of load; it must be impossible, not rare.
 */
const COUNTRIES = 60;
const ROUNDS = 40;
const CONCURRENCY = 16;

function iso2(index: number): string {
  return String.fromCharCode(65 + Math.floor(index / 26), 65 + (index % 26));
}

describeEachDatabase("concurrent queries through the data layer", (fixture) => {
  beforeAll(async () => {
    await fixture.db.country.createMany({
      data: Array.from({ length: COUNTRIES }, (_, index) => ({
        slug: `country-${index}`,
        iso2: iso2(index),
        nameI18n: { en: `Country ${index}` },
        otherNames: [`Other ${index}`],
        demonyms: [],
      })),
    });
  });

  it("answers every request with its own parameters' result, reads and writes mixed", async () => {
    // A separate client with its own pool, as each app process has; pool size as the apps run with.
    const app = createDb(fixture.database.url);
    const errors: unknown[] = [];
    const wrong: string[] = [];

    const shapes: Array<(round: number, worker: number) => Promise<void>> = [
      async (round, worker) => {
        const index = (round * 7 + worker) % COUNTRIES;
        const country = await app.country.findUnique({
          where: { iso2: iso2(index) },
          select: { slug: true },
        });
        if (country?.slug !== `country-${index}`) wrong.push(`findUnique ${index} → ${country?.slug}`);
      },
      async (round, worker) => {
        const indexes = Array.from(
          { length: 1 + ((round + worker) % 8) },
          (_, k) => (round + worker + k * 3) % COUNTRIES,
        );
        const rows = await app.country.findMany({
          where: { iso2: { in: indexes.map(iso2) }, deletedAt: null },
          select: { slug: true },
          orderBy: { slug: "asc" },
        });
        const expected = [...new Set(indexes)].map((i) => `country-${i}`).sort();
        if (JSON.stringify(rows.map((r) => r.slug)) !== JSON.stringify(expected)) {
          wrong.push(`findMany in(${indexes.length}) → ${rows.length} rows`);
        }
      },
      async (round, worker) => {
        const index = (round * 3 + worker * 5) % COUNTRIES;
        const rows = await app.$queryRaw<{ slug: string; total: bigint }[]>`
          select slug, (select count(*) from "Country" where slug like ${"country-%"} and version >= ${1}) as total
          from "Country" where iso2 = ${iso2(index)} and ${round} >= 0 and ${worker} >= 0`;
        if (rows[0]?.slug !== `country-${index}` || Number(rows[0]?.total) !== COUNTRIES) {
          wrong.push(`queryRaw ${index} → ${rows[0]?.slug}/${rows[0]?.total}`);
        }
      },
      async (round, worker) => {
        const index = (round + worker * 11) % COUNTRIES;
        await app.$transaction(async (tx) => {
          const before = await tx.country.findUniqueOrThrow({
            where: { iso2: iso2(index) },
            select: { otherNames: true },
          });
          await tx.country.update({
            where: { iso2: iso2(index) },
            data: { otherNames: [...before.otherNames, `w${worker}r${round}`], version: { increment: 1 } },
          });
        });
      },
      async (round, worker) => {
        const count = await app.country.count({
          where: { slug: { startsWith: "country-" }, version: { gte: 1 } },
        });
        if (count !== COUNTRIES) wrong.push(`count → ${count} (round ${round}, worker ${worker})`);
      },
    ];

    let writes = 0;
    try {
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async (_, worker) => {
          for (let round = 0; round < ROUNDS; round++) {
            const shape = shapes[(round + worker) % shapes.length]!;
            if (shape === shapes[3]) writes++;
            await shape(round, worker).catch((error: unknown) => errors.push(error));
          }
        }),
      );
    } finally {
      await app.$disconnect();
    }

    expect(errors.map(String)).toEqual([]);
    expect(wrong).toEqual([]);
    // Every committed write is there once: the versions went up by exactly the number of writes.
    const versions = await fixture.db.country.aggregate({ _sum: { version: true } });
    expect(versions._sum.version).toBe(COUNTRIES + writes);
  });
});
