import { describeEachDatabase } from "@plenary/db/testing";
import { seed } from "@plenary/db/seed";
import type { EditableMeeting } from "@plenary/domain";
import { beforeAll, expect, it } from "vitest";
import { callersFor } from "../test-callers";
import { trpcError } from "../test-errors";

type Callers = Awaited<ReturnType<typeof callersFor>>;

/**
 * A meeting's save may name a stored document in its package only if the document is its own, or recorded on its
 * own and not hidden by joining. Before, any save could list another meeting's document by id: the write moved it
 * over silently (the other meeting lost it without a new version or a line in its history), and a draft that took a
 * public document hid it from the public site until the draft was published — or for good, once trashed.
 */
describeEachDatabase("documents a meeting's package takes from elsewhere", (fixture) => {
  let callers: Callers;
  let seedRecord: EditableMeeting;
  let declaration: EditableMeeting["documents"][number];

  const slug = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";
  const seedNow = async () =>
    callers.viewer.meeting.record({
      id: (await fixture.db.meeting.findUniqueOrThrow({ where: { slug } })).id,
    });
  const publicMeetingOf = async (documentSlug: string) =>
    (await callers.anonymous.document.bySlug({ slug: documentSlug })).meeting?.slug ?? null;
  const codesOf = (error: Awaited<ReturnType<typeof trpcError>>) =>
    ((error.cause as { issues?: { path: PropertyKey[]; code?: string }[] })?.issues ?? []).map(
      (i) => `${i.path.map(String).join(".")}:${i.code}`,
    );

  /** A new draft meeting of the same body whose package lists `document` by id. */
  const draftListing = (document: EditableMeeting["documents"][number]) =>
    callers.editor.meeting.saveRecord({
      titleI18n: { en: "Meeting of the SCO Council of Heads of State (2021-09-17)" },
      classification: "summit",
      attendanceMode: "in_person",
      startDate: "2021-09-17",
      endDate: "2021-09-17",
      bodyId: seedRecord.bodyId,
      sources: [{ url: "https://example.org/sco-2021", title: "Press release" }],
      participations: [],
      documents: [{ ...document, relations: [] }],
    });

  beforeAll(async () => {
    await seed(fixture.db);
    callers = await callersFor(fixture.db);
    seedRecord = await seedNow();
    declaration = seedRecord.documents.find((d) => d.type === "declaration")!;
  });

  it("refuses another meeting's document, and changes nothing: the document stays that meeting's, in public too", async () => {
    const meetingsBefore = await fixture.db.meeting.count();
    const refused = await trpcError(draftListing(declaration));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(codesOf(refused)).toContain("documents.0.id:document_of_another_meeting");
    expect(await fixture.db.meeting.count()).toBe(meetingsBefore);
    expect(await publicMeetingOf(declaration.slug!)).toBe(slug);
    expect((await seedNow()).documents.map((d) => d.id)).toEqual(seedRecord.documents.map((d) => d.id));
  });

  it("moves a document the way an editor would: out of one package, then into a published meeting's", async () => {
    // Taken out of the seed's package, the declaration stays stored and public, recorded on its own.
    const without = await callers.editor.meeting.saveRecord({
      ...seedRecord,
      documents: seedRecord.documents
        .filter((d) => d.id !== declaration.id)
        .map((d) => ({ ...d, relations: d.relations.filter((r) => r.to !== declaration.key) })),
      tallies: [],
    });
    expect(await publicMeetingOf(declaration.slug!)).toBeNull();

    // A draft may not take it: the public would lose it until the draft is published.
    const stored = (await callers.viewer.document.bySlugForEditor({ slug: declaration.slug! })).document;
    const refused = await trpcError(draftListing({ ...declaration, version: stored.version }));
    expect(codesOf(refused)).toContain("documents.0.id:published_document_into_draft");
    expect(await publicMeetingOf(declaration.slug!)).toBeNull();

    // A published meeting may.
    await callers.editor.meeting.saveRecord({
      ...without.record,
      documents: [...without.record.documents, { ...declaration, version: stored.version, relations: [] }],
    });
    expect(await publicMeetingOf(declaration.slug!)).toBe(slug);
  });
});
