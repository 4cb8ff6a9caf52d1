import { beforeAll, expect, it } from "vitest";
import { createDb } from "../client";
import { generateArchive } from "../generate";
import { seed } from "../seed";
import { describeEachDatabase } from "../testing";
import {
  DocumentRegistryRepository,
  type DocumentRegistry,
  type DocumentRegistryFilter,
} from "./document-registry-repository";

// The registry's counts are one grouped SQL statement over the matching documents, while its items are read
// through the Prisma filters: for every filter, the counts must be exactly those of the items listed, with hidden
// documents, a trashed body and a trashed topic left out as the public rule says.
describeEachDatabase("the document registry's counts", (fixture) => {
  let body: string;

  beforeAll(async () => {
    const { db } = fixture;
    await seed(db);
    await generateArchive(db, {
      seed: 7,
      meetings: 40,
      people: 200,
      documents: 300,
      organizations: 4,
      years: 4,
    });
    const meetings = await db.meeting.findMany({
      where: { id: { startsWith: "zgen" } },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    // A draft and a trashed meeting (their documents drop out), a draft and a trashed document.
    await db.meeting.update({ where: { id: meetings[0]!.id }, data: { status: "draft" } });
    await db.meeting.update({ where: { id: meetings[1]!.id }, data: { deletedAt: new Date() } });
    const documents = await db.document.findMany({
      where: { meetingId: meetings[3]!.id },
      orderBy: { id: "asc" },
      take: 4,
    });
    await db.document.update({ where: { id: documents[0]!.id }, data: { status: "draft" } });
    await db.document.update({ where: { id: documents[1]!.id }, data: { deletedAt: new Date() } });
    // Legal statuses, an undated document and one of no meeting.
    await db.document.update({ where: { id: documents[2]!.id }, data: { legalStatus: "in_force" } });
    await db.document.update({
      where: { id: documents[3]!.id },
      data: { legalStatus: "expired", dateAdopted: null },
    });
    await db.document.create({
      data: {
        slug: "alone",
        titleI18n: { en: "Alone" },
        type: "report",
        action: "adopted",
        status: "published",
      },
    });
    // A trashed body that adopted documents (they stay, without it) and a trashed topic (the links stay, unlisted).
    const trashedBody = await db.organization.findFirstOrThrow({
      where: { id: { startsWith: "zgen" }, adoptedDocuments: { some: {} } },
      orderBy: { id: "asc" },
    });
    await db.organization.update({ where: { id: trashedBody.id }, data: { deletedAt: new Date() } });
    await db.topic.update({ where: { slug: "security" }, data: { deletedAt: new Date() } });
    body = (
      await db.organization.findFirstOrThrow({
        where: { deletedAt: null, adoptedDocuments: { some: { status: "published" } } },
        orderBy: { id: "desc" },
      })
    ).slug;
  });

  /** The counts of the items a registry lists (every one of them), as the page shows them. */
  async function countedFromItems(registry: DocumentRegistry): Promise<Omit<DocumentRegistry, "items">> {
    const topics = new Map((await fixture.db.topic.findMany()).map((t) => [t.id, t]));
    const tally = <K>(keys: K[]) => {
      const counts = new Map<K, number>();
      for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
      return [...counts];
    };
    const byCount = <T extends { count: number; value: string }>(a: T, b: T) =>
      b.count - a.count || a.value.localeCompare(b.value);
    const documents = registry.items.map((item) => item.document);
    const dated = documents.filter((d) => d.dateAdopted);
    const bodies = new Map(
      registry.items.flatMap((i) => (i.adoptingBody ? [[i.adoptingBody.slug, i.adoptingBody]] : [])),
    );
    return {
      total: documents.length,
      facets: {
        type: tally(documents.map((d) => d.type))
          .map(([value, count]) => ({ value, count }))
          .sort(byCount),
        action: tally(documents.map((d) => d.action))
          .map(([value, count]) => ({ value, count }))
          .sort(byCount),
        legalStatus: tally(documents.flatMap((d) => (d.legalStatus ? [d.legalStatus] : [])))
          .map(([value, count]) => ({ value, count }))
          .sort(byCount),
        body: tally(registry.items.flatMap((i) => (i.adoptingBody ? [i.adoptingBody.slug] : [])))
          .map(([value, count]) => ({ value, nameI18n: bodies.get(value)!.nameI18n, count }))
          .sort(byCount),
        year: tally(dated.map((d) => d.dateAdopted!.slice(0, 4)))
          .map(([value, count]) => ({ value, count }))
          .sort((a, b) => b.value.localeCompare(a.value)),
        topic: tally(documents.flatMap((d) => d.topicIds))
          .map(([id, count]) => ({
            value: topics.get(id)!.slug,
            labelI18n: topics.get(id)!.labelI18n,
            count,
          }))
          .sort(byCount),
      },
      perYear: tally(dated.map((d) => `${d.dateAdopted!.slice(0, 4)} ${d.type}`))
        .map(([key, count]) => {
          const [year, type] = key.split(" ") as [string, DocumentRegistry["perYear"][number]["type"]];
          return { year, type, count };
        })
        .sort((a, b) => a.year.localeCompare(b.year) || a.type.localeCompare(b.type)),
    } as Omit<DocumentRegistry, "items">;
  }

  const filters: (() => DocumentRegistryFilter)[] = [
    () => ({}),
    () => ({ type: "statement" }),
    () => ({ action: "signed" }),
    () => ({ legalStatus: "in_force" }),
    () => ({ year: "2020" }),
    () => ({ body }),
    () => ({ topic: "politics" }),
    () => ({ topic: "security" }),
    () => ({ q: "declaration" }),
    () => ({ q: "cooperation", type: "statement", year: "2020" }),
  ];

  it.each(filters.map((filter, i) => [i, filter] as const))(
    "counts exactly the documents it lists, under every facet value (filter %i)",
    async (_, filter) => {
      const repo = new DocumentRegistryRepository(fixture.db);
      const registry = await repo.search({ ...filter(), limit: 100_000 });
      const { items, ...counts } = registry;
      expect(counts).toEqual(await countedFromItems(registry));
      // The JSON API's pages count the same.
      const page = await repo.publicPage({ ...filter(), limit: 5 });
      const { items: _items, ...pageCounts } = page.registry;
      expect(pageCounts).toEqual(counts);
      expect(items.length).toBe(counts.total);
    },
  );

  it("leaves out a trashed body and a trashed topic, and counts the documents that are public", async () => {
    const { facets, total } = await new DocumentRegistryRepository(fixture.db).search({ limit: 1 });
    const trashedBodies = await fixture.db.organization.findMany({ where: { deletedAt: { not: null } } });
    expect(trashedBodies.length).toBeGreaterThan(0);
    for (const trashed of trashedBodies) expect(facets.body.map((b) => b.value)).not.toContain(trashed.slug);
    expect(facets.topic.map((t) => t.value)).toContain("politics");
    expect(facets.topic.map((t) => t.value)).not.toContain("security");
    expect(facets.legalStatus.map((s) => s.value).sort()).toEqual(["expired", "in_force"]);
    const hidden = await fixture.db.document.count({
      where: {
        OR: [
          { status: { not: "published" } },
          { deletedAt: { not: null } },
          { meeting: { OR: [{ status: { not: "published" } }, { deletedAt: { not: null } }] } },
        ],
      },
    });
    expect(hidden).toBeGreaterThan(2);
    expect(total).toBe((await fixture.db.document.count()) - hidden);
  });

  it("reads a page of the JSON API in two statements: the page, and every count at once", async () => {
    const statements: string[] = [];
    const counted = createDb(fixture.database.url, { onQuery: (sql) => statements.push(sql) });
    try {
      const repo = new DocumentRegistryRepository(counted);
      await repo.publicPage({ limit: 10 }); // connection set-up is not the page's cost
      statements.length = 0;
      const page = await repo.publicPage({ limit: 10, type: "statement", year: "2020" });
      expect(page.registry.total).toBeGreaterThan(0);
      expect(statements).toHaveLength(2);
    } finally {
      await counted.$disconnect();
    }
  });
});
