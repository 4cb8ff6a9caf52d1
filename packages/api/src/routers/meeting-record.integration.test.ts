import { describeEachDatabase } from "@plenary/db/testing";
import { seed } from "@plenary/db/seed";
import { beforeAll, expect, it } from "vitest";
import { callersFor } from "../test-callers";
import { pathsOf, trpcError } from "../test-errors";

type Callers = Awaited<ReturnType<typeof callersFor>>;

describeEachDatabase("meeting.saveRecord: the whole meeting in one save", (fixture) => {
  let callers: Callers;
  const seedSlug = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";
  let seedId: string;

  beforeAll(async () => {
    await seed(fixture.db);
    callers = await callersFor(fixture.db);
    seedId = (await fixture.db.meeting.findUniqueOrThrow({ where: { slug: seedSlug } })).id;
  });

  it("loads the seed meeting as one record and saves it back unchanged but for the version", async () => {
    const record = await callers.viewer.meeting.record({ id: seedId });
    expect(record.participations).toHaveLength(15);
    expect(record.documents).toHaveLength(15);
    expect(record.chairmanships).toHaveLength(2);
    expect(record.speeches).toHaveLength(4);
    const { record: saved } = await callers.editor.meeting.saveRecord(record);
    expect(saved.version).toBe(record.version + 1);
    expect({ ...saved, version: 0 }).toEqual({ ...record, version: 0 });
    // Unchanged documents keep their version: a save of the meeting does not touch what it did not change.
    expect(saved.documents.map((d) => d.version)).toEqual(record.documents.map((d) => d.version));
  });

  it("builds a new meeting with people, documents, relations, tallies, a handover and speeches in one call", async () => {
    const seeded = await callers.viewer.meeting.record({ id: seedId });
    const person = await callers.editor.person.create({
      nameI18n: { en: "Test Delegate", ru: "Тестовый делегат" },
    });
    const chair = seeded.participations.find((p) => p.role === "chair")!;
    const { record, warnings } = await callers.editor.meeting.saveRecord({
      titleI18n: {
        en: "Meeting of the SCO Council of Heads of State",
        ru: "Заседание СГГ",
        zh: "上合组织元首理事会会议",
      },
      classification: "summit",
      attendanceMode: "in_person",
      startDate: "2021-09-17",
      endDate: "2021-09-17",
      bodyId: seeded.bodyId,
      seriesId: seeded.seriesId,
      sources: [{ url: "https://example.org/release", title: "Press release" }],
      topicIds: seeded.topicIds.slice(0, 2),
      participations: [
        { ...chair, id: undefined, occupancyId: null },
        {
          personId: person.record.id,
          titleAsStated: "Delegate",
          category: "guest_state",
          role: "participant",
          mode: "in_person",
        },
      ],
      documents: [
        {
          key: "decision",
          titleI18n: { en: "Decision on the plan" },
          type: "decision",
          action: "approved",
          relations: [{ type: "approves", to: "plan" }],
        },
        {
          key: "plan",
          titleI18n: { en: "Plan 2022–2026" },
          type: "action_plan",
          action: "approved",
          validFrom: "2022",
          validTo: "2026",
          texts: [{ lang: "en", title: "Plan", body: "<p>Text</p>" }],
          actions: [{ type: "circulated_to_un", planned: true, actor: "SCO Secretariat" }],
        },
      ],
      tallies: [{ documentType: "decision", count: 9 }],
      speeches: [{ personId: person.record.id, kind: "paraphrase", textI18n: { en: "The delegate said…" } }],
    });
    expect(record).toMatchObject({
      version: 1,
      status: "draft",
      slug: "meeting-of-the-sco-council-of-heads-of-state-2021-09-17",
    });
    expect(record.participations.map((p) => p.personId)).toEqual([chair.personId, person.record.id]);
    expect(record.documents.map((d) => d.type)).toEqual(["decision", "action_plan"]);
    expect(record.documents[0]!.relations).toEqual([{ type: "approves", to: record.documents[1]!.id }]);
    expect(record.documents[1]!.actions[0]).toMatchObject({ type: "circulated_to_un", planned: true });
    expect(warnings.every((w) => w.severity === "warning")).toBe(true);

    const detail = await callers.viewer.meeting.byId({ id: record.id });
    expect(detail.tallies[0]).toMatchObject({ documentType: "decision", count: 9 });
    expect(detail.speeches).toHaveLength(1);

    const revision = await fixture.db.revision.findUniqueOrThrow({
      where: { entityType_entityId_version: { entityType: "meeting", entityId: record.id, version: 1 } },
    });
    expect(revision.before).toBeNull();
    expect((revision.after as { participations: unknown[] }).participations).toHaveLength(2);
  });

  it("refuses errors with field paths and writes nothing; reorders participants by their position", async () => {
    const record = await callers.viewer.meeting.record({ id: seedId });
    const revisionsBefore = await fixture.db.revision.count();
    const twice = [...record.participations, { ...record.participations[0]!, id: undefined }];
    const error = await trpcError(
      callers.editor.meeting.saveRecord({
        ...record,
        participations: twice,
        tallies: record.tallies.map((t, i) => (i === 0 ? { ...t, count: 0 } : t)),
        documents: record.documents.map((d, i) =>
          i === 0 ? { ...d, relations: [{ type: "references" as const, to: "nowhere" }] } : d,
        ),
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(pathsOf(error)).toEqual(expect.arrayContaining(["participations.15.personId"]));
    expect(await fixture.db.revision.count()).toBe(revisionsBefore);

    const reversed = [...record.participations].reverse();
    const { record: saved } = await callers.editor.meeting.saveRecord({
      ...record,
      participations: reversed,
    });
    expect(saved.participations.map((p) => p.id)).toEqual(reversed.map((p) => p.id));
    const detail = await callers.viewer.meeting.byId({ id: seedId });
    expect(detail.participations[0]!.participation.id).toBe(reversed[0]!.id);
    expect(detail.participations[0]!.participation.protocolOrder).toBe(1);
  });

  it("refuses a stale record with CONFLICT carrying the stored meeting, and keeps the first save", async () => {
    const start = await callers.viewer.meeting.record({ id: seedId });
    await callers.editor.meeting.saveRecord({ ...start, summaryI18n: { en: "First." } });
    const stale = await trpcError(
      callers.admin.meeting.saveRecord({ ...start, summaryI18n: { en: "Second." } }),
    );
    expect(stale.code).toBe("CONFLICT");
    const now = await callers.viewer.meeting.record({ id: seedId });
    expect(now.summaryI18n).toEqual({ en: "First." });
    expect(now.version).toBe(start.version + 1);
  });

  it("refuses anonymous and viewer saves", async () => {
    const record = await callers.viewer.meeting.record({ id: seedId });
    expect((await trpcError(callers.anonymous.meeting.saveRecord(record))).code).toBe("UNAUTHORIZED");
    expect((await trpcError(callers.viewer.meeting.saveRecord(record))).code).toBe("FORBIDDEN");
    expect((await trpcError(callers.anonymous.meeting.record({ id: seedId }))).code).toBe("UNAUTHORIZED");
  });
});
