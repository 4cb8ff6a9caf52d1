// The press-release reader against the database: with the reference data loaded but not the seed meeting, the
// seed release read and accepted unchanged must give the seeded record, fact for fact.
import {
  partialDateEnd,
  partialDateStart,
  proposalToDraft,
  readPressRelease,
  titleKey,
  type MeetingProposal,
  type ReaderKnowledge,
  type ReleaseDraft,
} from "@plenary/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { loadReaderKnowledge } from "../repositories/reader-knowledge";
import { people } from "../seed/reference-data";
import * as record from "../seed/sco-2020-11-10";
import { seed } from "../seed/seed";
import { describeEachDatabase } from "../testing";

/**
 * Facts of the seed record that no reader can derive from the release, and how the test treats them:
 * - meeting summary, source note, ru/zh titles of the meeting and documents: editorial text, not compared;
 * - document topics: editorial classification (the release links no topic to a document), not compared;
 * - document list order: the seed groups the decisions after the statements, the release names them last;
 *   compared as a set;
 * - title casing and dash style ("victory In world war II", "2021-2025", "rats", "Secretary General"): the
 *   reader keeps the release's wording, so titles are compared by titleKey (case, diacritics, dashes folded);
 * - Russia's term start: the release says "2019-2020"; the day (Bishkek meeting, 14 June 2019) is reference data,
 *   so the reader's "2019" must contain the seeded day;
 * - speeches: the wording of paraphrases is editorial; speaker and kind are compared in order, the reader's
 *   text must be a passage of the release.
 */
