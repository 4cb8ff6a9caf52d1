import { TRPCError } from "@trpc/server";
import { describeEachDatabase } from "@plenary/db/testing";
import { seed } from "@plenary/db/seed";
import { beforeAll, expect, it } from "vitest";
import { callersFor } from "../test-callers";

type Callers = Awaited<ReturnType<typeof callersFor>>;

async function isNotFound(promise: Promise<unknown>): Promise<boolean> {
  try {
    await promise;
    return false;
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") return true;
    throw error;
  }
}

/**
 * Every public read the site's pages, JSON API, exports, feeds, sitemap and search are built on, checked against a
 * draft meeting (with a person, a country's new post and a document of its own) and a trashed document.
 */
describeEachDatabase("drafts and trashed records stay out of every public read", (fixture) => {
  let callers: Callers;
  const draftSlug = "draft-summit-of-the-secret-council-2031-01-01";

  beforeAll(async () => {
    await seed(fixture.db);
    callers = await callersFor(fixture.db);
    const db = fixture.db;
    const body = await db.organization.findUniqueOrThrow({
      where: { slug: "sco-council-of-heads-of-state" },
    });
    const person = await db.person.create({
      data: {
        slug: "zebulon-draftman",
        nameI18n: { en: "Zebulon Draftman" },
        otherNames: [{ name: "Zebulon Draftmann" }],
      },
    });
    const meeting = await db.meeting.create({
      data: {
        slug: draftSlug,
        titleI18n: { en: "Draft summit of the Secret Council" },
        classification: "summit",
        attendanceMode: "in_person",
        startDate: "2031-01-01",
        endDate: "2031-01-01",
        bodyId: body.id,
        status: "draft",
      },
    });
    await db.participation.create({
      data: {
        meetingId: meeting.id,
        personId: person.id,
        titleAsStated: "Zebulon Draftman",
        category: "guest_state",
        role: "participant",
        mode: "in_person",
        protocolOrder: 1,
      },
    });
    await db.document.create({
      data: {
        slug: "draft-secret-declaration-2031",
        titleI18n: { en: "Secret Declaration" },
        type: "declaration",
        action: "adopted",
        meetingId: meeting.id,
        status: "draft",
      },
    });
    const declaration = await db.document.findUniqueOrThrow({
      where: { slug: "moscow-declaration-2020-11-10" },
    });
    await db.document.update({ where: { id: declaration.id }, data: { deletedAt: new Date() } });
  });

  it("keeps the draft meeting, its person and its document out of lists, pages, registry, archive and search", async () => {
    const anonymous = callers.anonymous;
    expect((await anonymous.meeting.list()).items.map((m) => m.slug)).not.toContain(draftSlug);
    expect(await isNotFound(anonymous.meeting.bySlug({ slug: draftSlug }))).toBe(true);
    expect((await anonymous.person.list({ limit: 200, offset: 0 })).items.map((p) => p.slug)).not.toContain(
      "zebulon-draftman",
    );
    expect(await isNotFound(anonymous.person.detail({ slug: "zebulon-draftman" }))).toBe(true);
    expect(await isNotFound(anonymous.document.bySlug({ slug: "draft-secret-declaration-2031" }))).toBe(true);
    const registry = await anonymous.publicPages.documents();
    expect(registry.items.map((i) => i.document.slug)).not.toContain("draft-secret-declaration-2031");
    expect(registry.facets.year.map((y) => y.value)).not.toContain("2031");
    expect((await anonymous.publicPages.archiveYears()).map((y) => y.year)).not.toContain("2031");
    expect(await anonymous.publicPages.archiveYear({ year: "2031" })).toEqual([]);
    const sco = await anonymous.publicPages.organization({ slug: "shanghai-cooperation-organisation" });
    expect(sco.meetings.map((m) => m.slug)).not.toContain(draftSlug);
    const search = await anonymous.search.all({ q: "Draftman" });
    expect(search.people).toEqual([]);
    expect((await anonymous.search.all({ q: "Secret Council" })).meetings.map((m) => m.slug)).not.toContain(
      draftSlug,
    );
    expect(
      (await anonymous.search.all({ q: "Secret Declaration" })).documents.map((d) => d.slug),
    ).not.toContain("draft-secret-declaration-2031");
  });

  it("keeps a trashed document out of the registry, its page, the meeting page and search", async () => {
    const anonymous = callers.anonymous;
    expect(await isNotFound(anonymous.document.bySlug({ slug: "moscow-declaration-2020-11-10" }))).toBe(true);
    expect((await anonymous.publicPages.documents()).items.map((i) => i.document.slug)).not.toContain(
      "moscow-declaration-2020-11-10",
    );
    const meeting = await anonymous.meeting.bySlug({
      slug: "meeting-of-the-sco-council-of-heads-of-state-2020-11-10",
    });
    expect(meeting.documents.map((d) => d.document.slug)).not.toContain("moscow-declaration-2020-11-10");
    expect(
      (await anonymous.search.all({ q: "Moscow Declaration" })).documents.map((d) => d.slug),
    ).not.toContain("moscow-declaration-2020-11-10");
  });
});
