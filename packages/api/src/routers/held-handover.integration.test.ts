import { describeEachDatabase } from "@plenary/db/testing";
import { seed } from "@plenary/db/seed";
import type { EditableMeeting } from "@plenary/domain";
import { beforeAll, expect, it } from "vitest";
import { callersFor } from "../test-callers";
import { trpcError } from "../test-errors";

type Callers = Awaited<ReturnType<typeof callersFor>>;

/**
 * A draft's handover is held with the draft: the shared terms the public reads (on the country's, the
 * organization's and the earlier meeting's pages) change only when the draft is published, and a draft put in the
 * trash leaves them as they were. Before, saving a draft — an imported release with "Accept chairmanship" ticked —
 * ended Tajikistan's public term at once, and trashing the draft left it ended.
 */
describeEachDatabase("a draft's chairmanship handover, held until it is published", (fixture) => {
  let callers: Callers;
  let seedRecord: EditableMeeting;
  let tajikistanTerm: string;
  let scoId: string;
  let uzbekistanId: string;

  const termRow = () => fixture.db.chairmanship.findUniqueOrThrow({ where: { id: tajikistanTerm } });
  const publicTerms = async () => ({
    tajikistan: (await callers.anonymous.publicPages.country({ slug: "tajikistan" })).chairmanships.map(
      (c) => [c.chairmanship.startDate, c.chairmanship.endDate],
    ),
    uzbekistan: (await callers.anonymous.publicPages.country({ slug: "uzbekistan" })).chairmanships.length,
    sco: (await callers.anonymous.publicPages.organization({ slug: "shanghai-cooperation-organisation" }))
      .chairmanships.length,
  });

  /** A new draft meeting of the SCO on `date` that ends Tajikistan's term and starts Uzbekistan's. */
  const draftHandingOver = async (date: string) =>
    (
      await callers.editor.meeting.saveRecord({
        titleI18n: { en: `Meeting of the SCO Council of Heads of State (${date})` },
        classification: "summit",
        attendanceMode: "in_person",
        startDate: date,
        endDate: date,
        bodyId: seedRecord.bodyId,
        seriesId: seedRecord.seriesId,
        sources: [{ url: `https://example.org/sco-${date}`, title: "Press release" }],
        participations: [
          {
            ...seedRecord.participations.find((p) => p.role === "chair")!,
            id: undefined,
            occupancyId: null,
            role: "participant",
          },
        ],
        chairmanships: [
          {
            id: tajikistanTerm,
            at: "end",
            organizationId: scoId,
            countryId: (await termRow()).countryId,
            startDate: "2020-11-10",
            endDate: date,
          },
          { at: "start", organizationId: scoId, countryId: uzbekistanId, startDate: date },
        ],
      })
    ).record;

  beforeAll(async () => {
    await seed(fixture.db);
    callers = await callersFor(fixture.db);
    const seedMeeting = await fixture.db.meeting.findUniqueOrThrow({
      where: { slug: "meeting-of-the-sco-council-of-heads-of-state-2020-11-10" },
    });
    seedRecord = await callers.viewer.meeting.record({ id: seedMeeting.id });
    const tajikistan = await fixture.db.country.findUniqueOrThrow({ where: { iso2: "TJ" } });
    uzbekistanId = (await fixture.db.country.findUniqueOrThrow({ where: { iso2: "UZ" } })).id;
    const term = await fixture.db.chairmanship.findFirstOrThrow({ where: { countryId: tajikistan.id } });
    tajikistanTerm = term.id;
    scoId = term.organizationId;
  });

  it("leaves the public terms alone while the draft is saved, and as they were when it goes to the trash", async () => {
    const before = await publicTerms();
    expect(before.tajikistan).toEqual([["2020-11-10", null]]);
    const rowBefore = await termRow();
    const count = await fixture.db.chairmanship.count();

    const draft = await draftHandingOver("2021-09-17");
    expect(draft.chairmanships.map((c) => [c.at, c.endDate])).toEqual([
      ["end", "2021-09-17"],
      ["start", null],
    ]);
    expect(await publicTerms()).toEqual(before);
    expect(await termRow()).toEqual(rowBefore);
    expect(await fixture.db.chairmanship.count()).toBe(count);

    await callers.editor.trash.move({ entityType: "meeting", id: draft.id, version: draft.version });
    expect(await publicTerms()).toEqual(before);
    expect(await termRow()).toEqual(rowBefore);
    expect(await fixture.db.chairmanship.count()).toBe(count);
  });

  it("writes the held handover on publication, and refuses a second draft whose handover no longer fits", async () => {
    const first = await draftHandingOver("2021-09-17");
    const second = await draftHandingOver("2021-09-18");

    await callers.editor.publishing.publishMeeting({
      id: first.id,
      version: first.version,
      confirmedDocumentIds: [],
    });
    expect(await termRow()).toMatchObject({ endDate: "2021-09-17", endedAtMeetingId: first.id });
    const after = await publicTerms();
    expect(after.tajikistan).toEqual([["2020-11-10", "2021-09-17"]]);
    expect(after.uzbekistan).toBe(1);

    // The second draft still holds Uzbekistan's term from the 18th, which now overlaps the one from the 17th: its
    // publication is refused with the rule, and nothing changes.
    const count = await fixture.db.chairmanship.count();
    const error = await trpcError(
      callers.editor.publishing.publishMeeting({
        id: second.id,
        version: second.version,
        confirmedDocumentIds: [],
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(await termRow()).toMatchObject({ endDate: "2021-09-17", endedAtMeetingId: first.id });
    expect(await fixture.db.chairmanship.count()).toBe(count);
    expect((await callers.viewer.meeting.record({ id: second.id })).status).toBe("draft");
  });
});
