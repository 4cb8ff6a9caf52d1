import { createCaller, createContext } from "@plenary/api";
import { publicPageTags, type Db } from "@plenary/db";
import { seed } from "@plenary/db/seed";
import { generateArchive } from "@plenary/db/generate";
import { describeEachDatabase, type DatabaseFixture } from "@plenary/db/testing";
import { cacheTags, PageKind, RECORD_KINDS, type RecordKindName } from "@plenary/domain";
import { beforeAll, expect, it } from "vitest";
import { PUBLIC_READS, type PublicApi } from "./public-read-tags";

// The cache-tag contract, checked against the real reads: every public read's answer that holds a record must be
// cached under a tag that the record's change names (publicPageTags), or an edit leaves that page stale; and a
// record's page is cached under its own tag only, so that an edit stales only the pages that show what changed.

type Kind = Exclude<RecordKindName, never>;
const KINDS = Object.keys(RECORD_KINDS) as Kind[];
const LIST_TAGS = new Set(KINDS.map(cacheTags.list));

/**
 * Keys whose id only points at a record an answer does not otherwise show, and that no change of that record changes:
 * an organization's or a topic's `parentId` stays as it is when the parent is renamed or trashed (the page shows
 * the parent, when it does, as an object of its own, which the check below finds by its id).
 */
const REFERENCES_ONLY = new Set(["parentId"]);

interface Answer {
  read: string;
  args: string[];
  tags: string[];
  /** Every string in the answer but under REFERENCES_ONLY keys: ids, slugs, and anything else. */
  values: Set<string>;
  /** The slugs of the objects in it that carry no id (a meeting summary's body). */
  slugsWithoutId: Set<string>;
}

function contentsOf(json: unknown): Pick<Answer, "values" | "slugsWithoutId"> {
  const values = new Set<string>();
  const slugsWithoutId = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== "object") return;
    const object = node as Record<string, unknown>;
    for (const [key, value] of Object.entries(object)) {
      if (REFERENCES_ONLY.has(key)) continue;
      if (typeof value === "string") {
        values.add(value);
        if (key === "slug" && object.id === undefined) slugsWithoutId.add(value);
      } else if (Array.isArray(value) && value.every((v) => typeof v === "string"))
        value.forEach((v: string) => values.add(v));
      else walk(value);
    }
  };
  walk(JSON.parse(JSON.stringify(json)));
  return { values, slugsWithoutId };
}

const tableOf = (db: Db, kind: Kind) =>
  ({
    meeting: db.meeting,
    document: db.document,
    person: db.person,
    post: db.post,
    country: db.country,
    organization: db.organization,
    topic: db.topic,
    meeting_series: db.meetingSeries,
    org_membership: db.orgMembership,
    occupancy: db.occupancy,
    chairmanship: db.chairmanship,
  })[kind] as unknown as { findMany(args: object): Promise<{ id: string; slug?: string }[]> };

/**
 * A second published meeting in the seed meeting's series, so that the archive has what one meeting cannot show:
 * series neighbours, a person at two meetings, a document related to another meeting's document, a new person.
 */
async function addFollowingMeeting(db: Db): Promise<void> {
  const row = await db.user.create({
    data: {
      email: `editor-${Math.random().toString(36).slice(2)}@example.org`,
      name: "Editor",
      role: "editor",
    },
  });
  const editor = createCaller(
    createContext({ db, user: { id: row.id, email: row.email, name: row.name, role: row.role } }),
  );
  const seedMeeting = await db.meeting.findFirstOrThrow({
    where: { status: "published" },
    select: { id: true },
  });
  const seeded = await editor.meeting.record({ id: seedMeeting.id });
  const person = await editor.person.create({ nameI18n: { en: "Test Delegate", ru: "Тестовый делегат" } });
  const chair = seeded.participations.find((p) => p.role === "chair")!;
  const { record } = await editor.meeting.saveRecord({
    titleI18n: { en: "Meeting of the SCO Council of Heads of State", ru: "Заседание СГГ" },
    classification: "summit",
    attendanceMode: "in_person",
    startDate: "2021-09-17",
    endDate: "2021-09-17",
    bodyId: seeded.bodyId,
    seriesId: seeded.seriesId,
    hostCountryId: seeded.participations.find((p) => p.representingCountryId)!.representingCountryId,
    sources: [{ url: "https://example.org/release", title: "Press release" }],
    topicIds: seeded.topicIds.slice(0, 2),
    participations: [
      { ...chair, id: undefined },
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
        topicIds: seeded.topicIds.slice(1, 3),
        relations: [{ type: "references", to: seeded.documents[0]!.id! }],
      },
    ],
    tallies: [],
    speeches: [{ personId: person.record.id, kind: "paraphrase", textI18n: { en: "The delegate said…" } }],
  });
  await editor.publishing.publishMeeting({
    id: record.id,
    version: record.version,
    confirmedDocumentIds: record.documents.map((d) => d.id!),
  });
}

