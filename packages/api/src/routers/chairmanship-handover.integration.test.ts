import { describeEachDatabase } from "@plenary/db/testing";
import { seed } from "@plenary/db/seed";
import type { MeetingRecordInput } from "@plenary/domain";
import { beforeAll, expect, it } from "vitest";
import { callersFor } from "../test-callers";
import { pathsOf, trpcError } from "../test-errors";

type Callers = Awaited<ReturnType<typeof callersFor>>;

/**
 * A presidency runs from one summit to the next, so it is linked to both. Meeting A (the seed, 10 November 2020)
 * records Tajikistan's term starting; meeting B (17 September 2021) records the same term ending and Uzbekistan's
 * starting. With a single "handover meeting" link, saving B moved Tajikistan's term off A, and A's page lost
 * "Tajikistan took over here".
 */
describeEachDatabase("chairmanships linked at both ends", (fixture) => {
  let callers: Callers;
  const seedSlug = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";
  let meetingA: string;
  let meetingB: string;
  let tajikistanTerm: string;
  let scoId: string;
  let uzbekistanId: string;
  let tajikistanId: string;

  const chairsOf = async (meetingId: string) =>
    (await callers.viewer.meeting.record({ id: meetingId })).chairmanships.map((c) => [
      c.countryId,
      c.at,
      c.startDate,
      c.endDate,
    ]);
  const linksOf = async (id: string) =>
    fixture.db.chairmanship.findUniqueOrThrow({
      where: { id },
      select: { startedAtMeetingId: true, endedAtMeetingId: true },
    });

  beforeAll(async () => {
    await seed(fixture.db);
    callers = await callersFor(fixture.db);
    meetingA = (await fixture.db.meeting.findUniqueOrThrow({ where: { slug: seedSlug } })).id;
    const tajikistan = await fixture.db.country.findUniqueOrThrow({ where: { iso2: "TJ" } });
    uzbekistanId = (await fixture.db.country.findUniqueOrThrow({ where: { iso2: "UZ" } })).id;
    tajikistanId = tajikistan.id;
    const term = await fixture.db.chairmanship.findFirstOrThrow({ where: { countryId: tajikistan.id } });
    tajikistanTerm = term.id;
    scoId = term.organizationId;

    const a = await callers.viewer.meeting.record({ id: meetingA });
    const { record: b } = await callers.editor.meeting.saveRecord({
      titleI18n: { en: "Meeting of the SCO Council of Heads of State" },
      classification: "summit",
      attendanceMode: "hybrid",
      startDate: "2021-09-17",
      endDate: "2021-09-17",
      bodyId: a.bodyId,
      seriesId: a.seriesId,
      sources: [{ url: "https://example.org/sco-2021", title: "Press release" }],
      participations: [
        {
          ...a.participations.find((p) => p.role === "chair")!,
          id: undefined,
          occupancyId: null,
          role: "participant",
        },
      ],
    });
    meetingB = b.id;
  });

  it("keeps A's 'Tajikistan took over here' after B records the same term ending", async () => {
    expect(await chairsOf(meetingA)).toContainEqual([expect.any(String), "start", "2020-11-10", null]);

    const b = await callers.viewer.meeting.record({ id: meetingB });
    const tajikistanAtA = (await callers.viewer.meeting.record({ id: meetingA })).chairmanships.find(
      (c) => c.id === tajikistanTerm,
    )!;
    await callers.editor.meeting.saveRecord({
      ...b,
      chairmanships: [
        { ...tajikistanAtA, at: "end", endDate: "2021-09-17" },
        { at: "start", organizationId: scoId, countryId: uzbekistanId, startDate: "2021-09-17" },
      ],
    });

    // B is a draft: it holds its handover, and the shared terms stay as the public knows them until it is
    // published. A still says Tajikistan's term started there, still open; A's public page does not change.
    const atA = (await callers.viewer.meeting.record({ id: meetingA })).chairmanships;
    expect(atA.map((c) => [c.id, c.at, c.startDate, c.endDate])).toContainEqual([
      tajikistanTerm,
      "start",
      "2020-11-10",
      null,
    ]);
    const pageA = await callers.anonymous.meeting.bySlug({ slug: seedSlug });
    expect(pageA.chairmanships.map((c) => [c.country.iso2, c.at, c.chairmanship.endDate])).toEqual([
      ["RU", "end", "2020-11-10"],
      ["TJ", "start", null],
    ]);
    expect(pageA.chairmanships[1]!.chairmanship).toMatchObject({
      startedAtMeetingId: meetingA,
      endedAtMeetingId: null,
    });
    expect(await linksOf(tajikistanTerm)).toEqual({ startedAtMeetingId: meetingA, endedAtMeetingId: null });
    // Nor does the SCO's page: no term of Uzbekistan's yet.
    const scoBefore = await callers.anonymous.publicPages.organization({
      slug: "shanghai-cooperation-organisation",
    });
    expect(scoBefore.chairmanships.map((c) => [c.country.iso2, c.chairmanship.endDate])).toEqual([
      ["RU", "2020-11-10"],
      ["TJ", null],
    ]);

    // B's editor and B's page as the admin reads it show the handover B holds: the term ending there and Uzbekistan's starting.
    expect(await chairsOf(meetingB)).toEqual([
      [tajikistanId, "end", "2020-11-10", "2021-09-17"],
      [uzbekistanId, "start", "2021-09-17", null],
    ]);
    const preview = await callers.viewer.meeting.byId({ id: meetingB });
    expect(preview.chairmanships.map((c) => [c.country.iso2, c.at, c.chairmanship.endDate])).toEqual([
      ["TJ", "end", "2021-09-17"],
      ["UZ", "start", null],
    ]);
    expect(preview.chairmanships[0]!.chairmanship).toMatchObject({
      id: tajikistanTerm,
      startedAtMeetingId: meetingA,
      endedAtMeetingId: meetingB,
    });

    // Saving A again changes nothing B holds.
    await callers.editor.meeting.saveRecord(await callers.viewer.meeting.record({ id: meetingA }));
    expect(await linksOf(tajikistanTerm)).toEqual({ startedAtMeetingId: meetingA, endedAtMeetingId: null });
    expect((await chairsOf(meetingB)).map(([country, at]) => [country, at])).toEqual([
      [tajikistanId, "end"],
      [uzbekistanId, "start"],
    ]);

    // Once B is published, A's page and the SCO's page name both meetings.
    const { record: published } = await callers.editor.publishing.publishMeeting({
      id: meetingB,
      version: (await callers.viewer.meeting.record({ id: meetingB })).version,
      confirmedDocumentIds: [],
    });
    expect(published.status).toBe("published");
    expect(await linksOf(tajikistanTerm)).toEqual({
      startedAtMeetingId: meetingA,
      endedAtMeetingId: meetingB,
    });
    expect(await chairsOf(meetingA)).toContainEqual([
      expect.any(String),
      "start",
      "2020-11-10",
      "2021-09-17",
    ]);
    expect(await chairsOf(meetingB)).toEqual([
      [expect.any(String), "end", "2020-11-10", "2021-09-17"],
      [uzbekistanId, "start", "2021-09-17", null],
    ]);
    expect(await fixture.db.meeting.findUniqueOrThrow({ where: { id: meetingB } })).toMatchObject({
      heldChairmanships: null,
    });
    const term = (await callers.anonymous.meeting.bySlug({ slug: seedSlug })).chairmanships.find(
      (c) => c.chairmanship.id === tajikistanTerm,
    )!;
    expect(term.chairmanship).toMatchObject({ startedAtMeetingId: meetingA, endedAtMeetingId: meetingB });
    const sco = await callers.anonymous.publicPages.organization({
      slug: "shanghai-cooperation-organisation",
    });
    expect(
      sco.chairmanships.map((c) => [
        c.country.iso2,
        c.startedAtMeeting?.slug ?? null,
        c.endedAtMeeting?.slug ?? null,
      ]),
    ).toEqual([
      ["RU", null, seedSlug],
      ["TJ", seedSlug, published.slug],
      ["UZ", published.slug, null],
    ]);
  });

  it("links the stored term when a meeting lists it without its id, instead of adding an overlapping one", async () => {
    const b = await callers.viewer.meeting.record({ id: meetingB });
    const count = await fixture.db.chairmanship.count();
    const { record } = await callers.editor.meeting.saveRecord({
      ...b,
      chairmanships: b.chairmanships.map(({ id: _id, ...c }) => (void _id, c)),
    });
    expect(record.chairmanships.map((c) => c.id)).toEqual(b.chairmanships.map((c) => c.id));
    expect(await fixture.db.chairmanship.count()).toBe(count);
    expect(await linksOf(tajikistanTerm)).toEqual({
      startedAtMeetingId: meetingA,
      endedAtMeetingId: meetingB,
    });
  });

  it("checks both ends of a term: a start moved off A's date is refused from B's editor", async () => {
    const b = await callers.viewer.meeting.record({ id: meetingB });
    const moved = b.chairmanships.map((c) =>
      c.id === tajikistanTerm ? { ...c, startDate: "2020-11-11" } : c,
    );
    const error = await trpcError(callers.editor.meeting.saveRecord({ ...b, chairmanships: moved }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(pathsOf(error)).toEqual(["chairmanships.0.startDate"]);
    // This meeting's own end is checked too.
    const wrongEnd = b.chairmanships.map((c) =>
      c.id === tajikistanTerm ? { ...c, endDate: "2021-09-16" } : c,
    );
    expect(
      pathsOf(await trpcError(callers.editor.meeting.saveRecord({ ...b, chairmanships: wrongEnd }))),
    ).toEqual(expect.arrayContaining(["chairmanships.0.endDate"]));
  });

  it("refuses a term listed as both starting and ending at one meeting", async () => {
    const b = await callers.viewer.meeting.record({ id: meetingB });
    const tajikistan = b.chairmanships.find((c) => c.id === tajikistanTerm)!;
    const both: MeetingRecordInput["chairmanships"] = [...b.chairmanships, { ...tajikistan, at: "start" }];
    const error = await trpcError(callers.editor.meeting.saveRecord({ ...b, chairmanships: both }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(pathsOf(error)).toContain("chairmanships.2.at");
    expect(await linksOf(tajikistanTerm)).toEqual({
      startedAtMeetingId: meetingA,
      endedAtMeetingId: meetingB,
    });
  });

  it("taking a term off B clears only B's link: A keeps the start", async () => {
    const b = await callers.viewer.meeting.record({ id: meetingB });
    await callers.editor.meeting.saveRecord({
      ...b,
      chairmanships: b.chairmanships.filter((c) => c.id !== tajikistanTerm),
    });
    expect(await linksOf(tajikistanTerm)).toEqual({ startedAtMeetingId: meetingA, endedAtMeetingId: null });
    expect((await chairsOf(meetingA)).filter(([, at]) => at === "start")).toEqual([
      [expect.any(String), "start", "2020-11-10", "2021-09-17"],
    ]);
    expect((await chairsOf(meetingB)).map(([country, at]) => [country, at])).toEqual([
      [uzbekistanId, "start"],
    ]);
  });
});
