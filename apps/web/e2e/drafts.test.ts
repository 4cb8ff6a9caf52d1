import { createDb, type Db } from "@plenary/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseUrl, webUrl } from "../../../tooling/testing/apps";

const SLUG = "draft-summit-of-the-hidden-council-2031-02-02";
const PERSON = "quintus-hiddenfield";

describe("a draft meeting is nowhere on the public site", () => {
  let db: Db;

  beforeAll(async () => {
    db = createDb(databaseUrl());
    const body = await db.organization.findUniqueOrThrow({
      where: { slug: "sco-council-of-heads-of-state" },
    });
    const person = await db.person.create({
      data: { slug: PERSON, nameI18n: { en: "Quintus Hiddenfield" }, otherNames: [] },
    });
    const meeting = await db.meeting.create({
      data: {
        slug: SLUG,
        titleI18n: { en: "Draft summit of the Hidden Council" },
        classification: "summit",
        attendanceMode: "in_person",
        startDate: "2031-02-02",
        endDate: "2031-02-02",
        bodyId: body.id,
        status: "draft",
      },
    });
    await db.participation.create({
      data: {
        meetingId: meeting.id,
        personId: person.id,
        titleAsStated: "Quintus Hiddenfield",
        category: "guest_state",
        role: "participant",
        mode: "in_person",
        protocolOrder: 1,
      },
    });
  });

  afterAll(async () => {
    await db.meeting.deleteMany({ where: { slug: SLUG } });
    await db.person.deleteMany({ where: { slug: PERSON } });
    await db.$disconnect();
  });

  it("answers 404 for its pages and its JSON, in every language", async () => {
    for (const locale of ["en", "ru", "zh"]) {
      expect((await fetch(`${webUrl()}/${locale}/meetings/${SLUG}`)).status).toBe(404);
      expect((await fetch(`${webUrl()}/${locale}/people/${PERSON}`)).status).toBe(404);
    }
    expect((await fetch(`${webUrl()}/api/v1/meetings/${SLUG}`)).status).toBe(404);
    expect((await fetch(`${webUrl()}/api/v1/people/${PERSON}`)).status).toBe(404);
    expect((await fetch(`${webUrl()}/feeds/people/${PERSON}`)).status).toBe(404);
  });

  it("is left out of lists, exports, feeds, the sitemap and search", async () => {
    const texts = await Promise.all(
      [
        "/en",
        "/en/archive",
        "/api/v1/meetings",
        "/api/v1/people",
        "/api/v1/popolo",
        "/feeds/meetings",
        "/sitemap.xml",
        "/en/search?q=Hiddenfield",
        "/en/search?q=Hidden%20Council",
      ].map(async (path) => [path, await (await fetch(`${webUrl()}${path}`)).text()] as const),
    );
    for (const [path, text] of texts) {
      expect(text, path).not.toContain(SLUG);
      expect(text, path).not.toContain(PERSON);
      expect(text, path).not.toContain("Draft summit of the Hidden Council");
      // The search page repeats the query; everywhere else the name and the year must not appear at all.
      if (!path.includes("search")) {
        expect(text, path).not.toContain("Hiddenfield");
        expect(text, path).not.toContain("2031");
      }
    }
  });
});
