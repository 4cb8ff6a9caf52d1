import { describe, expect, it } from "vitest";
import { Id } from "./id";
import { Identifier } from "./identifier";
import { Version } from "./record";
import { Source, SourceLanguage, SourceTimestamp } from "./source";

describe("Id", () => {
  it("accepts cuid and cuid2 ids", () => {
    expect(Id.safeParse("cjld2cjxh0000qzrmn831i7rn").success).toBe(true);
    expect(Id.safeParse("tz4a98xxat96iws9zmbrgj3a").success).toBe(true);
  });

  it("rejects names, slugs and uppercase", () => {
    for (const value of [
      "Russia",
      "president-of-russia",
      "short",
      "9abcdefgh",
      "CJLD2CJXH0000QZRMN831I7RN",
    ]) {
      expect(Id.safeParse(value).success, value).toBe(false);
    }
  });
});

describe("Source", () => {
  it("accepts the seed press release as a source with its text", () => {
    const source = {
      title: "A meeting of the Council of Shanghai cooperation organization's heads of state",
      publishedAt: "2020-11-12T10:58",
      retrievedAt: "2025-01-15T08:00:00Z",
      text: "The meeting of the SCO Council Heads of State was held in a videoconference format on November 10.",
    };
    expect(Source.parse(source)).toEqual(source);
  });

  it("accepts partial dates and offset date-times as timestamps", () => {
    for (const value of [
      "2020",
      "2020-11",
      "2020-11-12",
      "2020-11-12T10:58:00+03:00",
      "2020-11-12T07:58:00Z",
    ]) {
      expect(SourceTimestamp.safeParse(value).success, value).toBe(true);
    }
    for (const value of ["12.11.2020 10:58", "2020-11-31", "yesterday"]) {
      expect(SourceTimestamp.safeParse(value).success, value).toBe(false);
    }
  });

  it("rejects a source that names nothing, and non-http URLs, with field paths", () => {
    expect(Source.safeParse({ note: "seen somewhere" }).error?.issues[0]).toMatchObject({
      path: ["url"],
      message: "A source needs at least a URL, a title or its text",
    });
    expect(Source.safeParse({ url: "ftp://example.org/x" }).error?.issues[0]?.path).toEqual(["url"]);
    expect(Source.safeParse({ title: "x", publishedAt: "12.11.2020" }).error?.issues[0]?.path).toEqual([
      "publishedAt",
    ]);
  });
});

describe("Source: publisher, language and archived text", () => {
  it("keeps publisher, language, archived text and its date", () => {
    const source = {
      url: "https://example.org/news/summit",
      title: "Leaders meet online",
      publisher: "Example News Agency",
      publishedAt: "2020-11-12T10:58",
      language: "en",
      text: "The leaders met by video link.",
      archivedAt: "2020-11-13T09:00:00Z",
    };
    expect(Source.parse(source)).toEqual(source);
  });

  it("accepts BCP 47 tags whose language is an ISO 639-1 code", () => {
    for (const tag of ["en", "ru", "zh", "zh-Hans", "en-GB", "kk", "pt-BR"])
      expect(SourceLanguage.safeParse(tag).success, tag).toBe(true);
  });

  it("refuses codes that are not languages, three-letter codes, names and bad subtags", () => {
    for (const tag of ["xx", "qq", "EN", "eng", "English", "en_GB", "en-", "zh-Hans-toolongsubtag", ""]) {
      const result = SourceLanguage.safeParse(tag);
      expect(result.success, tag).toBe(false);
      expect(result.error?.issues.map((issue) => issue.message)).toEqual([
        "Must be a language tag such as en, ru, zh or zh-Hans (an ISO 639-1 code first)",
      ]);
    }
    expect(Source.safeParse({ title: "x", language: "xx" }).error?.issues[0]?.path).toEqual(["language"]);
  });

  it("needs the archived text when an archiving date is given", () => {
    expect(Source.safeParse({ title: "x", archivedAt: "2021-01-01" }).error?.issues[0]).toMatchObject({
      path: ["archivedAt"],
      message: "Give the archived text, or leave the archiving date out",
    });
  });

  it("refuses a text archived before the source was published, comparing as far as both dates go", () => {
    expect(
      Source.safeParse({ title: "x", text: "t", publishedAt: "2020-11-12", archivedAt: "2020-11-11T23:00" })
        .error?.issues[0]?.path,
    ).toEqual(["archivedAt"]);
    expect(
      Source.safeParse({ title: "x", text: "t", publishedAt: "2020-11", archivedAt: "2020-11-01" }).success,
    ).toBe(true);
    expect(
      Source.safeParse({ title: "x", text: "t", publishedAt: "2020", archivedAt: "2019-12-31" }).success,
    ).toBe(false);
  });
});

describe("Identifier", () => {
  it("accepts well-formed identifiers", () => {
    expect(Identifier.safeParse({ scheme: "wikidata", value: "Q159" }).success).toBe(true);
    expect(Identifier.safeParse({ scheme: "iso3166_1_a2", value: "RU" }).success).toBe(true);
    expect(Identifier.safeParse({ scheme: "iso3166_1_a3", value: "RUS" }).success).toBe(true);
    expect(Identifier.safeParse({ scheme: "un_symbol", value: "A/75/589-S/2020/1111" }).success).toBe(true);
  });

  it("checks the format of schemes that have one", () => {
    const result = Identifier.safeParse({ scheme: "wikidata", value: "159" });
    expect(result.error?.issues[0]).toMatchObject({ path: ["value"] });
    expect(result.error?.issues[0]?.message).toContain("Q159");
    expect(Identifier.safeParse({ scheme: "iso3166_1_a2", value: "ru" }).success).toBe(false);
    expect(Identifier.safeParse({ scheme: "isbn", value: "1" }).error?.issues[0]?.path).toEqual(["scheme"]);
  });
});

describe("Version", () => {
  it("accepts the versions the database can store, and refuses others with a message", () => {
    expect(Version.safeParse(1).success).toBe(true);
    expect(Version.safeParse(2_147_483_647).success).toBe(true);
    // A larger one reached the database, which answered a server error (found by the malformed-input attack).
    expect(Version.safeParse(Number.MAX_SAFE_INTEGER).error?.issues[0]?.message).toBe(
      "Version is at most 2147483647",
    );
    expect(Version.safeParse(0).error?.issues[0]?.message).toBe("Version starts at 1");
  });
});
