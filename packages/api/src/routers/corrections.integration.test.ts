import { describeEachDatabase } from "@plenary/db/testing";
import { seed } from "@plenary/db/seed";
import { MeetingDetail, OrganizationProfile, PersonDetail } from "@plenary/domain";
import { beforeAll, expect, it } from "vitest";
import { callersFor } from "../test-callers";

type Callers = Awaited<ReturnType<typeof callersFor>>;

const seedSlug = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";

/** Editors' names and emails are never public: nothing of them may appear in what the public reads. */
function expectNoEditor(answer: unknown, editor: { name: string; email: string }) {
  const text = JSON.stringify(answer);
  expect(text).not.toContain(editor.email);
  expect(text).not.toContain(editor.name);
}

describeEachDatabase("corrections the public can see", (fixture) => {
  let callers: Callers;
  let editor: { name: string; email: string };
  let seedId: string;

  beforeAll(async () => {
    await seed(fixture.db);
    callers = await callersFor(fixture.db);
    const user = await fixture.db.user.findFirstOrThrow({ where: { role: "editor" } });
    editor = { name: user.name, email: user.email };
    seedId = (await fixture.db.meeting.findUniqueOrThrow({ where: { slug: seedSlug } })).id;
  });

  it("says a record published once and never changed has no corrections", async () => {
    const meeting = await callers.anonymous.meeting.bySlug({ slug: seedSlug });
    expect(meeting.lastCorrectedAt).toBeNull();
    expect(meeting.corrections).toEqual([]);
    const tajikistan = await callers.anonymous.publicPages.country({ slug: "tajikistan" });
    expect(tajikistan).toMatchObject({ lastCorrectedAt: null, corrections: [] });
  });

  it("lists a published meeting's corrections with the public fields they changed, newest first", async () => {
    const start = await callers.viewer.meeting.record({ id: seedId });
    await callers.editor.meeting.saveRecord({ ...start, summaryI18n: { en: "A corrected summary." } });
    const second = await callers.viewer.meeting.record({ id: seedId });
    await callers.editor.meeting.saveRecord({
      ...second,
      startDate: "2020-11-09",
      endDate: "2020-11-10",
      participations: second.participations.map((p, i) => (i === 0 ? { ...p, role: "participant" } : p)),
    });

    const meeting = await callers.anonymous.meeting.bySlug({ slug: seedSlug });
    expect(meeting.corrections.map((c) => c.fields)).toEqual([["dates", "participants"], ["summary"]]);
    // Old and new values of the plain fields; a list of participants is named, not copied.
    expect(meeting.corrections.map((c) => c.changes)).toEqual([
      [
        { field: "dates", value: "startDate", from: start.startDate, to: "2020-11-09" },
        { field: "dates", value: "endDate", from: start.endDate, to: "2020-11-10" },
      ].filter((change) => change.from !== change.to),
      [
        {
          field: "summary",
          value: "summary",
          from: start.summaryI18n ?? null,
          to: { en: "A corrected summary." },
        },
      ],
    ]);
    const revisions = await fixture.db.revision.findMany({
      where: { entityType: "meeting", entityId: seedId },
      orderBy: { version: "desc" },
      take: 2,
    });
    expect(meeting.corrections.map((c) => c.at)).toEqual(revisions.map((r) => r.at));
    expect(meeting.lastCorrectedAt).toEqual(revisions[0]!.at);
    expectNoEditor(meeting, editor);
    // The answer is what its JSON Schema describes (the schema is generated from this zod schema).
    expect(MeetingDetail.safeParse(meeting).success).toBe(true);
  });

  it("does not report a draft document added to a published meeting", async () => {
    const before = await callers.anonymous.meeting.bySlug({ slug: seedSlug });
    const record = await callers.viewer.meeting.record({ id: seedId });
    await callers.editor.meeting.saveRecord({
      ...record,
      documents: [
        ...record.documents,
        {
          key: "draft",
          titleI18n: { en: "A concept still in draft" },
          type: "concept",
          action: "adopted",
        },
      ],
    });
    const added = await fixture.db.document.findFirstOrThrow({
      where: { meetingId: seedId, titleI18n: { equals: { en: "A concept still in draft" } } },
    });
    expect(added.status).toBe("draft");
    const after = await callers.anonymous.meeting.bySlug({ slug: seedSlug });
    expect(after.corrections).toEqual(before.corrections);
    expect(JSON.stringify(after)).not.toContain("A concept still in draft");
  });

  it("counts nothing edited before publication, and a change made while unpublished once it is public again", async () => {
    const seeded = await callers.viewer.meeting.record({ id: seedId });
    const { record } = await callers.editor.meeting.saveRecord({
      ...seeded,
      id: undefined,
      version: undefined,
      slug: undefined,
      titleI18n: { en: "Meeting of the SCO Council of Heads of State" },
      startDate: "2021-09-17",
      endDate: "2021-09-17",
      participations: seeded.participations.map((p) => ({ ...p, id: undefined })),
      chairmanships: [],
      speeches: [],
      tallies: [],
      documents: [],
    });
    // Two edits of the draft: the public never saw them.
    const draft = await callers.editor.meeting.saveRecord({
      ...(await callers.viewer.meeting.record({ id: record.id })),
      summaryI18n: { en: "Draft summary." },
    });
    const published = await callers.editor.publishing.publishMeeting({
      id: record.id,
      version: draft.record.version,
      confirmedDocumentIds: [],
    });
    expect((await callers.anonymous.meeting.bySlug({ slug: record.slug })).corrections).toEqual([]);

    // Unpublished, its venue changed, published again: one correction, dated when it was public again.
    const [unpublished] = await callers.editor.publishing.setStatusMany({
      status: "draft",
      items: [{ entityType: "meeting", id: record.id, version: published.record.version }],
    });
    expect(unpublished).toMatchObject({ ok: true });
    const edited = await callers.editor.meeting.saveRecord({
      ...(await callers.viewer.meeting.record({ id: record.id })),
      attendanceMode: "in_person",
    });
    await callers.editor.publishing.publishMeeting({
      id: record.id,
      version: edited.record.version,
      confirmedDocumentIds: [],
    });
    const meeting = await callers.anonymous.meeting.bySlug({ slug: record.slug });
    const republished = await fixture.db.revision.findFirstOrThrow({
      where: { entityType: "meeting", entityId: record.id },
      orderBy: { version: "desc" },
    });
    expect(meeting.corrections).toEqual([
      {
        at: republished.at,
        fields: ["attendanceMode"],
        changes: [
          { field: "attendanceMode", value: "attendanceMode", from: seeded.attendanceMode, to: "in_person" },
        ],
      },
    ]);
  });

  it("lists corrections of people, countries, organizations and documents, public fields only", async () => {
    const person = await fixture.db.person.findUniqueOrThrow({ where: { slug: "jumakhon-giyosov" } });
    // sortName is not shown on the page: a change to it alone is no public correction.
    await callers.editor.person.update({ id: person.id, version: person.version, sortName: "Giyosov, J." });
    await callers.editor.person.update({ id: person.id, version: person.version + 1, birthDate: "1960" });
    const giyosov = await callers.anonymous.person.detail({ slug: "jumakhon-giyosov" });
    expect(giyosov.corrections.map((c) => c.fields)).toEqual([["birthDate"]]);
    expect(giyosov.corrections[0]!.changes).toEqual([
      { field: "birthDate", value: "birthDate", from: person.birthDate, to: "1960" },
    ]);
    expect(JSON.stringify(giyosov.corrections)).not.toContain("Giyosov, J.");
    expectNoEditor(giyosov, editor);
    expect(PersonDetail.safeParse(giyosov).success).toBe(true);

    const country = await fixture.db.country.findUniqueOrThrow({ where: { slug: "tajikistan" } });
    await callers.editor.country.update({
      id: country.id,
      version: country.version,
      otherNames: [...country.otherNames, "Republic of Tajikistan"],
    });
    expect(
      (await callers.anonymous.publicPages.country({ slug: "tajikistan" })).corrections.map((c) => c.fields),
    ).toEqual([["otherNames"]]);

    const sco = await fixture.db.organization.findUniqueOrThrow({
      where: { slug: "shanghai-cooperation-organisation" },
    });
    await callers.editor.organization.update({
      id: sco.id,
      version: sco.version,
      foundingDate: "2001-06-15",
      officialLanguages: ["ru", "zh", "en"],
    });
    const organization = await callers.anonymous.publicPages.organization({
      slug: "shanghai-cooperation-organisation",
    });
    expect(organization.corrections.map((c) => c.fields)).toEqual([["officialLanguages"]]);
    expect(organization.corrections[0]!.changes).toEqual([
      {
        field: "officialLanguages",
        value: "officialLanguages",
        from: sco.officialLanguages,
        to: ["ru", "zh", "en"],
      },
    ]);
    expect(OrganizationProfile.safeParse(organization).success).toBe(true);

    const declaration = await fixture.db.document.findUniqueOrThrow({
      where: { slug: "moscow-declaration-2020-11-10" },
    });
    await callers.editor.document.update({
      id: declaration.id,
      version: declaration.version,
      legalStatus: "in_force",
    });
    const document = await callers.anonymous.document.bySlug({ slug: "moscow-declaration-2020-11-10" });
    expect(document.corrections.map((c) => c.fields)).toEqual([["legalStatus"]]);
    expect(document.corrections[0]!.changes).toEqual([
      { field: "legalStatus", value: "legalStatus", from: declaration.legalStatus, to: "in_force" },
    ]);
    expect(document.lastCorrectedAt).toEqual(document.corrections[0]!.at);
  });
});
