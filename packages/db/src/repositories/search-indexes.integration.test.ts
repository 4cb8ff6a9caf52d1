import { beforeAll, expect, it } from "vitest";
import { createDb, type Db } from "../client";
import { generateArchive } from "../generate";
import { describeEachDatabase } from "../testing";
import {
  EditorListRepository,
  listSearchParams,
  listSearchSql,
  type ListableType,
} from "./editor-list-repository";
import { DocumentRegistryRepository } from "./document-registry-repository";
import { NEAR_WORDS_SQL, SearchRepository, rankedSearchSql, type RankedInSql } from "./search-repository";
import { countingSearch } from "./search-test-statements";
import { PUBLIC_SQL } from "./visibility";

// A few thousand rows: enough that the default planner prefers the indexes to reading the tables.
const archive = { seed: 3, meetings: 1200, people: 3000, documents: 1500, organizations: 8, years: 10 };

/** The plan PostgreSQL picks for a statement, with its parameters, under default planner settings. */
async function plan(db: Db, sql: string, params: unknown[]): Promise<string> {
  const rows = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`explain ${sql}`, ...params);
  return rows.map((row) => row["QUERY PLAN"]).join("\n");
}

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Rows Removed by Filter"?: number;
  "Rows Removed by Index Recheck"?: number;
  Plans?: PlanNode[];
}

/** The rows each table's scans read (returned or removed by a filter) when the statement runs, summed by table. */
async function rowsRead(db: Db, sql: string, params: unknown[]): Promise<Record<string, number>> {
  const [row] = await db.$queryRawUnsafe<{ "QUERY PLAN": [{ Plan: PlanNode }] }[]>(
    `explain (analyze, format json) ${sql}`,
    ...params,
  );
  const read: Record<string, number> = {};
  const visit = (node: PlanNode) => {
    if (node["Relation Name"]) {
      const rows =
        (node["Actual Rows"] ?? 0) +
        (node["Rows Removed by Filter"] ?? 0) +
        (node["Rows Removed by Index Recheck"] ?? 0);
      read[node["Relation Name"]] = (read[node["Relation Name"]] ?? 0) + rows * (node["Actual Loops"] ?? 1);
    }
    node.Plans?.forEach(visit);
  };
  visit(row!["QUERY PLAN"][0].Plan);
  return read;
}

