import { describe, expect, it } from "vitest";
import { atomViolations, parseAtom } from "./atom-conformance";
import { meetingsAtom } from "./atom-feed";
import type { MeetingSummary } from "./types";

const urlOf = (path: string) => `https://plenary.example${path}`;
const summit = {
  id: "m2020",
  slug: "sco-2020",
  titleI18n: {
    en: "Meeting of the SCO Council of Heads of State",
    ru: "Заседание Совета глав государств ШОС",
    zh: "上海合作组织成员国元首理事会会议",
  },
  startDate: "2020-11-10",
  endDate: "2020-11-10",
  status: "published",
  body: {
    slug: "council",
    nameI18n: { en: "Council of Heads of State", ru: "Совет глав государств" },
    abbreviationI18n: null,
  },
  participantCount: 15,
} as MeetingSummary;

const feed = (locale: "en" | "ru" | "zh") =>
  meetingsAtom({
    locale,
    title: "Plenary",
    selfPath: "/feeds/meetings",
    pagePath: "",
    meetings: [summit],
    urlOf,
  });

describe("meetingsAtom", () => {
  it("meets RFC 4287's MUSTs, with an author on the feed and on each entry", () => {
    const xml = feed("en");
    expect(atomViolations(xml)).toEqual([]);
    expect(xml).toMatch(/<feed[^>]*>[\s\S]*<author>\s*<name>Plenary<\/name>/);
    expect(xml).toMatch(/<entry>[\s\S]*<author>\s*<name>Plenary<\/name>/);
  });

  it("writes the language asked for: titles, links, summary and its own address", () => {
    const xml = feed("ru");
    expect(atomViolations(xml)).toEqual([]);
    const root = parseAtom(xml);
    expect(root.getAttribute("xml:lang")).toBe("ru");
    expect(root.getElementsByTagName("entry")[0]!.getElementsByTagName("title")[0]!.textContent).toBe(
      "Заседание Совета глав государств ШОС",
    );
    expect(xml).toContain('href="https://plenary.example/ru/meetings/sco-2020"');
    expect(xml).toContain("<id>https://plenary.example/feeds/meetings?lang=ru</id>");
    expect(xml).toContain("10 ноября 2020");
    expect(xml).toContain("участников: 15");
    // A text not translated falls back to English rather than to nothing.
    expect(feed("zh")).toContain("Council of Heads of State");
  });
});

describe("atomViolations", () => {
  it("names a missing author, a date without time zone and a missing entry id", () => {
    const xml = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><id>urn:x</id><title>t</title><updated>2020-11-10T00:00:00</updated>
      <link rel="self" href="urn:x"/><entry><title>e</title><updated>2020-11-10T00:00:00Z</updated><link href="https://x"/></entry></feed>`;
    expect(atomViolations(xml)).toEqual([
      'the feed\'s atom:updated is an RFC 3339 date-time (§3.3): "2020-11-10T00:00:00"',
      "the feed has an atom:author (§4.1.1)",
      "entry 1 has exactly one atom:id (found 0)",
      "entry 1 has an atom:author (§4.1.2; here on every entry, not only the feed)",
    ]);
  });

  it("keeps markup in a record's text as text: a feed reader renders the entries' HTML", () => {
    const hostile = {
      ...summit,
      titleI18n: { en: `Summit <script>alert(1)</script> ]]> & "more"` },
      body: { ...summit.body!, nameI18n: { en: `Council <img src=x onerror=alert(1)>` } },
    } as MeetingSummary;
    const xml = meetingsAtom({
      locale: "en",
      title: "Plenary",
      selfPath: "/feeds/meetings",
      pagePath: "",
      meetings: [hostile],
      urlOf,
    });
    expect(atomViolations(xml)).toEqual([]);
    expect(xml).not.toContain("<script");
    expect(xml).not.toContain("<img");
    const entry = parseAtom(xml).getElementsByTagName("entry")[0]!;
    // What a reader gets once it reads the type="html" texts as HTML: the original text, markup and all.
    const title = entry.getElementsByTagName("title")[0]!;
    expect(title.getAttribute("type")).toBe("html");
    expect(title.textContent).toBe(
      "Summit &lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &amp; &quot;more&quot;",
    );
    expect(entry.getElementsByTagName("summary")[0]!.textContent).toContain(
      "Council &lt;img src=x onerror=alert(1)&gt;",
    );
  });
});
