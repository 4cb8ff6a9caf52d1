import { TRPCError } from "@trpc/server";
import { describeEachDatabase } from "@plenary/db/testing";
import { seed } from "@plenary/db/seed";
import { beforeAll, expect, it } from "vitest";
import { callersFor } from "../test-callers";

type Callers = Awaited<ReturnType<typeof callersFor>>;

async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
  throw new Error("expected the call to fail");
}

const seedSlug = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";

describeEachDatabase("public pages procedures", (fixture) => {
  let callers: Callers;

  beforeAll(async () => {
    await seed(fixture.db);
    callers = await callersFor(fixture.db);
  });

  it("shows a country's memberships, presidencies and representatives", async () => {
    const tajikistan = await callers.anonymous.publicPages.country({ slug: "tajikistan" });
    expect(tajikistan.memberships.map((m) => [m.organization.slug, m.membership.status])).toContainEqual([
      "shanghai-cooperation-organisation",
      "founding_member",
    ]);
    expect(tajikistan.chairmanships.map((c) => c.chairmanship.startDate)).toContain("2020-11-10");
    expect(tajikistan.representatives).toHaveLength(1);
    expect(tajikistan.representatives[0]!.meeting.slug).toBe(seedSlug);
    expect(tajikistan.representatives[0]!.participations.map((p) => p.person.slug)).toEqual([
      "emomali-rahmon",
    ]);
  });

  it("shows an organization's bodies, members on a date, presidencies and meetings", async () => {
    const sco = await callers.anonymous.publicPages.organization({
      slug: "shanghai-cooperation-organisation",
    });
    // The Secretariat is not referred to by any published record yet, so it is not public.
    expect(sco.bodies.map((b) => b.slug)).toEqual([
      "sco-council-of-heads-of-state",
      "sco-regional-anti-terrorist-structure",
    ]);
    expect(
      sco.memberships
        .filter((m) => m.membership.status === "observer")
        .map((m) => m.country.iso2)
        .sort(),
    ).toEqual(["AF", "BY", "IR", "MN"]);
    expect(sco.chairmanships.map((c) => c.country.iso2)).toEqual(["RU", "TJ"]);
    // Russia's term ended at the seed meeting (where it started is not in the seed); Tajikistan's started there.
    expect(
      sco.chairmanships.map((c) => [c.startedAtMeeting?.slug ?? null, c.endedAtMeeting?.slug ?? null]),
    ).toEqual([
      [null, seedSlug],
      [seedSlug, null],
    ]);
    expect(sco.meetings.map((m) => m.slug)).toEqual([seedSlug]);
  });

  it("counts the documents an organization and its bodies adopted, per year and type, public ones only", async () => {
    const slug = "shanghai-cooperation-organisation";
    const perYear = async () =>
      (await callers.anonymous.publicPages.organization({ slug })).documentsPerYear.map(
        ({ year, type, count }) => `${year} ${type} ${count}`,
      );
    // The registry's counts of the documents adopted by the SCO itself or by one of its bodies, added up.
    const sco = await callers.anonymous.publicPages.organization({ slug });
    const fromRegistry = new Map<string, number>();
    for (const body of [slug, ...sco.bodies.map((b) => b.slug)])
      for (const { year, type, count } of (await callers.anonymous.publicPages.documents({ body })).perYear)
        fromRegistry.set(`${year} ${type}`, (fromRegistry.get(`${year} ${type}`) ?? 0) + count);
    const before = await perYear();
    expect(before).toEqual([...fromRegistry].map(([key, count]) => `${key} ${count}`).sort());
    expect(before).toContain("2020 decision 3");

    // A published document of a body counts in its year; a draft, an undated one, one of a meeting that is not
    // published and one of an organization outside the SCO do not.
    const council = await fixture.db.organization.findUniqueOrThrow({
      where: { slug: "sco-council-of-heads-of-state" },
    });
    const other = await fixture.db.organization.create({
      data: {
        slug: "per-year-other-organization",
        nameI18n: { en: "Per Year Other Organization" },
        classification: "igo",
      },
    });
    const draftMeeting = await fixture.db.meeting.create({
      data: {
        slug: "per-year-draft-meeting",
        titleI18n: { en: "Per Year Draft Meeting" },
        startDate: "2018-06-10",
        classification: "summit",
        attendanceMode: "in_person",
        status: "draft",
        bodyId: council.id,
      },
    });
    const document = (slug: string, data: object) =>
      fixture.db.document.create({
        data: {
          slug,
          titleI18n: { en: slug },
          type: "declaration",
          action: "adopted",
          status: "published",
          ...data,
        },
      });
    const created = [
      await document("per-year-published-2019", { dateAdopted: "2019-06-14", adoptingBodyId: council.id }),
      await document("per-year-draft-2018", {
        dateAdopted: "2018-06-10",
        adoptingBodyId: council.id,
        status: "draft",
      }),
      await document("per-year-undated", { adoptingBodyId: council.id }),
      await document("per-year-draft-meeting", {
        dateAdopted: "2018-06-10",
        adoptingBodyId: council.id,
        meetingId: draftMeeting.id,
      }),
      await document("per-year-other-2017", { dateAdopted: "2017", adoptingBodyId: other.id }),
    ];
    try {
      expect(await perYear()).toEqual(["2019 declaration 1", ...before]);
    } finally {
      await fixture.db.document.deleteMany({ where: { id: { in: created.map((d) => d.id) } } });
      await fixture.db.meeting.delete({ where: { id: draftMeeting.id } });
      await fixture.db.organization.delete({ where: { id: other.id } });
    }
  });

  it("lists documents with facet counts and narrows them by facet", async () => {
    const all = await callers.anonymous.publicPages.documents();
    expect(all.total).toBe(16);
    expect(all.facets.type.find((f) => f.value === "statement")?.count).toBe(6);
    expect(all.facets.type.find((f) => f.value === "decision")?.count).toBe(3);
    expect(all.facets.year).toEqual([{ value: "2020", count: 15 }]);
    // Per year by type (the registry's chart): every dated document once, under its year and type.
    expect(all.perYear.reduce((sum, entry) => sum + entry.count, 0)).toBe(15);
    expect(all.perYear).toContainEqual({ year: "2020", type: "decision", count: 3 });
    expect(new Set(all.perYear.map((entry) => `${entry.year} ${entry.type}`)).size).toBe(all.perYear.length);
    const decisions = await callers.anonymous.publicPages.documents({ type: "decision", year: "2020" });
    expect(decisions.total).toBe(3);
    expect(decisions.items.every((i) => i.document.type === "decision")).toBe(true);
    expect(decisions.facets.type).toEqual([{ value: "decision", count: 3 }]);
  });

  it("filters the registry by keywords in any language, with the facets, public documents only, sorted", async () => {
    const all = await callers.anonymous.publicPages.documents();
    const slugs = (registry: typeof all) => registry.items.map((i) => i.document.slug);
    const english = (registry: typeof all) => registry.items.map((i) => i.document.titleI18n.en);

    const declaration = await callers.anonymous.publicPages.documents({ q: "declaration" });
    expect(slugs(declaration)).toContain("moscow-declaration-2020-11-10");
    expect(english(declaration).every((title) => /declaration/i.test(title))).toBe(true);
    // Case-insensitive, in Russian too; every word must be there.
    expect(slugs(await callers.anonymous.publicPages.documents({ q: "ДЕКЛАРАЦИЯ московская" }))).toEqual([
      "moscow-declaration-2020-11-10",
    ]);
    const leaders = await callers.anonymous.publicPages.documents({ q: "statement LEADERS" });
    expect(leaders.total).toBe(english(all).filter((t) => /statement/i.test(t) && /leaders/i.test(t)).length);
    expect(leaders.total).toBeGreaterThan(1);
    expect(leaders.facets.type).toEqual([{ value: "statement", count: leaders.total }]);
    // With a facet: both must hold. Wildcards are taken literally.
    expect(
      (await callers.anonymous.publicPages.documents({ q: "declaration", type: "decision" })).total,
    ).toBe(0);
    expect((await callers.anonymous.publicPages.documents({ q: "%" })).total).toBe(0);

    // A draft with the word is not listed.
    const meetingId = (await fixture.db.meeting.findFirstOrThrow({ where: { slug: seedSlug } })).id;
    await fixture.db.document.create({
      data: {
        slug: "registry-draft-declaration-2020",
        titleI18n: { en: "Unpublished Registry Declaration" },
        type: "declaration",
        action: "adopted",
        meetingId,
        status: "draft",
      },
    });
    expect((await callers.anonymous.publicPages.documents({ q: "unpublished registry" })).total).toBe(0);
    expect(slugs(await callers.anonymous.publicPages.documents({ q: "declaration" }))).not.toContain(
      "registry-draft-declaration-2020",
    );

    // By title, in the reader's language (English where a title has no translation), paged in that order.
    const byTitle = await callers.anonymous.publicPages.documents({ sort: "title", locale: "en" });
    const sorted = [...english(all)].sort(
      new Intl.Collator("en", { sensitivity: "base", numeric: true }).compare,
    );
    expect(english(byTitle)).toEqual(sorted);
    const second = await callers.anonymous.publicPages.documents({
      sort: "title",
      locale: "en",
      limit: 3,
      offset: 3,
    });
    expect(english(second)).toEqual(sorted.slice(3, 6));
    // In Russian, the Russian titles (English where there is none), in Russian collation.
    const russian = await callers.anonymous.publicPages.documents({ sort: "title", locale: "ru" });
    const russianTitles = russian.items.map((i) => i.document.titleI18n.ru ?? i.document.titleI18n.en);
    expect(russianTitles).toContain("Московская декларация");
    expect(russianTitles).toEqual(
      [...russianTitles].sort(new Intl.Collator("ru", { numeric: true }).compare),
    );
    expect(slugs(russian)).not.toEqual(slugs(byTitle));
  });

  it("shows a topic's meetings and documents, and the archive by year", async () => {
    const topics = await callers.anonymous.publicPages.topics();
    expect(topics).toHaveLength(10);
    const drugs = await callers.anonymous.publicPages.topic({ slug: "drug-threat" });
    expect(drugs.meetings.map((m) => m.slug)).toEqual([seedSlug]);
    expect(await callers.anonymous.publicPages.archiveYears()).toEqual([{ year: "2020", count: 1 }]);
    expect((await callers.anonymous.publicPages.archiveYear({ year: "2020" })).map((m) => m.slug)).toEqual([
      seedSlug,
    ]);
    expect(await callers.anonymous.publicPages.archiveYear({ year: "2019" })).toEqual([]);
  });

  it("gives an export the organizations above the ones it names, and nothing that is not public", async () => {
    const bySlug = async (slug: string) =>
      (await fixture.db.organization.findUniqueOrThrow({ where: { slug } })).id;
    const committee = await bySlug("sco-rats-executive-committee");
    const secretariat = await bySlug("sco-secretariat");
    const kazakhstan = (await fixture.db.country.findUniqueOrThrow({ where: { slug: "kazakhstan" } })).id;
    const references = await callers.anonymous.publicPages.exportReferences({
      organizationIds: [committee, secretariat],
      countryIds: [kazakhstan],
    });
    expect(references.organizations.map((o) => o.slug).sort()).toEqual([
      "sco-rats-executive-committee",
      "sco-regional-anti-terrorist-structure",
      "shanghai-cooperation-organisation",
    ]);
    expect(references.countries.map((c) => c.iso2)).toEqual(["KZ"]);
  });

  it("shows nothing of a trashed meeting: no country, organization, topic, document or year", async () => {
    const { meeting } = await callers.anonymous.meeting.bySlug({ slug: seedSlug });
    await callers.editor.trash.move({ entityType: "meeting", id: meeting.id, version: meeting.version });
    try {
      expect(await errorCode(callers.anonymous.publicPages.country({ slug: "tajikistan" }))).toBe(
        "NOT_FOUND",
      );
      // A document is public only while its meeting is: the meeting's documents, and the topics only they and the
      // meeting refer to, go with it.
      expect(
        await errorCode(callers.anonymous.document.bySlug({ slug: "moscow-declaration-2020-11-10" })),
      ).toBe("NOT_FOUND");
      expect(await errorCode(callers.anonymous.publicPages.topic({ slug: "drug-threat" }))).toBe("NOT_FOUND");
      expect(
        (await callers.anonymous.publicPages.documents()).items.map((i) => i.document.slug),
      ).not.toContain("moscow-declaration-2020-11-10");
      expect(await callers.anonymous.publicPages.archiveYears()).toEqual([]);
      // Nothing public refers to the SCO or its bodies any more.
      expect(
        await errorCode(
          callers.anonymous.publicPages.organization({ slug: "shanghai-cooperation-organisation" }),
        ),
      ).toBe("NOT_FOUND");
    } finally {
      await callers.editor.trash.restore({
        entityType: "meeting",
        id: meeting.id,
        version: meeting.version + 1,
      });
    }
  });

  it("sends a renamed person's or document's old slug to the current one, never to a record that is not public", async () => {
    const person = await fixture.db.person.findUniqueOrThrow({ where: { slug: "jumakhon-giyosov" } });
    await callers.editor.person.update({
      id: person.id,
      version: person.version,
      slug: "jumakhon-giyosov-renamed",
    });
    expect(
      await callers.anonymous.publicPages.redirect({ entityType: "person", slug: "jumakhon-giyosov" }),
    ).toBe("jumakhon-giyosov-renamed");
    expect(await callers.anonymous.publicPages.redirect({ entityType: "person", slug: "nobody" })).toBeNull();
    const renamed = await fixture.db.person.findUniqueOrThrow({ where: { id: person.id } });
    await callers.editor.person.update({ id: person.id, version: renamed.version, slug: "jumakhon-giyosov" });

    const document = await fixture.db.document.findUniqueOrThrow({
      where: { slug: "moscow-declaration-2020-11-10" },
    });
    const updated = await callers.editor.document.update({
      id: document.id,
      version: document.version,
      slug: "moscow-declaration",
    });
    expect(
      await callers.anonymous.publicPages.redirect({
        entityType: "document",
        slug: "moscow-declaration-2020-11-10",
      }),
    ).toBe("moscow-declaration");
    await callers.editor.trash.move({
      entityType: "document",
      id: document.id,
      version: updated.record.version,
    });
    expect(
      await callers.anonymous.publicPages.redirect({
        entityType: "document",
        slug: "moscow-declaration-2020-11-10",
      }),
    ).toBeNull();
  });
});
