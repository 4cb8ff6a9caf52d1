import { TRPCError } from "@trpc/server";
import { describeEachDatabase } from "@plenary/db/testing";
import { firstRecord, seed } from "@plenary/db/seed";
import { beforeAll, expect, it } from "vitest";
import { callersFor } from "../test-callers";

type Callers = Awaited<ReturnType<typeof callersFor>>;

async function refusal(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

describeEachDatabase("press release → reviewed draft", (fixture) => {
  let callers: Callers;
  beforeAll(async () => {
    // The reference data, but not the 10 November 2020 meeting: the release is what brings it in.
    await seed(fixture.db, { referenceOnly: true });
    callers = await callersFor(fixture.db);
  });

  it("refuses bad input with a clear message and writes nothing", async () => {
    const cases: [string, RegExp][] = [
      ["   ", /empty/i],
      ["A meeting\u0000 of \u0001 binary", /binary|text file/i],
      [
        "Заседание Совета глав государств — членов ШОС состоялось в формате видеоконференции 10 ноября.",
        /Only English/,
      ],
      [
        "The quarterly sales figures rose by four percent, driven by strong demand for garden furniture.",
        /meeting/i,
      ],
      ["x".repeat(1024 * 1024 + 10), /1 MB/],
    ];
    for (const [text, message] of cases) {
      const error = await refusal(callers.editor.release.read({ text }));
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.message).toMatch(message);
    }
    expect(await fixture.db.meeting.count()).toBe(0);
    expect(await fixture.db.person.count()).toBe(15);
  });

  it("turns the seed release, every proposal accepted, into a draft equal to the seeded record", async () => {
    const { proposal, draft } = await callers.editor.release.read({ text: firstRecord.releaseText });
    // Nothing is written by reading.
    expect(await fixture.db.meeting.count()).toBe(0);

    const { id } = await callers.editor.release.createDraft({ draft });
    const detail = await callers.viewer.meeting.byId({ id });
    const { meeting } = detail;
    expect(meeting).toMatchObject({
      status: "draft",
      startDate: firstRecord.meeting.startDate,
      endDate: firstRecord.meeting.endDate,
      attendanceMode: firstRecord.meeting.attendanceMode,
      classification: firstRecord.meeting.classification,
    });
    expect(detail.body?.slug).toBe(firstRecord.meetingSeries.organization);
    expect(detail.hostCountry?.iso2).toBe(firstRecord.meeting.hostCountry);
    // The release is the meeting's source, whole, archived as pasted, in English, with its publication date.
    expect(meeting.sources).toEqual([
      expect.objectContaining({
        publishedAt: firstRecord.meeting.source.publishedAt,
        language: "en",
        text: firstRecord.releaseText.trim(),
        archivedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      }),
    ]);

    expect(
      detail.participations.map((p) => ({
        person: p.person.slug,
        titleAsStated: p.participation.titleAsStated,
        category: p.participation.category,
        role: p.participation.role,
        mode: p.participation.mode,
        country: p.country?.iso2,
        organization: p.organization?.slug,
      })),
    ).toEqual(
      firstRecord.participations.map((p) => ({
        person: p.person,
        titleAsStated: p.titleAsStated,
        category: p.category,
        role: p.role,
        mode: p.mode,
        country: p.country,
        organization: p.organization,
      })),
    );
    // Each participant is linked to the post held that day through the stored occupancy, no new people or posts.
    expect(detail.participations.every((p) => p.post !== null)).toBe(true);
    expect(await fixture.db.person.count()).toBe(15);
    expect(await fixture.db.post.count()).toBe(15);

    const seededDocuments = firstRecord.documents.filter((d) => d.atMeeting);
    // The reader keeps the release's wording ("Secretary General", "2021-2025"); case and dashes are folded.
    const fold = (title: string) => title.toLowerCase().replace(/[–-]/g, " ").replace(/\s+/g, " ");
    expect(
      detail.documents
        .map((d) => [d.document.type, d.document.action, d.document.validFrom, d.document.validTo])
        .sort(),
    ).toEqual(seededDocuments.map((d) => [d.type, d.action, d.validFrom ?? null, d.validTo ?? null]).sort());
    expect(detail.documents.map((d) => fold(d.document.titleI18n.en)).sort()).toEqual(
      seededDocuments.map((d) => fold(d.title.en)).sort(),
    );
    const actionsOf = (type: string) =>
      detail.documents
        .filter((d) => d.document.type === type)
        .map((d) => d.actions.map((a) => `${a.type}${a.planned ? " (planned)" : ""}`).sort());
    expect(actionsOf("declaration")).toEqual([["adopted", "circulated_to_un (planned)"]]);
    expect(actionsOf("statement")).toEqual(
      Array(6).fill(["adopted", "circulated_to_un (planned)", "signed (planned)"]),
    );
    expect(actionsOf("decision")).toEqual(Array(3).fill(["approved", "signed (planned)"]));
    const actionPlan = detail.documents.find((d) => d.document.type === "action_plan")!;
    expect(actionPlan.relations.map((r) => [r.direction, r.relation.type, r.other.type]).sort()).toEqual([
      ["incoming", "approves", "decision"],
      ["outgoing", "implements", "strategy"],
    ]);

    expect(detail.tallies.map((t) => [t.documentType, t.count]).sort()).toEqual(
      firstRecord.tallies.map((t) => [t.documentType, t.count]).sort(),
    );
    expect(
      detail.chairmanships.map((c) => [
        c.country.iso2,
        c.at,
        c.chairmanship.endDate,
        c.chairmanship.startedAtMeetingId,
        c.chairmanship.endedAtMeetingId,
      ]),
    ).toEqual([
      ["RU", "end", "2020-11-10", null, id],
      ["TJ", "start", null, id, null],
    ]);
    expect(detail.speeches.map((s) => [s.person.slug, s.speech.kind])).toEqual(
      firstRecord.speeches.map((s) => [s.person, s.kind]),
    );
    expect(detail.topics.map((t) => t.slug).sort()).toEqual([...firstRecord.meetingTopics].sort());

    // Every participant and document keeps the span of the release it was read from.
    const evidence = await fixture.db.factEvidence.findMany({ where: { meetingId: id } });
    expect(evidence).toHaveLength(proposal.participants.length + proposal.documents.length);
    const guterres = detail.participations.at(-1)!.participation;
    const span = evidence.find((e) => e.recordId === guterres.id)!;
    expect(firstRecord.releaseText.trim().slice(span.start, span.end)).toContain("Antonio Guterres");
  });
});

