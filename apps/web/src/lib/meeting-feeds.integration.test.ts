import { createCaller, createContext } from "@plenary/api";
import { LOCALES } from "@plenary/domain";
import { seed } from "@plenary/db/seed";
import { describeEachDatabase } from "@plenary/db/testing";
import { beforeAll, expect, it } from "vitest";
import { atomViolations, parseAtom } from "./atom-conformance";
import { feedLocale, meetingFeed, type FeedSubject } from "./meeting-feeds";

const urlOf = (path: string) => `https://plenary.example${path}`;
const SUBJECTS: FeedSubject[] = [
  { kind: "meetings" },
  { kind: "organization", slug: "shanghai-cooperation-organisation" },
  { kind: "country", slug: "india" },
  { kind: "person", slug: "narendra-modi" },
];

describeEachDatabase("Atom feeds", (fixture) => {
  let api: ReturnType<typeof createCaller>;

  beforeAll(async () => {
    await seed(fixture.db);
    api = createCaller(createContext({ db: fixture.db, user: null }));
  });

  it("meet RFC 4287's MUSTs for every kind of feed in every language, and are written in that language", async () => {
    for (const subject of SUBJECTS) {
      for (const locale of LOCALES) {
        const xml = await meetingFeed(api, subject, locale, urlOf);
        const where = `${subject.kind} ${locale}`;
        expect(atomViolations(xml), where).toEqual([]);
        const feed = parseAtom(xml);
        expect(feed.getAttribute("xml:lang"), where).toBe(locale);
        const entries = Array.from(feed.getElementsByTagName("entry"));
        expect(entries.length, where).toBeGreaterThan(0);
        const title = entries[0]!.getElementsByTagName("title")[0]!.textContent ?? "";
        const script = { en: /^[\x20-\x7e]+$/, ru: /[а-яё]/i, zh: /[\u4e00-\u9fff]/ }[locale];
        expect(title, where).toMatch(script);
        expect(entries[0]!.getElementsByTagName("link")[0]!.getAttribute("href"), where).toContain(
          `/${locale}/meetings/`,
        );
      }
    }
  });

  it("reads the language from ?lang=, English when none or an unknown one is asked for", () => {
    expect(feedLocale(new Request("https://plenary.example/feeds/meetings?lang=zh"))).toBe("zh");
    expect(feedLocale(new Request("https://plenary.example/feeds/meetings?lang=fr"))).toBe("en");
    expect(feedLocale(new Request("https://plenary.example/feeds/meetings"))).toBe("en");
  });

  it("does not serve a feed of a record that is not public", async () => {
    await expect(meetingFeed(api, { kind: "person", slug: "nobody" }, "en", urlOf)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
