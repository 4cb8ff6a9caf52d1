import { describe, expect, it } from "vitest";
import type { ReaderKnowledge } from "./knowledge";
import { foldTransliteration, personCandidates, scoreName, similarity, splitName } from "./names";

const person = (id: string, en: string, otherNames: string[] = []) => ({
  id,
  nameI18n: { en },
  givenName: null,
  familyName: null,
  otherNames: otherNames.map((name) => ({ name })),
});

// People without the other names the seed stores: matching must come from the spelling rules alone.
const knowledge: ReaderKnowledge = {
  people: [
    person("pergiyosov", "Jumakhon Giyosov"),
    person("perjaparov", "Sadyr Japarov"),
    person("perxi", "Xi Jinping"),
    person("pernorov", "Vladimir Norov"),
    person("perputin", "Vladimir Putin"),
    person("permirziyoyev", "Shavkat Mirziyoyev"),
  ],
  organizations: [],
  countries: [],
  posts: [],
  occupancies: [],
  memberships: [],
  topics: [],
};

describe("names", () => {
  it("folds Russian transliteration variants together", () => {
    expect(foldTransliteration("Zhaparov")).toBe(foldTransliteration("Japarov"));
    expect(foldTransliteration("Gijesov")).toBe(foldTransliteration("Giyosov"));
    expect(foldTransliteration("Mirziyoev")).toBe(foldTransliteration("Mirziyoyev"));
    expect(foldTransliteration("Rouhani")).toBe(foldTransliteration("Ruhani"));
  });
  it("scores exact, other-name, transliterated and similar spellings", () => {
    expect(scoreName("XI Jinping", "Xi Jinping")).toEqual({ score: 1, reason: "exact name" });
    expect(scoreName("Antonio Guterres", "António Guterres").reason).toBe("exact name");
    expect(scoreName("Sadyr Zhaparov", "Sadyr Zhaparov", true)).toEqual({
      score: 0.97,
      reason: "other name",
    });
    expect(scoreName("Sadyr Zhaparov", "Sadyr Japarov").reason).toBe("transliteration");
    expect(scoreName("Vladimir Norov", "Vladimir Putin").score).toBeLessThan(0.7);
    expect(similarity("abc", "abd")).toBeCloseTo(2 / 3);
  });
  it("finds the right person first for variants the database does not store", () => {
    for (const [stated, id] of [
      ["Jumakhon Gijesov", "pergiyosov"],
      ["Sadyr Zhaparov", "perjaparov"],
      ["XI Jinping", "perxi"],
      ["Shavkat Mirziyoev", "permirziyoyev"],
    ] as const) {
      const [best, second] = personCandidates(stated, knowledge);
      expect(best?.id).toBe(id);
      expect(best!.score).toBeGreaterThanOrEqual(0.85);
      expect(second?.score ?? 0).toBeLessThan(0.8);
    }
    expect(personCandidates("Zhang Ming", knowledge)).toEqual([]);
  });
  it("splits a stated name", () => {
    expect(splitName("Kassym-Jomart Tokayev")).toEqual({ givenName: "Kassym-Jomart", familyName: "Tokayev" });
  });
});
