// P2 (issue 10): the SQL statements a public page's data load sends stay the same as the record's links grow. Each
// page's load is the api procedure its page calls (apps/web/src/server/public-reads.ts), counted at the client:
// every statement Prisma sends, through one caller, as one page request makes them.
import { createDb, type Db } from "@plenary/db";
import { seed } from "@plenary/db/seed";
import { describeEachDatabase } from "@plenary/db/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createContext } from "../context";
import { createCaller } from "../root";

const MEETING = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";
const PERSON = "vladimir-putin";
const BODY = "sco-council-of-heads-of-state";
const DOCUMENT = "moscow-declaration-2020-11-10";
/** Links each record has when first counted (the seed meeting has 15 participants), then when counted again. */
const FEW = 14;
const MANY = 149;

type Caller = ReturnType<typeof createCaller>;

describeEachDatabase("public pages' SQL statements as links grow", (fixture) => {
  let counted: Db;
  let statements: string[] = [];
  let country: string;

  beforeAll(async () => {
    await seed(fixture.db);
    country = (await fixture.db.country.findUniqueOrThrow({ where: { iso2: "RU" } })).slug;
    counted = createDb(fixture.database.url, { onQuery: (sql) => statements.push(sql) });
  });

  afterAll(async () => {
    await counted?.$disconnect();
  });

  /** Each page's data load and how many links it showed. */
  const pages: Record<string, (api: Caller) => Promise<number>> = {
    meeting: async (api) => (await api.meeting.bySlug({ slug: MEETING })).participations.length,
    person: async (api) => (await api.person.detail({ slug: PERSON })).participations.length,
    country: async (api) => {
      const page = await api.publicPages.country({ slug: country });
      return page.representatives.length + page.hostedMeetings.length + page.chairmanships.length;
    },
    organization: async (api) => {
      const page = await api.publicPages.organization({ slug: BODY });
      return page.meetings.length + page.chairmanships.length;
    },
    document: async (api) => (await api.document.bySlug({ slug: DOCUMENT })).relations.length,
  };

  async function countAll(): Promise<Record<string, { statements: number; links: number }>> {
    const result: Record<string, { statements: number; links: number }> = {};
    for (const [page, load] of Object.entries(pages)) {
      // A fresh caller per page, as each request has; a warm-up first: connection set-up is not the page's cost.
      await load(createCaller(createContext({ db: counted, user: null })));
      statements = [];
      const links = await load(createCaller(createContext({ db: counted, user: null })));
      result[page] = { statements: statements.length, links };
    }
    return result;
  }

  /**
   * Links numbered [from, to) for every page: meetings attended, hosted, held by the body and chaired, documents
   * related; and, past the first FEW, delegates at the seed meeting (which starts with 15 participants).
   */
  async function grow(from: number, to: number): Promise<void> {
    const { db } = fixture;
    const meeting = await db.meeting.findUniqueOrThrow({ where: { slug: MEETING } });
    const person = await db.person.findUniqueOrThrow({ where: { slug: PERSON } });
    const body = await db.organization.findUniqueOrThrow({ where: { slug: BODY } });
    const russia = await db.country.findUniqueOrThrow({ where: { iso2: "RU" } });
    const document = await db.document.findUniqueOrThrow({ where: { slug: DOCUMENT } });
    const n = Array.from({ length: to - from }, (_, i) => from + i);
    const delegates = n.filter((i) => i >= FEW);
    const id = (kind: string, i: number) => `grown${kind}${String(i).padStart(19 - kind.length, "0")}`;
    const day = (i: number) =>
      `2030-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
    const attendance = { category: "member_state", role: "participant", mode: "in_person" } as const;

    await db.meeting.createMany({
      data: n.map((i) => ({
        id: id("meeting", i),
        slug: `grown-meeting-${i}`,
        titleI18n: { en: `Grown meeting ${i}` },
        classification: "summit" as const,
        attendanceMode: "in_person" as const,
        bodyId: body.id,
        hostCountryId: russia.id,
        startDate: day(i),
        status: "published" as const,
      })),
    });
    await db.participation.createMany({
      data: n.map((i) => ({
        meetingId: id("meeting", i),
        personId: person.id,
        representingCountryId: russia.id,
        titleAsStated: "President",
        protocolOrder: 1,
        ...attendance,
      })),
    });
    await db.person.createMany({
      data: delegates.map((i) => ({
        id: id("person", i),
        slug: `delegate-${i}`,
        nameI18n: { en: `Delegate ${i}` },
      })),
    });
    await db.participation.createMany({
      data: delegates.map((i) => ({
        meetingId: meeting.id,
        personId: id("person", i),
        representingCountryId: russia.id,
        titleAsStated: `Delegate ${i}`,
        protocolOrder: 100 + i,
        ...attendance,
      })),
    });
    await db.chairmanship.createMany({
      data: n.map((i) => ({
        organizationId: body.id,
        countryId: russia.id,
        startDate: day(i),
        startedAtMeetingId: id("meeting", i),
      })),
    });
    await db.document.createMany({
      data: n.map((i) => ({
        id: id("document", i),
        slug: `grown-document-${i}`,
        titleI18n: { en: `Grown decision ${i}` },
        type: "decision" as const,
        action: "adopted" as const,
        meetingId: id("meeting", i),
        status: "published" as const,
      })),
    });
    await db.documentRelation.createMany({
      data: n.map((i) => ({ fromId: id("document", i), toId: document.id, type: "implements" as const })),
    });
  }

  it("sends the same number of statements for about 15 links and about 150 (meeting, person, country, organization, document)", async () => {
    await grow(0, FEW);
    const before = await countAll();
    await grow(FEW, MANY);
    const after = await countAll();
    for (const page of Object.keys(pages)) {
      // The page really shows about 15, then about 150 links (so the comparison means something).
      expect(before[page]!.links, page).toBeGreaterThanOrEqual(FEW);
      expect(after[page]!.links, page).toBeGreaterThanOrEqual(before[page]!.links + MANY - FEW);
      expect({ page, statements: after[page]!.statements }).toEqual({
        page,
        statements: before[page]!.statements,
      });
    }
    expect(before.meeting!.links).toBe(15);
    console.info(
      `P2 statements per page data load (links before → after): ${Object.keys(pages)
        .map(
          (page) =>
            `${page} ${before[page]!.statements} (${before[page]!.links}) → ${after[page]!.statements} (${after[page]!.links})`,
        )
        .join(", ")}`,
    );
  });
});
