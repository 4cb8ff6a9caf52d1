import { describe, expect, it } from "vitest";
import { LanguageCode, localize, LocalizedText } from "./localized-text";

const president = { en: "President of Russia", ru: "Президент России", zh: "俄罗斯总统" };

describe("localize", () => {
  it("returns the requested language when present", () => {
    expect(localize(president, "ru")).toEqual({ text: "Президент России", lang: "ru", isFallback: false });
    expect(localize(president, "zh")).toEqual({ text: "俄罗斯总统", lang: "zh", isFallback: false });
    expect(localize(president, "en")).toEqual({ text: "President of Russia", lang: "en", isFallback: false });
  });

  it("falls back to English visibly when the language is missing", () => {
    expect(localize({ en: "Moscow Declaration" }, "zh")).toEqual({
      text: "Moscow Declaration",
      lang: "en",
      isFallback: true,
    });
    expect(localize({ en: "Moscow Declaration", ru: "  " }, "ru").isFallback).toBe(true);
  });
});

describe("LocalizedText", () => {
  it("requires English and trims", () => {
    expect(LocalizedText.parse({ en: " Xi Jinping ", zh: "习近平" })).toEqual({
      en: "Xi Jinping",
      zh: "习近平",
    });
    const missing = LocalizedText.safeParse({ ru: "Си Цзиньпин" });
    expect(missing.error?.issues[0]?.path).toEqual(["en"]);
    const blank = LocalizedText.safeParse({ en: "   " });
    expect(blank.error?.issues[0]).toMatchObject({ path: ["en"], message: "English text is required" });
  });

  it("rejects an empty translation rather than storing it", () => {
    expect(LocalizedText.safeParse({ en: "Russia", ru: "" }).error?.issues[0]?.path).toEqual(["ru"]);
  });
});

describe("LanguageCode", () => {
  it.each(["en", "ru", "zh", "zh-Hans", "kaz"])("accepts %s", (code) =>
    expect(LanguageCode.safeParse(code).success).toBe(true),
  );
  it.each(["EN", "russian", "z", ""])("rejects %s", (code) =>
    expect(LanguageCode.safeParse(code).success).toBe(false),
  );
});
