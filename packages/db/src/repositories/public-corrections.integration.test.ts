import { PrismaPg } from "@prisma/adapter-pg";
import { publicCorrections, type RevisionSnapshot } from "@plenary/domain";
import { afterAll, beforeAll, expect, it } from "vitest";
import { PrismaClient } from "../generated/prisma/client";
import type { Db } from "../client";
import { describeEachDatabase } from "../testing";
import { correctionsOf, MAX_LISTED_CORRECTIONS, publicChanges } from "./public-corrections";

/** A client that reports every SQL statement it sends. */
function countingClient(url: string) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: url }),
    log: [{ emit: "event" as const, level: "query" as const }],
  });
}

const at = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, n));
const ENTITY = "correction-reads-country";
const REVISIONS = 300;

/** A country's stored version: every 100th write corrects its name, the others touch only bookkeeping. */
function snapshot(version: number) {
  return {
    id: ENTITY,
    slug: "corrected-land",
    version,
    updatedAt: at(version).toISOString(),
    nameI18n: { en: `Corrected Land ${Math.floor(version / 100)}` },
    iso2: "CL",
    otherNames: [],
    deletedAt: version === 150 ? "2026-01-01T02:30:00.000Z" : null,
  };
}

/**
 * A record page lists its corrections without reading every revision: the database compares consecutive public
 * versions and answers only those that differ in a public field, in one statement whose rows do not grow with the
 * record's number of writes.
 */
describeEachDatabase("the corrections a record page reads", (fixture) => {
  let counted: ReturnType<typeof countingClient>;
  let statements: string[] = [];
  const snapshots: RevisionSnapshot[] = [];

  beforeAll(async () => {
    const data = Array.from({ length: REVISIONS }, (_, i) => {
      const after = snapshot(i + 1);
      snapshots.push({ at: at(i + 1), after });
      return { entityType: "country" as const, entityId: ENTITY, version: i + 1, at: at(i + 1), after };
    });
    await fixture.db.revision.createMany({ data });
    counted = countingClient(fixture.database.url);
    counted.$on("query", (event) => statements.push(event.query));
  });

  afterAll(async () => {
    await counted?.$disconnect();
  });

  it("reads one statement answering only the changed public versions, not the 300 writes", async () => {
    const db = counted as unknown as Db;
    await publicChanges(db, "country", ENTITY, null); // warm-up: connection set-up is not the page's cost
    statements = [];
    const changes = await publicChanges(db, "country", ENTITY, null);
    expect(statements).toHaveLength(1);
    // Versions 100, 200 and 300 rename it; the trashed version 150 is not public, so 151 is compared with 149.
    expect(changes.map((change) => change.at)).toEqual([at(300), at(200), at(100)]);
    expect(changes[0]).toEqual({
      at: at(300),
      before: { nameI18n: { en: "Corrected Land 2" }, iso2: "CL", otherNames: [] },
      after: { nameI18n: { en: "Corrected Land 3" }, iso2: "CL", otherNames: [] },
    });
    expect(JSON.stringify(changes)).not.toMatch(/slug|updatedAt|version/);
    console.info(
      `corrections read: ${statements.length} SQL statement, ${changes.length} rows for ${REVISIONS} revisions`,
    );

    statements = [];
    const listed = await correctionsOf(db, "country", ENTITY, {});
    expect(statements).toHaveLength(1);
    // The same corrections as comparing every stored version in the application.
    expect(listed).toEqual(publicCorrections("country", snapshots));
    expect(listed.corrections[0]!.changes).toEqual([
      {
        field: "name",
        value: "name",
        from: { en: "Corrected Land 2" },
        to: { en: "Corrected Land 3" },
      },
    ]);
  });

  it("answers only the versions from when the record became public, and at most a page's worth", async () => {
    const db = counted as unknown as Db;
    const since = await publicChanges(db, "country", ENTITY, at(150));
    expect(since.map((change) => change.at)).toEqual([at(300), at(200)]);
    expect(await correctionsOf(db, "country", ENTITY, { publicSince: at(150) })).toEqual(
      publicCorrections("country", snapshots, { publicSince: at(150) }),
    );

    const many = "correction-reads-many";
    await fixture.db.revision.createMany({
      data: Array.from({ length: MAX_LISTED_CORRECTIONS + 20 }, (_, i) => ({
        entityType: "country" as const,
        entityId: many,
        version: i + 1,
        at: at(i + 1),
        after: { ...snapshot(i + 1), id: many, nameI18n: { en: `Renamed ${i}` } },
      })),
    });
    const bounded = await publicChanges(db, "country", many, null);
    expect(bounded).toHaveLength(MAX_LISTED_CORRECTIONS + 1);
    expect(bounded[0]!.at).toEqual(at(MAX_LISTED_CORRECTIONS + 20));
  });
});