describeEachDatabase("a reviewed draft is created in one transaction: all or nothing", (fixture) => {
  let callers: Callers;
  beforeAll(async () => {
    await seed(fixture.db, { referenceOnly: true });
    callers = await callersFor(fixture.db);
  });

  /** How many rows each table a draft writes to holds. */
  const counts = async () => ({
    people: await fixture.db.person.count(),
    posts: await fixture.db.post.count(),
    occupancies: await fixture.db.occupancy.count(),
    documents: await fixture.db.document.count(),
    meetings: await fixture.db.meeting.count(),
    participations: await fixture.db.participation.count(),
    chairmanships: await fixture.db.chairmanship.count(),
    evidence: await fixture.db.factEvidence.count(),
    revisions: await fixture.db.revision.count(),
  });

  it("creates no person, post, post held, document or meeting when the draft's last write fails", async () => {
    const { draft } = await callers.editor.release.read({ text: firstRecord.releaseText });
    const delegate = draft.participations.find((p) => p.representingCountryId)!;
    // The release's draft with a new person holding a new post, and a document it only refers to: all created by the
    // same save as the meeting.
    const withNewRecords: typeof draft = {
      ...draft,
      newPeople: [
        ...draft.newPeople,
        {
          key: "atomic-person",
          nameI18n: { en: "Atomic Delegate" },
          givenName: "Atomic",
          familyName: "Delegate",
          otherNames: [],
        },
      ],
      newPosts: [
        ...draft.newPosts,
        {
          key: "atomic-post",
          labelI18n: { en: "Deputy Envoy of the Atomic Draft" },
          role: "envoy",
          countryId: delegate.representingCountryId,
          organizationId: null,
        },
      ],
      newOccupancies: [
        ...draft.newOccupancies,
        { key: "atomic-held", person: { key: "atomic-person" }, post: { key: "atomic-post" } },
      ],
      participations: [
        ...draft.participations,
        {
          ...delegate,
          person: { key: "atomic-person" },
          occupancy: { key: "atomic-held" },
          titleAsStated: "Deputy Envoy Atomic Delegate",
          role: "participant",
          protocolOrder: Math.max(...draft.participations.map((p) => p.protocolOrder)) + 1,
        },
      ],
      documents: [
        ...draft.documents,
        {
          key: "atomic-document",
          titleI18n: { en: "Concept of the Atomic Draft" },
          type: "concept",
          adoptingBodyId: null,
          atMeeting: false,
          action: "adopted",
          dateAdopted: null,
          validFrom: null,
          validTo: null,
          topicIds: [],
          listOrder: 0,
          actions: [],
          evidence: { start: 0, end: 10 },
        },
      ],
    };
    const before = await counts();

    // The last write of the save (the evidence of each fact, after the people, posts, documents and the meeting with
    // its whole record) fails.
    await fixture.db.$executeRawUnsafe(
      `CREATE FUNCTION refuse_evidence() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'evidence refused by the test'; END $$`,
    );
    await fixture.db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_evidence BEFORE INSERT ON "FactEvidence" FOR EACH STATEMENT EXECUTE FUNCTION refuse_evidence()`,
    );
    try {
      const error = await refusal(callers.editor.release.createDraft({ draft: withNewRecords }));
      expect(`${error.message} ${String(error.cause)}`).toContain("evidence refused by the test");
    } finally {
      await fixture.db.$executeRawUnsafe(`DROP TRIGGER refuse_evidence ON "FactEvidence"`);
      await fixture.db.$executeRawUnsafe(`DROP FUNCTION refuse_evidence()`);
    }
    expect(await counts()).toEqual(before);
    expect(
      await fixture.db.person.count({ where: { nameI18n: { path: ["en"], equals: "Atomic Delegate" } } }),
    ).toBe(0);

    // The same draft, with nothing failing, creates all of it: the refusal above came from the last write.
    const { id } = await callers.editor.release.createDraft({ draft: withNewRecords });
    const after = await counts();
    expect(after).toMatchObject({
      people: before.people + 1,
      posts: before.posts + 1,
      occupancies: before.occupancies + 1,
      meetings: 1,
    });
    expect(after.documents).toBeGreaterThan(before.documents);
    const detail = await callers.viewer.meeting.byId({ id });
    expect(detail.participations.map((p) => p.person.nameI18n.en)).toContain("Atomic Delegate");
  });
});
