import { TRPCError } from "@trpc/server";
import { describeEachDatabase } from "@plenary/db/testing";
import { seed } from "@plenary/db/seed";
import { beforeAll, expect, it } from "vitest";
import { appRouter } from "../root";
import { callersFor } from "../test-callers";

type Callers = Awaited<ReturnType<typeof callersFor>>;

async function trpcError(
  promise: Promise<unknown>,
): Promise<TRPCError & { issues?: { path: (string | number)[] }[] }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

/** The field paths a BAD_REQUEST names, as the error formatter sends them to clients. */
function pathsOf(error: TRPCError): string[] {
  const cause = error.cause as { issues?: { path: PropertyKey[] }[] } | undefined;
  return (cause?.issues ?? []).map((issue) => issue.path.map(String).join("."));
}

describeEachDatabase("meeting procedures", (fixture) => {
  let callers: Callers;
  const seedSlug = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";
  let bodyId: string;
  let seriesId: string;

  beforeAll(async () => {
    await seed(fixture.db);
    callers = await callersFor(fixture.db);
    const seeded = await fixture.db.meeting.findUniqueOrThrow({ where: { slug: seedSlug } });
    bodyId = seeded.bodyId!;
    seriesId = seeded.seriesId!;
  });

  it("serves the seed meeting publicly with every participant in protocol order", async () => {
    const list = await callers.anonymous.meeting.list();
    expect(list.items.map((m) => m.slug)).toEqual([seedSlug]);
    expect(list.items[0]?.participantCount).toBe(15);

    const detail = await callers.anonymous.meeting.bySlug({ slug: seedSlug });
    expect(detail.participations).toHaveLength(15);
    expect(detail.participations.map((p) => p.participation.protocolOrder)).toEqual(
      [...Array(15).keys()].map((i) => i + 1),
    );
    expect(detail.participations[5]).toMatchObject({
      participation: { role: "chair", titleAsStated: "Russian President Vladimir Putin" },
      person: { nameI18n: { en: "Vladimir Putin" } },
      post: { labelI18n: { en: "President of Russia" } },
      country: { iso2: "RU" },
    });
    expect(detail.body?.slug).toBe("sco-council-of-heads-of-state");
    expect(detail.organization?.slug).toBe("shanghai-cooperation-organisation");
    expect(detail.documents).toHaveLength(15);
    const actionPlan = detail.documents.find((d) => d.document.type === "action_plan")!;
    expect(actionPlan.document).toMatchObject({ validFrom: "2021", validTo: "2025" });
    expect(actionPlan.relations.map((r) => [r.direction, r.relation.type, r.other.type]).sort()).toEqual([
      ["incoming", "approves", "decision"],
      ["outgoing", "implements", "strategy"],
    ]);
    expect(detail.chairmanships.map((c) => c.country.iso2)).toEqual(["RU", "TJ"]);
    expect(detail.speeches.map((s) => s.speech.kind)).toEqual([
      "video_message",
      "paraphrase",
      "paraphrase",
      "paraphrase",
    ]);
    expect(detail.topics).toHaveLength(10);
  });

  it("refuses anonymous and viewer writes, and anonymous editor reads", async () => {
    expect((await trpcError(callers.anonymous.meeting.listAll())).code).toBe("UNAUTHORIZED");
    const draft = { titleI18n: { en: "X" }, classification: "summit", attendanceMode: "online" } as const;
    expect((await trpcError(callers.anonymous.meeting.saveRecord(draft))).code).toBe("UNAUTHORIZED");
    expect((await trpcError(callers.viewer.meeting.saveRecord(draft))).code).toBe("FORBIDDEN");
    expect((await callers.viewer.meeting.listAll()).total).toBe(1);
  });

  it("rejects invalid input with field paths and writes nothing", async () => {
    const before = await fixture.db.meeting.count();
    const error = await trpcError(
      callers.editor.meeting.saveRecord({
        titleI18n: { en: " " },
        classification: "summit",
        attendanceMode: "online",
        startDate: "2020-13-01",
      } as never),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(pathsOf(error)).toEqual(expect.arrayContaining(["titleI18n.en", "startDate"]));

    const backwards = await trpcError(
      callers.editor.meeting.saveRecord({
        titleI18n: { en: "Backwards" },
        classification: "summit",
        attendanceMode: "online",
        startDate: "2021-06-15",
        endDate: "2021-06-14",
      }),
    );
    expect(backwards.code).toBe("BAD_REQUEST");
    expect(pathsOf(backwards)).toEqual(["endDate"]);
    expect(await fixture.db.meeting.count()).toBe(before);
  });

  it("has one way to write a meeting: no procedure takes a status or publishes without the by-name confirmation", async () => {
    const procedures = Object.keys(appRouter._def.procedures);
    expect(procedures).toContain("meeting.saveRecord");
    expect(
      procedures.filter((p) =>
        /^(meeting|document)\.(create|update|publish|unpublish|trash|restore)$/.test(p),
      ),
    ).toEqual(["document.create", "document.update"]);
    // A status in a saved record is not a way to publish: the field is not part of the record input.
    const { record } = await callers.editor.meeting.saveRecord({
      titleI18n: { en: "Status smuggling" },
      classification: "summit",
      attendanceMode: "online",
      status: "published",
    } as never);
    expect(record.status).toBe("draft");
    await fixture.db.meeting.delete({ where: { id: record.id } });
  });

  it("keeps drafts out of public reads, derives the slug, and stores a revision per write", async () => {
    const { record, warnings } = await callers.editor.meeting.saveRecord({
      titleI18n: {
        en: "Meeting of the SCO Council of Heads of State",
        ru: "Заседание Совета глав государств — членов ШОС",
      },
      classification: "summit",
      attendanceMode: "in_person",
      startDate: "2021-09-17",
      endDate: "2021-09-17",
      bodyId,
      seriesId,
    });
    // With no participants yet there is no chair: a warning the editor sees, not a reason to refuse the draft.
    expect(warnings.map((w) => [w.severity, w.rule])).toEqual([["warning", "chair"]]);
    expect(record).toMatchObject({
      slug: "meeting-of-the-sco-council-of-heads-of-state-2021-09-17",
      status: "draft",
      version: 1,
    });
    expect((await callers.anonymous.meeting.list()).total).toBe(1);
    expect((await trpcError(callers.anonymous.meeting.bySlug({ slug: record.slug }))).code).toBe("NOT_FOUND");
    expect((await callers.viewer.meeting.listAll()).total).toBe(2);

    // The seed meeting now has a next meeting in its series — for editors only while it is a draft.
    expect((await callers.anonymous.meeting.bySlug({ slug: seedSlug })).next).toBeNull();
    expect((await callers.viewer.meeting.byId({ id: record.id })).previous?.slug).toBe(seedSlug);

    const revisions = await fixture.db.revision.findMany({ where: { entityId: record.id } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ entityType: "meeting", version: 1, before: null });
  });

  it("publishes only a complete meeting: rule 7 names what is missing and nothing changes", async () => {
    const draft = (await callers.viewer.meeting.listAll()).items.find((m) => m.status === "draft")!;
    const current = await callers.viewer.meeting.byId({ id: draft.id });
    const error = await trpcError(
      callers.editor.publishing.publishMeeting({
        id: draft.id,
        version: current.meeting.version,
        confirmedDocumentIds: [],
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(pathsOf(error).sort()).toEqual(["participations", "sources"]);
    const after = await callers.viewer.meeting.byId({ id: draft.id });
    expect(after.meeting).toMatchObject({ status: "draft", version: current.meeting.version });
  });

  it("refuses a stale save with CONFLICT and keeps the other editor's change", async () => {
    const draft = (await callers.viewer.meeting.listAll()).items.find((m) => m.status === "draft")!;
    const seen = await callers.viewer.meeting.record({ id: draft.id });
    const first = await callers.editor.meeting.saveRecord({
      ...seen,
      summaryI18n: { en: "First editor's summary." },
    });
    expect(first.record.version).toBe(seen.version + 1);

    const stale = await trpcError(
      callers.admin.meeting.saveRecord({ ...seen, summaryI18n: { en: "Second editor's summary." } }),
    );
    expect(stale.code).toBe("CONFLICT");
    const stored = await callers.viewer.meeting.byId({ id: seen.id });
    expect(stored.meeting.summaryI18n).toEqual({ en: "First editor's summary." });
    expect(stored.meeting.version).toBe(seen.version + 1);

    const revisions = await fixture.db.revision.findMany({
      where: { entityId: seen.id },
      orderBy: { version: "asc" },
    });
    expect(revisions.map((r) => r.version)).toEqual([1, 2]);
    expect(revisions[1]?.before).toMatchObject({ version: 1, summaryI18n: null });
    expect(revisions[1]?.after).toMatchObject({ version: 2, summaryI18n: { en: "First editor's summary." } });
  });

  it("answers NOT_FOUND for unknown records and writes nothing", async () => {
    expect((await trpcError(callers.anonymous.meeting.bySlug({ slug: "no-such-meeting" }))).code).toBe(
      "NOT_FOUND",
    );
    expect(
      (
        await trpcError(
          callers.editor.meeting.saveRecord({
            id: "cnosuchmeeting0000000000",
            version: 1,
            titleI18n: { en: "Nowhere" },
            classification: "summit",
            attendanceMode: "online",
          }),
        )
      ).code,
    ).toBe("NOT_FOUND");
  });

  it("clears the venue's city when the venue is removed", async () => {
    const { record } = await callers.editor.meeting.saveRecord({
      titleI18n: { en: "Venue test" },
      classification: "summit",
      attendanceMode: "in_person",
      venue: { city: { en: "Dushanbe" } },
    });
    expect(record.venue?.city).toEqual({ en: "Dushanbe" });
    const cleared = await callers.editor.meeting.saveRecord({ ...record, venue: null });
    expect(cleared.record.venue).toBeNull();
    expect((await fixture.db.meeting.findUniqueOrThrow({ where: { id: record.id } })).venueCity).toBeNull();
  });

  it("redirects an old slug after a rename, and trash hides a meeting from every public read until restored", async () => {
    const seeded = await callers.viewer.meeting.record({
      id: (await callers.anonymous.meeting.bySlug({ slug: seedSlug })).meeting.id,
    });
    const renamed = await callers.editor.meeting.saveRecord({ ...seeded, slug: "sco-summit-2020-11-10" });
    expect(await callers.anonymous.meeting.redirect({ slug: seedSlug })).toBe("sco-summit-2020-11-10");

    await callers.editor.trash.move({
      entityType: "meeting",
      id: seeded.id,
      version: renamed.record.version,
    });
    expect(
      (await fixture.db.meeting.findUniqueOrThrow({ where: { id: seeded.id } })).deletedAt,
    ).toBeInstanceOf(Date);
    expect((await callers.anonymous.meeting.list()).total).toBe(0);
    expect((await trpcError(callers.anonymous.meeting.bySlug({ slug: "sco-summit-2020-11-10" }))).code).toBe(
      "NOT_FOUND",
    );
    expect(await callers.anonymous.meeting.redirect({ slug: seedSlug })).toBeNull();
    // With their only published meeting in the trash, the people it referred to are no longer public either.
    expect((await callers.anonymous.person.list()).total).toBe(0);

    await callers.editor.trash.restore({
      entityType: "meeting",
      id: seeded.id,
      version: renamed.record.version + 1,
    });
    expect((await callers.anonymous.meeting.list()).total).toBe(1);
    expect((await callers.anonymous.person.list()).total).toBe(15);
  });
});