/**
 * Records the public rule leaves out, beside public ones: a draft meeting, a trashed meeting, a draft and a trashed
 * document of a public meeting, a trashed person, post and topic (their links drop out of public answers).
 */
async function hideSome(db: Db): Promise<void> {
  // Generated meetings (the seed's, which alone has topics, stays public).
  const meetings = await db.meeting.findMany({
    where: { topics: { none: {} } },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  await db.meeting.update({ where: { id: meetings[0]!.id }, data: { status: "draft" } });
  await db.meeting.update({ where: { id: meetings[1]!.id }, data: { deletedAt: new Date() } });
  const documents = await db.document.findMany({
    where: { meetingId: meetings[3]!.id },
    take: 2,
    select: { id: true },
  });
  await db.document.update({ where: { id: documents[0]!.id }, data: { status: "draft" } });
  await db.document.update({ where: { id: documents[1]!.id }, data: { deletedAt: new Date() } });
  const participation = await db.participation.findFirstOrThrow({
    where: { meetingId: meetings[4]!.id },
    select: { personId: true },
  });
  await db.person.update({ where: { id: participation.personId }, data: { deletedAt: new Date() } });
  const post = await db.post.findFirstOrThrow({
    where: { occupancies: { some: { participations: { some: {} } } } },
  });
  await db.post.update({ where: { id: post.id }, data: { deletedAt: new Date() } });
  const topic = await db.topic.findFirstOrThrow({
    where: { meetings: { some: {} }, documents: { some: {} } },
    orderBy: { slug: "desc" },
  });
  await db.topic.update({ where: { id: topic.id }, data: { deletedAt: new Date() } });
}

/** The contract's checks, on the archive `fill` writes into the test's database. */
function checkTheContract(fixture: DatabaseFixture, fill: (db: Db) => Promise<void>) {
  let api: PublicApi;
  const answers: Answer[] = [];
  const records: { kind: Kind; id: string; slug?: string; tags: string[] }[] = [];

  beforeAll(async () => {
    await fill(fixture.db);
    api = createCaller(createContext({ db: fixture.db, user: null }));
    const sitemap = await api.publicPages.sitemapRecords();
    const slugs = (kind: PageKind) => sitemap.filter((r) => r.kind === kind).map((r) => r.slug);
    const years = (await api.publicPages.archiveYears()).map((y) => y.year);
    const meeting = await fixture.db.meeting.findFirstOrThrow({
      where: { status: "published", deletedAt: null, bodyId: { not: null }, hostCountryId: { not: null } },
      select: { body: { select: { slug: true } }, hostCountry: { select: { slug: true } } },
    });
    const argsOf: Record<keyof typeof PUBLIC_READS, string[][]> = {
      latestMeetings: [[]],
      meeting: slugs("meeting").map((s) => [s]),
      person: slugs("person").map((s) => [s]),
      country: slugs("country").map((s) => [s]),
      organization: slugs("organization").map((s) => [s]),
      document: slugs("document").map((s) => [s]),
      topic: slugs("topic").map((s) => [s]),
      meetingPage: [["0"]],
      topLevelOrganizations: [[]],
      topics: [[]],
      archiveYears: [[]],
      archiveYear: years.map((y) => [y]),
      documentsPage: [["0"]],
      documentsPerYear: [[]],
      sitemapRecords: [[]],
      meetingApiPage: [
        [JSON.stringify({ limit: 100 })],
        [JSON.stringify({ limit: 100, organization: meeting.body!.slug })],
        [JSON.stringify({ limit: 100, country: meeting.hostCountry!.slug })],
      ],
    };
    for (const [name, definition] of Object.entries(PUBLIC_READS)) {
      const { tags, read } = definition as unknown as {
        tags: (...args: string[]) => string[];
        read: (api: PublicApi, ...args: string[]) => Promise<unknown>;
      };
      for (const args of argsOf[name as keyof typeof PUBLIC_READS])
        answers.push({ read: name, args, tags: tags(...args), ...contentsOf(await read(api, ...args)) });
    }
    for (const kind of KINDS)
      for (const row of await tableOf(fixture.db, kind).findMany({})) {
        const tags = await fixture.db.$transaction((tx) => publicPageTags(tx, kind, row.id));
        records.push({ kind, id: row.id, slug: row.slug, tags });
      }
  }, 600_000);

  it("reads every kind of public page and every kind of record", () => {
    for (const kind of PageKind.options.filter((k) => k !== "post"))
      expect(answers.filter((a) => a.read === kind).length, kind).toBeGreaterThan(0);
    for (const kind of KINDS) expect(records.filter((r) => r.kind === kind).length, kind).toBeGreaterThan(0);
  });

  it("caches every answer that shows a record under a tag the record's change names", () => {
    const kindsOfSlug = new Map<string, Set<Kind>>();
    for (const r of records)
      if (r.slug) kindsOfSlug.set(r.slug, (kindsOfSlug.get(r.slug) ?? new Set()).add(r.kind));
    const missed: string[] = [];
    let shown = 0;
    for (const record of records) {
      const named = new Set(record.tags);
      for (const answer of answers) {
        // A slug names a record of its kind only; one two kinds share cannot tell them apart without an id.
        const holds =
          answer.values.has(record.id) ||
          (!!record.slug &&
            answer.slugsWithoutId.has(record.slug) &&
            kindsOfSlug.get(record.slug)!.size === 1);
        if (!holds) continue;
        shown++;
        if (!answer.tags.some((tag) => named.has(tag)))
          missed.push(
            `${answer.read}(${answer.args.join(",")}) shows ${record.kind} ${record.slug ?? record.id}`,
          );
      }
    }
    expect(shown).toBeGreaterThan(records.length);
    expect(missed).toEqual([]);
  });

  it("caches a record's page under its own page tag only", () => {
    for (const answer of answers.filter((a) => PageKind.safeParse(a.read).success))
      expect(answer.tags, `${answer.read}(${answer.args[0]})`).toEqual([
        cacheTags.page(answer.read as PageKind, answer.args[0]!),
      ]);
  });

  it("names for a change the lists of its own kind and no other, and never every page", () => {
    for (const record of records) {
      const lists = record.tags.filter((tag) => LIST_TAGS.has(tag));
      expect(lists.sort(), `${record.kind} ${record.slug ?? record.id}`).toEqual(
        [...new Set(cacheTags.lists(record.kind))].sort(),
      );
      if (record.kind !== "meeting" && record.kind !== "meeting_series")
        expect(record.tags, `${record.kind} ${record.slug ?? record.id}`).not.toContain(cacheTags.everyPage);
    }
  });

  it("names the archive years of the meetings whose pages it names, and no other year", async () => {
    const startOf = new Map(
      (await fixture.db.meeting.findMany({ select: { slug: true, startDate: true } })).map((m) => [
        cacheTags.page("meeting", m.slug),
        m.startDate,
      ]),
    );
    const yearTag = cacheTags.archiveYear("");
    let named = 0;
    for (const record of records) {
      const years = record.tags
        .map((tag) => startOf.get(tag))
        .flatMap((date) => (date ? [cacheTags.archiveYear(date.slice(0, 4))] : []));
      named += years.length;
      expect(
        record.tags.filter((tag) => tag.startsWith(yearTag)).sort(),
        `${record.kind} ${record.slug ?? record.id}`,
      ).toEqual([...new Set(years)].sort());
    }
    expect(named).toBeGreaterThan(0);
  });

  it("names for a person's change no other person's page, and for a meeting's only the people it shows", async () => {
    for (const person of records.filter((r) => r.kind === "person"))
      expect(person.tags.filter((t) => t.startsWith("person:"))).toEqual([
        cacheTags.page("person", person.slug!),
      ]);
    const meetings = records.filter((r) => r.kind === "meeting");
    for (const meeting of meetings) {
      const people = await fixture.db.person.findMany({
        where: {
          OR: [
            { participations: { some: { meetingId: meeting.id } } },
            { speeches: { some: { meetingId: meeting.id } } },
            // Holders of a post the meeting names: the meeting makes the post public on their pages.
            {
              occupancies: {
                some: {
                  post: { occupancies: { some: { participations: { some: { meetingId: meeting.id } } } } },
                },
              },
            },
          ],
        },
        select: { slug: true },
      });
      expect(meeting.tags.filter((t) => t.startsWith("person:")).sort()).toEqual(
        people.map((p) => cacheTags.page("person", p.slug)).sort(),
      );
    }
    // A country's change names the pages of the people who represented it, not of everyone.
    const everyone = await fixture.db.person.count();
    for (const country of records.filter((r) => r.kind === "country"))
      expect(country.tags.filter((t) => t.startsWith("person:")).length).toBeLessThan(everyone);
  });
}

describeEachDatabase("the public reads' cache tags against the tags a change names (seed)", (fixture) =>
  checkTheContract(fixture, async (db) => {
    await seed(db);
    await addFollowingMeeting(db);
  }),
);

describeEachDatabase("the public reads' cache tags against the tags a change names (generated)", (fixture) =>
  checkTheContract(fixture, async (db) => {
    await seed(db);
    await generateArchive(db, {
      seed: 7,
      meetings: 12,
      people: 90,
      documents: 50,
      organizations: 3,
      years: 2,
    });
    await hideSome(db);
  }),
);
