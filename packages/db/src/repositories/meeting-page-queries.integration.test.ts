import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { PrismaClient } from "../generated/prisma/client";
import { seed } from "../seed";
import type { Db } from "../client";
import { describeEachDatabase } from "../testing";
import { MeetingRepository } from "./meeting-repository";

const SLUG = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";

/**
 * The public meeting page loads its data with `MeetingRepository.detailBySlug(slug, "public")`. Counted at the
 * client (every SQL statement Prisma sends), the number must not grow with the number of participants.
 */
/** A client that reports every SQL statement it sends. */
function countingClient(url: string) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: url }),
    log: [{ emit: "event" as const, level: "query" as const }],
  });
}

describeEachDatabase("meeting page data load", (fixture) => {
  let counted: ReturnType<typeof countingClient>;
  let statements: string[] = [];

  beforeAll(async () => {
    await seed(fixture.db);
    counted = countingClient(fixture.database.url);
    counted.$on("query", (event) => statements.push(event.query));
  });

  afterAll(async () => {
    await counted?.$disconnect();
  });

  async function queriesForPage(): Promise<{ count: number; participants: number }> {
    const repository = new MeetingRepository(counted as unknown as Db);
    await repository.detailBySlug(SLUG, "public"); // warm-up: connection set-up is not the page's cost
    statements = [];
    const detail = await repository.detailBySlug(SLUG, "public");
    return { count: statements.length, participants: detail.participations.length };
  }

  it("uses the same small number of SQL queries for 15 participants and for 75", async () => {
    const before = await queriesForPage();
    expect(before.participants).toBe(15);

    const meeting = await fixture.db.meeting.findUniqueOrThrow({ where: { slug: SLUG } });
    const russia = await fixture.db.country.findUniqueOrThrow({ where: { iso2: "RU" } });
    for (let i = 0; i < 60; i++) {
      const person = await fixture.db.person.create({
        data: { slug: `delegate-${i}`, nameI18n: { en: `Delegate ${i}` }, otherNames: [] },
      });
      await fixture.db.participation.create({
        data: {
          meetingId: meeting.id,
          personId: person.id,
          titleAsStated: `Delegate ${i}`,
          representingCountryId: russia.id,
          category: "member_state",
          role: "participant",
          mode: "videoconference",
          protocolOrder: 100 + i,
        },
      });
    }

    const after = await queriesForPage();
    expect(after.participants).toBe(75);
    expect(after.count).toBe(before.count);
    // The record with every relation it shows is one joined statement; the previous and next meeting one each; its
    // public changes one (consecutive public versions compared in the database), for the corrections the page lists.
    expect(before.count).toBeLessThanOrEqual(4);
    console.info(
      `meeting page data load: ${before.count} SQL queries for 15 participants, ${after.count} for 75`,
    );
  });
});