describeEachDatabase("search indexes", (fixture) => {
  beforeAll(async () => {
    await generateArchive(fixture.db, archive);
  });

  /** A name the archive holds a few times: a generated country's (meetings name their host in the summary). */
  const countryName = async () =>
    ((await fixture.db.country.findFirstOrThrow({ where: { iso2: "XC" } })).nameI18n as { en: string }).en;

  it.each<[RankedInSql, () => Promise<string>]>([
    ["Person", async () => "Wang Wei"],
    ["Person", async () => "Сергей Гусев"],
    ["Person", async () => "Zhang"],
    ["Meeting", countryName],
    ["Document", async () => "Drug Trafficking"],
  ])(
    "public search finds %s through the line and full-text indexes on the stored search text",
    async (table, query) => {
      const q = await query();
      const similar = await new SearchRepository(fixture.db).similarQueries(q);
      const shown = await plan(fixture.db, rankedSearchSql(table, false), [q, similar.nearest, similar.any]);
      expect(shown).toContain(`Bitmap Index Scan on "${table}_search_lines_idx"`);
      // Texts with every word: from the full-text index, or, for a word in many of them, along the primary key
      // until the first few (the next test shows how few rows that reads).
      expect(shown).toMatch(
        new RegExp(
          `Bitmap Index Scan on "${table}_search_fts_idx"|Index Scan using "${table}_pkey" on "${table}" t`,
        ),
      );
      // Similar texts (tier 3) through the same full-text index, never by comparing the texts' trigrams.
      expect(shown).not.toMatch(/<%|<<->|%>/);
      // The searched table is never read whole. (The public rule's subplans may scan a table the archive holds only
      // a handful of rows of, such as Speech: reading 2 rows whole is the planner's right choice there, and it made
      // this check fail by chance of statistics in CI.)
      expect(shown).not.toMatch(new RegExp(`Seq Scan on "${table}"`));
      // The names are read from the stored column, never computed from the jsonb at search time.
      expect(shown).not.toMatch(/plenary_\w+_search(_texts)?\(/);
    },
  );

  it.each(["stetement", "Drug Trafiking", "Wang Wie"])(
    "corrects the words of %j to known words through the dictionary's trigram index",
    async (query) => {
      const shown = await plan(fixture.db, NEAR_WORDS_SQL, [query]);
      expect(shown).toMatch(/Index Scan (using|on) "SearchWord_word_trgm_idx"/);
      expect(shown).not.toMatch(/Seq Scan/);
    },
  );

  it("scores a line by its word similarity alone, which is never less than its similarity", async () => {
    // rankedSearchSql scores a line by word_similarity where it took the greater of it and similarity (LINE_BONUS's
    // comment): the same number, by pg_trgm's definition; checked here on every line of the archive's texts.
    const [row] = await fixture.db.$queryRawUnsafe<{ pairs: bigint; greater: bigint }[]>(
      `with q(q) as (
         select plenary_unaccent(lower(x)) from unnest(array['of', 'li', '王', 'wang wei', 'stetement', 'republic of',
           'drug trafiking', 'сергей', 'e', '1', 'the council']) x
       ), l(t) as (
         select unnest(string_to_array("searchText", E'\\n')) from "Country"
         union all select unnest(string_to_array("searchText", E'\\n')) from "Organization"
         union all select unnest(string_to_array("searchText", E'\\n')) from "Person"
         union all select unnest(string_to_array("searchText", E'\\n')) from "Meeting"
         union all select unnest(string_to_array("searchText", E'\\n')) from "Document"
       )
       select count(*) as pairs, count(*) filter (where similarity(q, t) > word_similarity(q, t)) as greater
       from q, l`,
    );
    expect(Number(row!.pairs)).toBeGreaterThan(10_000);
    expect(Number(row!.greater)).toBe(0);
  });

  it("plans the people's ranking once per connection, without the query: the plan it keeps is the generic one", async () => {
    const { db } = fixture;
    for (const short of [true, false]) {
      const sql = rankedSearchSql("Person", short, short);
      const plans = await db.$transaction(async (tx) => {
        for (let i = 0; i < 4; i++)
          for (const q of short ? ["王", "of"] : ["Wang Wei", "Сергей Гусев"])
            await tx.$queryRawUnsafe(sql, q);
        return tx.$queryRawUnsafe<{ generic_plans: bigint; custom_plans: bigint }[]>(
          `select generic_plans, custom_plans from pg_prepared_statements where statement = $1`,
          sql,
        );
      });
      // From the sixth run on, the plan kept: before, each search planned it again (1.2-2 ms on the archive).
      expect(plans).toHaveLength(1);
      expect(Number(plans[0]!.generic_plans)).toBeGreaterThanOrEqual(3);
    }
  });

  it.each<[RankedInSql, string, string]>([
    ["Document", "cooperatoin", "cooperation"],
    ["Meeting", "meetign", "meeting"],
  ])(
    "finds %s for the misspelled common word %j from the full-text index, reading a few rows",
    async (table, query, word) => {
      const intended = new RegExp(`\\b${word}\\b`);
      const matches = await fixture.db.$queryRawUnsafe<{ count: bigint }[]>(
        `select count(*) from "${table}" t where to_tsvector('simple'::regconfig, t."searchText") @@ plainto_tsquery('simple', $1)`,
        word,
      );
      expect(Number(matches[0]!.count)).toBeGreaterThan(300);
      const repo = new SearchRepository(fixture.db);
      const similar = await repo.similarQueries(query);
      const params = [query, similar.nearest, similar.any];
      const sql = rankedSearchSql(table, false);
      const found = await fixture.db.$queryRawUnsafe<{ id: string; tier: number }[]>(sql, ...params);
      expect(found).toHaveLength(10);
      const texts = await fixture.db.$queryRawUnsafe<{ searchText: string }[]>(
        `select "searchText" from "${table}" where id = any($1::text[])`,
        found.map((row) => row.id),
      );
      for (const { searchText } of texts) expect(searchText).toMatch(intended);
      // Found through the corrected query (tier 3), without reading every text that has the word.
      expect(found.every((row) => row.tier === 3)).toBe(true);
      expect((await rowsRead(fixture.db, sql, params))[table]).toBeLessThan(60);
      // And through the repository, public records only, the same ones first.
      const results = await repo.search(query);
      const shown = table === "Document" ? results.documents : results.meetings;
      expect(shown.map((record) => record.id)).toEqual(found.map((row) => row.id));
    },
  );

  it.each<[RankedInSql, string, boolean]>([
    ["Meeting", "meeting", false],
    ["Meeting", "of", true],
    ["Document", "cooperation", false],
    ["Document", "on", true],
  ])(
    "public search of %s for a word in most of them (%j) reads a few rows, not every match",
    async (table, query, short) => {
      const sql = rankedSearchSql(table, short);
      const similar = await new SearchRepository(fixture.db).similarQueries(query);
      const params = short ? [query] : [query, similar.nearest, similar.any];
      const matches = await fixture.db.$queryRawUnsafe<{ count: bigint }[]>(
        `select count(*) from "${table}" t where to_tsvector('simple'::regconfig, t."searchText") @@ plainto_tsquery('simple', $1)`,
        query,
      );
      const read = await rowsRead(fixture.db, sql, params);
      const found = await fixture.db.$queryRawUnsafe<{ id: string }[]>(sql, ...params);
      expect(found).toHaveLength(10);
      // Before, every match was read and scored (hundreds here, thousands in a real archive).
      expect(Number(matches[0]!.count)).toBeGreaterThan(300);
      expect(read[table]).toBeLessThan(60);
    },
  );

  it("matches a query of one or two characters by word prefix, and a longer one by trigram similarity", async () => {
    const { db } = fixture;
    const repo = new SearchRepository(db);
    // "王" is a family name, the start of a word of Chinese names ("王秀英"), never a word alone.
    const wang = await repo.search("王");
    expect(wang.people).toHaveLength(10);
    for (const { matched } of wang.people) expect(matched).toMatch(/^王/);
    const shown = await plan(db, rankedSearchSql("Person", true), ["王"]);
    expect(shown).not.toMatch(/<%|<<->|_search_(gist|trgm)_idx/);

    // A misspelling matches no word: trigram similarity finds the name (tier 3).
    const person = await db.person.findFirstOrThrow({
      where: { participations: { some: { meeting: { status: "published", deletedAt: null } } } },
    });
    const name = (person.nameI18n as { en: string }).en;
    const misspelt = name.replace(/[aeiou](?=[a-z]*$)/, "y");
    expect(misspelt).not.toBe(name);
    const { people } = await repo.search(misspelt);
    expect(people.map((p) => p.person.id)).toContain(person.id);
  });

  it("checks the public rule of a country no one represents through the participations' index, never reading them all", async () => {
    const { db } = fixture;
    expect(await db.participation.count({ where: { representingCountryId: { not: null } } })).toBeGreaterThan(
      1000,
    );
    // Search applies the rule to the countries it found (SearchRepository.stillPublic). For a country no
    // participation represents, PostgreSQL expected thousands (the table's average per country) and scanned the
    // table for the first one, reading every participation (migration search_plans).
    const hidden = await db.country.create({
      data: { slug: "no-one-represents-it", iso2: "0Q", nameI18n: { en: "Quiet Land" } },
    });
    const sql = `select t.id from "Country" t where t.id = any($1::text[]) and (${PUBLIC_SQL.Country})`;
    expect(await db.$queryRawUnsafe(sql, [hidden.id])).toEqual([]);
    expect((await rowsRead(db, sql, [[hidden.id]])).Participation ?? 0).toBeLessThan(10);
  });

  it("keeps the stored search text up to date on every write, and out of the records the client reads", async () => {
    const { db } = fixture;
    const repo = new SearchRepository(db);
    const person = await db.person.findFirstOrThrow({
      where: { participations: { some: { meeting: { status: "published", deletedAt: null } } } },
    });
    expect(Object.keys(person)).not.toContain("searchText");
    expect((await repo.search("Qwertyuiop Asdfghjkl")).people).toEqual([]);

    await db.person.update({
      where: { id: person.id },
      data: { otherNames: [{ name: "Qwértyuiop Asdfghjkl", lang: "en" }] },
    });
    const { people } = await repo.search("qwertyuiop asdfghjkl");
    // Found by the new other name, unaccented, and shown as written.
    expect(people.map((p) => [p.person.id, p.matched])).toEqual([[person.id, "Qwértyuiop Asdfghjkl"]]);

    // The dictionary learnt its words on that write: a misspelling of them finds the person too.
    const misspelt = await repo.search("qwertyuiopp asdfhjkl");
    expect(misspelt.people.map((p) => p.person.id)).toEqual([person.id]);

    await db.person.update({ where: { id: person.id }, data: { otherNames: [] } });
    expect((await repo.search("Qwertyuiop Asdfghjkl")).people).toEqual([]);
  });

  it.each<[ListableType, string]>([
    ["person", "Gusev"],
    ["person", "Сергей"],
    ["person", "王秀英"],
    ["document", "Energy Coop"],
    ["meeting", "No. 7 of"],
  ])("the admin's list and pickers search %s for %j through the trigram indexes", async (entityType, q) => {
    const table = entityType.charAt(0).toUpperCase() + entityType.slice(1);
    const shown = await plan(fixture.db, listSearchSql(entityType), listSearchParams(q));
    expect(shown).toContain(`Bitmap Index Scan on "${table}_label_trgm_idx"`);
    expect(shown).not.toMatch(/Seq Scan/);
  });

  it.each<ListableType>(["document", "meeting", "person"])(
    "the admin's list of %s opens on its newest edits through the updatedAt index, never sorting the table",
    async (entityType) => {
      // The statement the list sends for its first page, as the client sends it, with its parameters.
      const sent: { sql: string; params: unknown[] }[] = [];
      const counted = createDb(fixture.database.url, {
        onQuery: (sql, params) => sent.push({ sql, params: JSON.parse(params) as unknown[] }),
      });
      try {
        const { items } = await new EditorListRepository(counted).list({ entityType });
        expect(items).toHaveLength(25);
      } finally {
        await counted.$disconnect();
      }
      const page = sent.find((s) => /ORDER BY/.test(s.sql) && /LIMIT/.test(s.sql));
      expect(page).toBeDefined();
      const table = entityType.charAt(0).toUpperCase() + entityType.slice(1);
      const shown = await plan(fixture.db, page!.sql, page!.params);
      expect(shown).toContain(`Index Scan using "${table}_updatedAt_id_idx"`);
      expect(shown).not.toMatch(new RegExp(`Sort|Seq Scan on "${table}"`));
    },
  );

  it("the document registry's first page reads the documents in its order along an index, never sorting them all", async () => {
    const sent: { sql: string; params: unknown[] }[] = [];
    const counted = createDb(fixture.database.url, {
      onQuery: (sql, params) => sent.push({ sql, params: JSON.parse(params) as unknown[] }),
    });
    try {
      const { registry } = await new DocumentRegistryRepository(counted).publicPage({ limit: 100 });
      expect(registry.items).toHaveLength(100);
    } finally {
      await counted.$disconnect();
    }
    const page = sent.find((s) => /ORDER BY "t0"\."dateAdopted"/.test(s.sql));
    expect(page).toBeDefined();
    const shown = await plan(fixture.db, page!.sql, page!.params);
    expect(shown).toContain(`Index Scan using "Document_dateAdopted_listOrder_slug_idx"`);
    expect(shown).not.toMatch(/Sort Key: t0\."dateAdopted"/);
  });

  it("ranks organizations before applying their public rule, so hidden ones that match better cannot crowd a public one out", async () => {
    const { db } = fixture;
    // Forty-five organizations no public record refers to, whose name is the query (tier 1), and one a published
    // meeting is held by, whose name only contains it (tier 2): ranked 46th, behind every hidden one, so the public
    // rule (stillPublic, checked in rank order) must read past all of them.
    await db.organization.createMany({
      data: Array.from({ length: 45 }, (_, i) => ({
        slug: `crowded-plain-assembly-${i}`,
        nameI18n: { en: "Crowded Plain Assembly" },
        classification: "igo" as const,
      })),
    });
    const shown = await db.organization.create({
      data: {
        slug: "crowded-plain-assembly-of-the-valley",
        nameI18n: { en: "Crowded Plain Assembly of the Valley" },
        classification: "igo",
      },
    });
    await db.meeting.create({
      data: {
        slug: "crowded-plain-assembly-session",
        titleI18n: { en: "Session" },
        classification: "summit",
        attendanceMode: "in_person",
        bodyId: shown.id,
        status: "published",
      },
    });
    try {
      const { organizations } = await new SearchRepository(db).search("Crowded Plain Assembly");
      expect(organizations.map((o) => o.id)).toEqual([shown.id]);
    } finally {
      await db.meeting.deleteMany({ where: { slug: "crowded-plain-assembly-session" } });
      await db.organization.deleteMany({ where: { slug: { startsWith: "crowded-plain-assembly" } } });
    }
  });

  it("finds a name in two round trips: the rankings by the words with the near words, then the rows found", async () => {
    const { db } = fixture;
    const meeting = await db.meeting.findFirstOrThrow({ where: { status: "published", deletedAt: null } });
    const person = await db.person.create({
      data: { slug: "zxcvbnm-plokijuh", nameI18n: { en: "Zxcvbnm Plokijuh", ru: "Зхцвбнм Плокиюх" } },
    });
    await db.participation.create({
      data: {
        meetingId: meeting.id,
        personId: person.id,
        titleAsStated: "Guest",
        category: "guest_state",
        role: "participant",
        mode: "in_person",
        protocolOrder: 2000,
      },
    });
    const { repo, sent, disconnect } = await countingSearch(fixture.database.url);
    try {
      const found = await repo.search("Зхцвбнм Плокиюх");
      expect(found.people.map((p) => [p.person.id, p.matched])).toEqual([[person.id, "Зхцвбнм Плокиюх"]]);
      expect([found.countries, found.organizations, found.meetings, found.documents]).toEqual([
        [],
        [],
        [],
        [],
      ]);
      // The near words and five rankings by the query's words at once (the person's matched name among them),
      // then the one person's row: no ranking of similar records (the name was found), no statement for the kinds
      // nothing was found of, none for the matched name.
      expect(sent).toHaveLength(1 + 5 + 1);
      expect(sent.filter((sql) => sql.includes("$2::tsquery"))).toEqual([]);
      expect(
        sent.filter((sql) => /"Person"/.test(sql) && !/"Meeting"|"Speech"|searchText/.test(sql)),
      ).toEqual([]);

      sent.length = 0;
      expect(await repo.search("Qqqqxxxx Zzzzvvvv")).toEqual({
        people: [],
        countries: [],
        organizations: [],
        meetings: [],
        documents: [],
      });
      // Nothing has the words: the five rankings again, of records similar to the query too; nothing to read.
      expect(sent).toHaveLength(1 + 5 + 5);
      expect(sent.filter((sql) => sql.includes("$2::tsquery"))).toHaveLength(5);
    } finally {
      await disconnect();
      await db.participation.deleteMany({ where: { personId: person.id } });
      await db.person.delete({ where: { id: person.id } });
    }
  });

  it("finds the people a short query starts the name of in two round trips: the rankings with the similar records, then the rows", async () => {
    const { repo, sent, disconnect } = await countingSearch(fixture.database.url);
    try {
      // "王" is never a word alone: people are found by word prefix only (tier 3), and nothing has the word.
      const found = await repo.search("王");
      expect(found.people).toHaveLength(10);
      // Before, the five rankings by the words came first, then the five again with the similar records.
      expect(sent.filter((sql) => sql.includes(`t."searchText"`))).toHaveLength(5);
      // The rest: the rows found, one statement for each kind shown (countries and organizations: their rule).
      const kinds = [found.people, found.meetings, found.documents].filter(
        (group) => group.length > 0,
      ).length;
      expect(sent.length - 5).toBeLessThanOrEqual(kinds + 2);
    } finally {
      await disconnect();
    }
  });

  it("ranks a person whose full name is the query above people whose names contain it", async () => {
    const { db } = fixture;
    const meeting = await db.meeting.findFirstOrThrow({
      where: { status: "published" },
      select: { id: true },
    });
    // Ids chosen so that, on equal scores, the longer name would come first (ties go by id).
    const longer = await db.person.create({
      data: {
        id: "aaaaaaaaaaaaaaaaaaaaaaaa",
        slug: "timur-bekmuratov-senior",
        nameI18n: { en: "Timur Bekmuratov Senior", ru: "Тимур Бекмуратов старший" },
      },
    });
    const exact = await db.person.create({
      data: {
        id: "zzzzzzzzzzzzzzzzzzzzzzzz",
        slug: "timur-bekmuratov",
        nameI18n: { en: "Timur Bekmuratov", ru: "Тимур Бекмуратов" },
      },
    });
    for (const [i, person] of [longer, exact].entries()) {
      await db.participation.create({
        data: {
          meetingId: meeting.id,
          personId: person.id,
          titleAsStated: "Guest",
          category: "guest_state",
          role: "participant",
          mode: "in_person",
          protocolOrder: 1000 + i,
        },
      });
    }

    for (const q of ["timur bekmuratov", "Тимур Бекмуратов"]) {
      const { people } = await new SearchRepository(db).search(q);
      expect(people.map((p) => p.person.id).slice(0, 2)).toEqual([exact.id, longer.id]);
    }

    // The admin's picker too, whatever order it lists in (the longer name is the one edited last).
    await db.person.update({ where: { id: longer.id }, data: { version: 2 } });
    for (const sort of ["updatedAt", "label", "date"] as const) {
      const { items, total } = await new EditorListRepository(db).list({
        entityType: "person",
        q: "Timur Bekmuratov",
        sort,
      });
      expect(items.map((i) => i.id)).toEqual([exact.id, longer.id]);
      expect(total).toBe(2);
    }
    const second = await new EditorListRepository(db).list({
      entityType: "person",
      q: "Timur Bekmuratov",
      limit: 1,
      offset: 1,
    });
    expect(second.items.map((i) => i.id)).toEqual([longer.id]);
  });
});