describeEachDatabase("press-release reader on the seed release", (fixture) => {
  let knowledge: ReaderKnowledge;
  let proposal: MeetingProposal;
  let draft: ReleaseDraft;
  const ids = {
    person: new Map<string, string>(),
    organization: new Map<string, string>(),
    country: new Map<string, string>(),
    topic: new Map<string, string>(),
    post: new Map<string, string>(),
    occupancyOfPerson: new Map<string, string>(),
  };

  beforeAll(async () => {
    const { db } = fixture;
    await seed(db, { referenceOnly: true });
    expect(await db.meeting.count()).toBe(0);
    for (const row of await db.person.findMany()) ids.person.set(row.slug, row.id);
    for (const row of await db.organization.findMany()) ids.organization.set(row.slug, row.id);
    for (const row of await db.country.findMany()) ids.country.set(row.iso2, row.id);
    for (const row of await db.topic.findMany()) ids.topic.set(row.slug, row.id);
    for (const row of await db.post.findMany()) ids.post.set(row.slug, row.id);
    for (const row of await db.occupancy.findMany()) ids.occupancyOfPerson.set(row.personId, row.id);
    knowledge = await loadReaderKnowledge(db);
    proposal = readPressRelease(record.releaseText, knowledge);
    draft = proposalToDraft(proposal);
  });

  const id = (map: Map<string, string>, key: string) => {
    const value = map.get(key);
    if (!value) throw new Error(`No seeded record ${key}`);
    return value;
  };
  const refId = (ref: { id: string } | { key: string } | null) => (ref && "id" in ref ? ref.id : ref);

  it("loads every reference record as knowledge", () => {
    expect(knowledge.countries).toHaveLength(20);
    expect(knowledge.organizations).toHaveLength(15);
    expect(knowledge.people).toHaveLength(15);
    expect(knowledge.posts).toHaveLength(15);
    expect(knowledge.occupancies).toHaveLength(15);
    expect(knowledge.memberships).toHaveLength(53);
    expect(knowledge.topics).toHaveLength(10);
    expect(knowledge.series).toHaveLength(1);
  });

  it("proposes the meeting as seeded", async () => {
    const series = await fixture.db.meetingSeries.findFirstOrThrow();
    const { titleI18n, ...meeting } = draft.meeting;
    expect(titleI18n).toEqual({ en: record.meeting.title.en });
    expect(meeting).toEqual({
      classification: record.meeting.classification,
      bodyId: id(ids.organization, record.meetingSeries.organization),
      seriesId: series.id,
      startDate: record.meeting.startDate,
      endDate: record.meeting.endDate,
      attendanceMode: record.meeting.attendanceMode,
      venue: null,
      hostCountryId: id(ids.country, record.meeting.hostCountry),
      coChaired: false,
      topicIds: expect.any(Array),
      sources: [
        {
          title: record.meeting.source.title,
          publishedAt: record.meeting.source.publishedAt,
          language: record.meeting.source.language,
          text: record.releaseText,
        },
      ],
      status: "draft",
    });
    expect([...meeting.topicIds].sort()).toEqual(
      record.meetingTopics.map((slug) => id(ids.topic, slug)).sort(),
    );
  });

  it("proposes the 15 participants in protocol order, all known, with post, category, role and mode", () => {
    expect(draft.newPeople).toEqual([]);
    expect(draft.newPosts).toEqual([]);
    expect(draft.newOccupancies).toEqual([]);
    const actual = draft.participations.map(
      ({ evidence: _evidence, person, occupancy, ...participation }) => ({
        ...participation,
        personId: refId(person),
        occupancyId: refId(occupancy),
      }),
    );
    const expected = record.participations.map((participation, index) => {
      const personId = id(ids.person, participation.person);
      return {
        personId,
        occupancyId: id(ids.occupancyOfPerson, personId),
        titleAsStated: participation.titleAsStated,
        representingCountryId: participation.country ? id(ids.country, participation.country) : null,
        representingOrganizationId: participation.organization
          ? id(ids.organization, participation.organization)
          : null,
        category: participation.category,
        role: participation.role,
        mode: participation.mode,
        protocolOrder: index + 1,
      };
    });
    expect(actual).toEqual(expected);
    // The post behind each occupancy is the one the reader matched from the title.
    const posts = proposal.participants.map((participant) =>
      participant.post?.value.status === "matched" ? participant.post.value.id : null,
    );
    expect(posts).toEqual(
      record.participations.map((participation) =>
        id(ids.post, people.find((person) => person.slug === participation.person)!.post),
      ),
    );
  });

  it("keeps the release's slips as stated and never as canonical names", () => {
    const giyosov = draft.participations[9]!;
    expect(giyosov.titleAsStated).toContain("Jumakhon Gijesov");
    expect(refId(giyosov.person)).toBe(id(ids.person, "jumakhon-giyosov"));
    expect(proposal.organizationMentions).toContainEqual(
      expect.objectContaining({
        asStated: "SGG",
        organizationId: id(ids.organization, "sco-council-of-heads-of-state"),
      }),
    );
    expect(proposal.organizationMentions).toContainEqual(
      expect.objectContaining({
        asStated: "rats Executive Committee",
        organizationId: id(ids.organization, "sco-rats-executive-committee"),
      }),
    );
  });

  describe("documents", () => {
    const keyOfSeed = (key: string) =>
      titleKey(record.documents.find((document) => document.key === key)!.title.en);
    const titleOfDraft = (key: string) =>
      titleKey(draft.documents.find((document) => document.key === key)!.titleI18n.en);

    it("proposes every outcome document with type, action, validity, adopting body and actions", () => {
      const bodyId = id(ids.organization, record.meetingSeries.organization);
      const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title);
      const sortActions = <T extends { type: string; planned: boolean }>(actions: T[]) =>
        [...actions].sort((a, b) => a.type.localeCompare(b.type) || Number(a.planned) - Number(b.planned));
      const actual = draft.documents
        .map((document) => ({
          title: titleKey(document.titleI18n.en),
          type: document.type,
          action: document.action,
          atMeeting: document.atMeeting,
          adoptingBodyId: document.adoptingBodyId,
          dateAdopted: document.dateAdopted,
          validFrom: document.validFrom,
          validTo: document.validTo,
          actions: sortActions(document.actions),
        }))
        .sort(byTitle);
      const expected = record.documents
        .map((document) => {
          const date = document.atMeeting ? record.meeting.startDate : null;
          return {
            title: titleKey(document.title.en),
            type: document.type,
            action: document.action,
            atMeeting: document.atMeeting,
            adoptingBodyId: document.atMeeting ? bodyId : null,
            dateAdopted: date,
            validFrom: document.validFrom ?? null,
            validTo: document.validTo ?? null,
            actions: sortActions(
              document.actions.map((action) => ({
                type: action.type,
                planned: action.planned,
                date: action.planned ? null : date,
                actor: "actor" in action ? action.actor : null,
                reference: "reference" in action ? action.reference : null,
              })),
            ),
          };
        })
        .sort(byTitle);
      expect(actual).toEqual(expected);
    });

    it("proposes the relations between them", () => {
      const actual = draft.relations
        .map((relation) => [titleOfDraft(relation.fromKey), relation.type, titleOfDraft(relation.toKey)])
        .sort();
      const expected = record.documentRelations
        .map((relation) => [keyOfSeed(relation.from), relation.type, keyOfSeed(relation.to)])
        .sort();
      expect(actual).toEqual(expected);
    });

    it("proposes the tallies", () => {
      const sort = (tallies: { documentType: string; count: number }[]) =>
        [...tallies].sort((a, b) => a.documentType.localeCompare(b.documentType));
      expect(sort(draft.tallies)).toEqual(
        sort(record.tallies.map((tally) => ({ ...tally, noteI18n: null }))),
      );
    });
  });

  it("proposes the chairmanship handover", () => {
    const scoId = id(ids.organization, "shanghai-cooperation-organisation");
    const actual = draft.chairmanships.map(({ startDate: _startDate, ...term }) => term);
    expect(actual).toEqual(
      record.chairmanships.map((term) => ({
        organizationId: scoId,
        countryId: id(ids.country, term.country),
        endDate: term.endDate,
        existingId: null,
        handoverAtMeeting: true,
      })),
    );
    // Tajikistan's start is the meeting; Russia's is only "2019" in the release, and must contain the seeded day.
    const [outgoing, incoming] = draft.chairmanships;
    expect(incoming!.startDate).toBe(record.chairmanships[1]!.startDate);
    const seededStart = record.chairmanships[0]!.startDate;
    expect(outgoing!.startDate).toBe("2019");
    expect(
      partialDateStart(outgoing!.startDate!) <= seededStart &&
        seededStart < partialDateEnd(outgoing!.startDate!),
    ).toBe(true);
  });

  it("proposes the speeches with their speakers and kinds", () => {
    const key = (speech: { person: string; kind: string }) => `${speech.person} ${speech.kind}`;
    const actual = draft.speeches.map((speech) =>
      key({ person: refId(speech.person) as string, kind: speech.kind }),
    );
    const expected = record.speeches.map((speech) =>
      key({ person: id(ids.person, speech.person), kind: speech.kind }),
    );
    expect(actual).toEqual(expected);
    for (const speech of draft.speeches) {
      if (speech.kind === "video_message") expect(speech.textI18n).toBeNull();
      else expect(record.releaseText).toContain(speech.textI18n!.en);
    }
  });
});
