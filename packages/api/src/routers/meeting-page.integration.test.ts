import { TRPCError } from "@trpc/server";
import { describeOneDatabase } from "@plenary/db/testing";
import { seed } from "@plenary/db/seed";
import { beforeAll, expect, it } from "vitest";
import { callersFor } from "../test-callers";
import { MeetingPageInput } from "./meeting";

type Callers = Awaited<ReturnType<typeof callersFor>>;

/** Every page from the first, following nextCursor. */
async function walk(callers: Callers, query: Record<string, unknown>): Promise<string[][]> {
  const pages: string[][] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await callers.anonymous.meeting.page({ ...query, ...(cursor ? { cursor } : {}) });
    pages.push(page.items.map((m) => m.slug));
    if (!page.nextCursor) return pages;
    cursor = page.nextCursor;
  }
}

describeOneDatabase("the JSON API's meeting list: keyset pages and filters", (fixture) => {
  let callers: Callers;

  beforeAll(async () => {
    await seed(fixture.db);
    callers = await callersFor(fixture.db);
    const sco = await fixture.db.organization.findUniqueOrThrow({
      where: { slug: "sco-council-of-heads-of-state" },
    });
    const india = await fixture.db.country.findUniqueOrThrow({ where: { slug: "india" } });
    const person = await fixture.db.person.findUniqueOrThrow({ where: { slug: "narendra-modi" } });
    // Two meetings on the same day (the id breaks the tie), one without a date, one a draft.
    const meetings: [string, string | null, "published" | "draft"][] = [
      ["page-test-a-2019-06-14", "2019-06-14", "published"],
      ["page-test-b-2019-06-14", "2019-06-14", "published"],
      ["page-test-c-2018", "2018", "published"],
      ["page-test-undated", null, "published"],
      ["page-test-draft-2019-06-14", "2019-06-14", "draft"],
    ];
    for (const [slug, startDate, status] of meetings) {
      const meeting = await fixture.db.meeting.create({
        data: {
          slug,
          titleI18n: { en: slug },
          classification: "summit",
          attendanceMode: "in_person",
          startDate,
          endDate: startDate,
          bodyId: slug.includes("-c-") ? null : sco.id,
          status,
          sources: [{ url: "https://example.org/page-test", title: "Press release" }],
        },
      });
      if (slug.includes("-a-") || slug.includes("draft")) {
        await fixture.db.participation.create({
          data: {
            meetingId: meeting.id,
            personId: person.id,
            representingCountryId: india.id,
            titleAsStated: "Prime Minister",
            category: "member_state",
            role: "participant",
            mode: "in_person",
            protocolOrder: 1,
          },
        });
      }
    }
  });

  it("walks every published meeting once, newest first, undated last, whatever the page size", async () => {
    const all = await callers.anonymous.meeting.page({ limit: 200 });
    const slugs = all.items.map((m) => m.slug);
    expect(all.nextCursor).toBeNull();
    expect(slugs).not.toContain("page-test-draft-2019-06-14");
    expect(slugs.at(-1)).toBe("page-test-undated");
    const dates = all.items.map((m) => m.startDate).filter((d) => d !== null);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(all.items.every((m) => m.status === "published")).toBe(true);
    const { total } = await callers.anonymous.meeting.list({ limit: 200, offset: 0 });
    expect(slugs).toHaveLength(total);

    for (const limit of [1, 2, 3]) {
      const pages = await walk(callers, { limit });
      expect(pages.every((page) => page.length <= limit)).toBe(true);
      expect(pages.flat(), `limit ${limit}`).toEqual(slugs);
    }
  });

  it("filters by year, by organization (body or its parent) and by represented or host country", async () => {
    expect((await walk(callers, { year: 2019 })).flat().sort()).toEqual([
      "page-test-a-2019-06-14",
      "page-test-b-2019-06-14",
    ]);
    const byBody = (await walk(callers, { organization: "sco-council-of-heads-of-state", limit: 1 })).flat();
    expect(byBody).toContain("page-test-b-2019-06-14");
    expect(byBody).not.toContain("page-test-c-2018");
    const byParent = (await walk(callers, { organization: "shanghai-cooperation-organisation" })).flat();
    expect(byParent).toEqual(expect.arrayContaining(byBody));
    expect(byParent).not.toContain("page-test-c-2018");
    const india = (await walk(callers, { country: "india", year: 2019 })).flat();
    expect(india).toEqual(["page-test-a-2019-06-14"]);
    expect((await walk(callers, { country: "no-such-country" })).flat()).toEqual([]);
  });

  it("refuses limits out of range and cursors it did not give out, with a message naming the parameter", async () => {
    for (const input of [{ limit: 0 }, { limit: 201 }, { year: 20190 }, { cursor: "not-a-cursor" }]) {
      const parsed = MeetingPageInput.safeParse(input);
      expect(parsed.success, JSON.stringify(input)).toBe(false);
      expect(parsed.error?.issues[0]?.path[0]).toBe(Object.keys(input)[0]);
      await expect(callers.anonymous.meeting.page(input as never)).rejects.toBeInstanceOf(TRPCError);
    }
    const forged = Buffer.from(JSON.stringify({ s: 5, i: "" })).toString("base64url");
    expect(MeetingPageInput.safeParse({ cursor: forged }).success).toBe(false);
  });
});
