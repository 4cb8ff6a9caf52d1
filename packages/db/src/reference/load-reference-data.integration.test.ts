import { beforeAll, expect, it } from "vitest";
import { seed } from "../seed/seed";
import { databaseChecksum, describeOneDatabase, resetDatabase } from "../testing";
import { countryData } from "./countries";
import { loadReferenceData, REFERENCE_DATA_VIA } from "./load-reference-data";
import { referenceMemberships, referenceOrganizations } from "./organizations";

describeOneDatabase("reference data load", (fixture) => {
  let first = { created: 0, updated: 0 };
  let checksumAfterFirst = "";

  beforeAll(async () => {
    first = await loadReferenceData(fixture.db);
    checksumAfterFirst = await databaseChecksum(fixture.db);
  });

  it("loads every country, organization and membership, each marked as reference data", async () => {
    const { db } = fixture;
    expect(countryData.countries.length).toBeGreaterThanOrEqual(249);
    expect(await db.country.count()).toBe(countryData.countries.length);
    expect(await db.organization.count()).toBe(referenceOrganizations.length);
    expect(await db.orgMembership.count()).toBe(referenceMemberships.length);
    expect(first).toEqual({
      created: countryData.countries.length + referenceOrganizations.length + referenceMemberships.length,
      updated: 0,
    });
    expect(await db.revision.count({ where: { NOT: { via: REFERENCE_DATA_VIA } } })).toBe(0);
    for (const slug of [
      "united-nations",
      "shanghai-cooperation-organisation",
      "brics",
      "csto",
      "commonwealth-of-independent-states",
      "eurasian-economic-union",
      "conference-on-interaction-and-confidence-building-measures-in-asia",
      "organization-of-turkic-states",
      "asean",
      "g20",
      "european-union",
      "african-union",
      "gulf-cooperation-council",
      "league-of-arab-states",
      "organisation-of-islamic-cooperation",
      "economic-cooperation-organization",
      "guam",
      "saarc",
    ])
      expect(await db.organization.count({ where: { slug } }), slug).toBe(1);
    const withoutSource = await db.orgMembership.count({ where: { sources: { equals: [] } } });
    expect(withoutSource).toBe(0);
  });

  it("a second run changes nothing", async () => {
    expect(await loadReferenceData(fixture.db)).toEqual({ created: 0, updated: 0 });
    expect(await databaseChecksum(fixture.db)).toBe(checksumAfterFirst);
  });

  it("holds known facts: names in three languages, official names, memberships over time", async () => {
    const { db } = fixture;
    const india = await db.country.findUniqueOrThrow({ where: { iso2: "IN" } });
    expect(india).toMatchObject({ iso3: "IND", nameI18n: { en: "India", ru: "Индия", zh: "印度" } });
    expect(india.officialNameI18n).toMatchObject({ en: "Republic of India" });
    const kyrgyzstan = await db.country.findUniqueOrThrow({ where: { iso2: "KG" } });
    expect(kyrgyzstan.officialNameI18n).toMatchObject({ en: "Kyrgyz Republic", ru: "Кыргызская Республика" });

    const scoStatus = async (iso2: string) =>
      db.orgMembership.findMany({
        where: { organization: { slug: "shanghai-cooperation-organisation" }, country: { iso2 } },
        select: { status: true, startDate: true, endDate: true },
        orderBy: { startDate: "asc" },
      });
    expect(await scoStatus("IN")).toEqual([
      { status: "observer", startDate: "2005-07-05", endDate: "2017-06-09" },
      { status: "member", startDate: "2017-06-09", endDate: null },
    ]);
    expect(await scoStatus("IR")).toContainEqual({
      status: "member",
      startDate: "2023-07-04",
      endDate: null,
    });
    const un = await db.orgMembership.count({
      where: { organization: { slug: "united-nations" }, status: "member" },
    });
    expect(un).toBe(193);
    const brexit = await db.orgMembership.findFirstOrThrow({
      where: { organization: { slug: "european-union" }, country: { iso2: "GB" } },
    });
    expect(brexit.endDate).toBe("2020-01-31");
    const csc = await db.organization.findUniqueOrThrow({
      where: { slug: "csto-collective-security-council" },
      include: { parent: true },
    });
    expect(csc.parent?.slug).toBe("csto");

    const statusIn = async (slug: string, iso2: string) =>
      db.orgMembership.findMany({
        where: { organization: { slug }, country: { iso2 } },
        select: { status: true, startDate: true, endDate: true },
        orderBy: { startDate: "asc" },
      });
    // Syria: a founder of the Arab League, suspended from November 2011 until May 2023, its membership going on.
    expect(await statusIn("league-of-arab-states", "SY")).toEqual([
      { status: "founding_member", startDate: "1945-03-22", endDate: null },
      { status: "suspended", startDate: "2011-11-16", endDate: "2023-05-07" },
    ]);
    expect(
      await db.orgMembership.count({
        where: {
          organization: { slug: "league-of-arab-states" },
          status: { in: ["member", "founding_member"] },
        },
      }),
    ).toBe(22);
    expect(
      await db.orgMembership.count({
        where: {
          organization: { slug: "organisation-of-islamic-cooperation" },
          status: { in: ["member", "founding_member"] },
        },
      }),
    ).toBe(57);
    // Uzbekistan in GUAM (then GUUAM) from 1999 until it left in 2005.
    expect(await statusIn("guam", "UZ")).toEqual([
      { status: "member", startDate: "1999-04-24", endDate: "2005-05-05" },
    ]);
    expect(await statusIn("saarc", "AF")).toEqual([
      { status: "member", startDate: "2007-04-03", endDate: null },
    ]);
    expect(await statusIn("saarc", "JP")).toEqual([{ status: "observer", startDate: null, endDate: null }]);
    // Egypt's two suspensions, each beside its membership of the organization.
    expect(await statusIn("organisation-of-islamic-cooperation", "EG")).toEqual([
      { status: "founding_member", startDate: "1969-09-25", endDate: null },
      { status: "suspended", startDate: "1979-05", endDate: "1984-03" },
    ]);
    expect(await statusIn("league-of-arab-states", "EG")).toContainEqual({
      status: "suspended",
      startDate: "1979-03-31",
      endDate: "1989-05-23",
    });
    expect(await statusIn("economic-cooperation-organization", "KZ")).toEqual([
      { status: "member", startDate: "1992-11-28", endDate: null },
    ]);
    // Releases before 2011 name the OIC by its old name; its summit and the Arab League's are bodies of theirs.
    const oic = await db.organization.findUniqueOrThrow({
      where: { slug: "organisation-of-islamic-cooperation" },
      include: { bodies: { select: { slug: true } } },
    });
    expect(oic.otherNames).toContain("Organisation of the Islamic Conference");
    expect(oic.bodies.map((body) => body.slug)).toContain("islamic-summit");
    const arabSummit = await db.organization.findUniqueOrThrow({
      where: { slug: "arab-league-summit" },
      include: { parent: true },
    });
    expect(arabSummit.parent?.slug).toBe("league-of-arab-states");
    expect(arabSummit.otherNames).toContain("Arab League Summit");
  });

  it("over the seed's records, fills what they lack and keeps what they hold; then settles", async () => {
    const { db } = fixture;
    await resetDatabase(db);
    await seed(db);
    const kyrgyzstanBefore = await db.country.findUniqueOrThrow({ where: { iso2: "KG" } });
    const result = await loadReferenceData(db);
    expect(result.updated).toBeGreaterThan(0);
    const kyrgyzstan = await db.country.findUniqueOrThrow({ where: { iso2: "KG" } });
    expect(kyrgyzstan.slug).toBe(kyrgyzstanBefore.slug);
    expect(kyrgyzstan.nameI18n).toEqual(kyrgyzstanBefore.nameI18n);
    expect(kyrgyzstan.version).toBe(kyrgyzstanBefore.version + 1);
    expect(await db.country.count()).toBe(countryData.countries.length);
    // The seed's SCO observers had no start date: the reference one fills it, no second row appears.
    expect(
      await db.orgMembership.findMany({
        where: { organization: { slug: "shanghai-cooperation-organisation" }, country: { iso2: "MN" } },
        select: { status: true, startDate: true },
      }),
    ).toEqual([{ status: "observer", startDate: "2004-06-17" }]);
    const settled = await databaseChecksum(db);
    expect(await loadReferenceData(db)).toEqual({ created: 0, updated: 0 });
    expect(await databaseChecksum(db)).toBe(settled);
  });
});
