import { beforeAll, expect, it } from "vitest";
import { generateArchive } from "../generate";
import { describeEachDatabase } from "../testing";
import { publicFirstSql } from "./search-repository";
import { countingSearch } from "./search-test-statements";
import { toCountry, toOrganization } from "./mappers";
import { PUBLIC_SQL, publishedMeeting } from "./visibility";

/** The statements that check the public rule of countries or organizations already ranked (publicFirstSql). */
const ruleStatements = (sent: string[]) => sent.filter((sql) => /with ordinality as r\(id, n\)/.test(sql));

// Search checks the public rule of the countries and organizations it ranked best first, in one statement that stops
// at the tenth public one, and finds the public organizations of those countries once for all of them.
describeEachDatabase("search: the public rule of ranked countries and organizations", (fixture) => {
  /** Ranked first by the query "Quietmere" (their name is it) but hidden: members of a hidden organization only. */
  const hidden: string[] = [];
  /** Public only as a member of a public organization; its name only contains the query, so it ranks after them. */
  let member = "";

  beforeAll(async () => {
    const { db } = fixture;
    await generateArchive(db, {
      seed: 5,
      meetings: 60,
      people: 400,
      documents: 300,
      organizations: 4,
      years: 3,
    });
    const shown = await db.organization.create({
      data: { slug: "quietmere-public-body", nameI18n: { en: "Public Body" }, classification: "igo" },
    });
    const meeting = await db.meeting.findFirstOrThrow({ where: publishedMeeting, select: { id: true } });
    await db.meeting.update({ where: { id: meeting.id }, data: { bodyId: shown.id } });
    const unseen = await db.organization.create({
      data: { slug: "quietmere-hidden-body", nameI18n: { en: "Hidden Body" }, classification: "igo" },
    });
    for (let i = 0; i < 25; i++) {
      const country = await db.country.create({
        data: {
          slug: `quietmere-${i}`,
          iso2: `J${String.fromCharCode(65 + i)}`,
          nameI18n: { en: "Quietmere" },
        },
      });
      await db.orgMembership.create({
        data: { organizationId: unseen.id, countryId: country.id, status: "member" },
      });
      hidden.push(country.id);
    }
    const country = await db.country.create({
      data: { slug: "quietmere-isles", iso2: "KQ", nameI18n: { en: "Quietmere Isles" } },
    });
    await db.orgMembership.create({
      data: { organizationId: unseen.id, countryId: country.id, status: "member" },
    });
    await db.orgMembership.create({
      data: { organizationId: shown.id, countryId: country.id, status: "member" },
    });
    member = country.id;
  });

  /** The search's results, with every statement it sent. */
  const searched = async (query: string) => {
    const { repo, sent, disconnect } = await countingSearch(fixture.database.url);
    try {
      return { results: await repo.search(query), sent };
    } finally {
      await disconnect();
    }
  };

  it("finds a public country ranked after 25 hidden ones, checking the rule in one statement", async () => {
    const { results, sent } = await searched("Quietmere");
    expect(results.countries.map((c) => c.id)).toEqual([member]);
    // Before, the rule was checked in batches of 20, 40, 80… ids, one statement after the other.
    expect(ruleStatements(sent)).toHaveLength(1);
  });

  it("gives the public countries and organizations it found as the client reads them, from the statement that checks their rule", async () => {
    const { db } = fixture;
    const body = await db.organization.findFirstOrThrow({ where: { slug: "quietmere-public-body" } });
    // Created without other names or languages: lists the database holds as null, which the client reads as empty.
    expect(
      await db.$queryRawUnsafe(
        `select "otherNames", "officialLanguages" from "Organization" where id = $1`,
        body.id,
      ),
    ).toEqual([{ otherNames: null, officialLanguages: null }]);
    for (const [query, country, organization] of [
      ["Quietmere", member, null],
      ["Public Body", null, body.id],
    ] as const) {
      const { results, sent } = await searched(query);
      if (country)
        expect(results.countries).toEqual([
          toCountry(await db.country.findUniqueOrThrow({ where: { id: country } })),
        ]);
      if (organization)
        expect(results.organizations).toEqual([
          toOrganization(await db.organization.findUniqueOrThrow({ where: { id: organization } })),
        ]);
      // No read of their rows after the rule: the statement that checks it gives them.
      expect(sent.filter((sql) => /FROM "public"\."(Country|Organization)"/i.test(sql))).toEqual([]);
      expect(ruleStatements(sent).length).toBeGreaterThan(0);
    }
  });

  it("finds a public country a short query starts the name of, when the only ones with the word are hidden", async () => {
    const { db } = fixture;
    // "Yq" is a word of a hidden country only (a member of the hidden organization): nothing public has the word, so
    // the records the query starts a word of are shown. A short query ranks those of a table at first only when none
    // of the table has the word: here they are ranked after the rule has hidden the one that has it.
    const unseen = await db.organization.findFirstOrThrow({ where: { slug: "quietmere-hidden-body" } });
    const qv = await db.country.create({ data: { slug: "yq", iso2: "WY", nameI18n: { en: "Yq" } } });
    await db.orgMembership.create({
      data: { organizationId: unseen.id, countryId: qv.id, status: "member" },
    });
    const shown = await db.country.create({
      data: { slug: "yqvillaland", iso2: "WZ", nameI18n: { en: "Yqvillaland" } },
    });
    const body = await db.organization.findFirstOrThrow({ where: { slug: "quietmere-public-body" } });
    await db.orgMembership.create({
      data: { organizationId: body.id, countryId: shown.id, status: "member" },
    });
    try {
      const { results } = await searched("Yq");
      expect(results.countries.map((c) => c.id)).toEqual([shown.id]);
    } finally {
      await db.orgMembership.deleteMany({ where: { countryId: { in: [qv.id, shown.id] } } });
      await db.country.deleteMany({ where: { id: { in: [qv.id, shown.id] } } });
    }
  });

  it("finds a public country similar to a misspelling, ranked after 25 hidden ones, the same way", async () => {
    const { results, sent } = await searched("Quietmeer");
    expect(results.countries.map((c) => c.id)).toEqual([member]);
    // Nothing has the words: the similar countries ranked, then the rule checked on them in one statement.
    expect(ruleStatements(sent)).toHaveLength(1);
  });

  it.each(["Country", "Organization"] as const)(
    "selects, among %s ranked in any order, the first ten the public rule selects, in that order",
    async (table) => {
      const { db } = fixture;
      const all = (await db.$queryRawUnsafe<{ id: string }[]>(`select id from "${table}" order by id`)).map(
        (row) => row.id,
      );
      const isPublic = new Set(
        (
          await db.$queryRawUnsafe<{ id: string }[]>(
            `select t.id from "${table}" t where ${PUBLIC_SQL[table]}`,
          )
        ).map((row) => row.id),
      );
      expect(isPublic.size).toBeGreaterThan(3);
      expect(isPublic.size).toBeLessThan(all.length);
      if (table === "Country") {
        expect(isPublic.has(member)).toBe(true);
        for (const id of hidden) expect(isPublic.has(id)).toBe(false);
      }
      const hiddenFirst = [...all.filter((id) => !isPublic.has(id)), ...all.filter((id) => isPublic.has(id))];
      for (const ranked of [all, [...all].reverse(), hiddenFirst, [...hiddenFirst].reverse()]) {
        const rows = await db.$queryRawUnsafe<{ id: string }[]>(publicFirstSql(table), ranked);
        expect(rows.map((row) => row.id)).toEqual(ranked.filter((id) => isPublic.has(id)).slice(0, 10));
      }
    },
  );
});
