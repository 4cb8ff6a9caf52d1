import { describe, expect, it } from "vitest";
import type { KnownPerson, ReaderKnowledge } from "./knowledge";
import {
  foldTransliteration,
  knownSpellings,
  personCandidates,
  scoreName,
  similarity,
  casedName,
  splitName,
} from "./names";

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

describe("a family name written in capitals", () => {
  it.each([
    ["NGUYEN Tan Dung", "Nguyen Tan Dung", { givenName: "Tan Dung", familyName: "Nguyen" }],
    ["XI Jinping", "Xi Jinping", { givenName: "Jinping", familyName: "Xi" }],
    ["Hsien Loong LEE", "Hsien Loong Lee", { givenName: "Hsien Loong", familyName: "Lee" }],
    ["PHAM Minh Chinh", "Pham Minh Chinh", { givenName: "Minh Chinh", familyName: "Pham" }],
  ])("%s → %s", (stated, name, parts) => {
    expect(casedName(stated)).toBe(name);
    expect(splitName(stated)).toEqual(parts);
  });

  it.each(["Benigno S. Aquino III", "U Thein Sein", "Joko Widodo"])("leaves %s as it is", (stated) => {
    expect(casedName(stated)).toBe(stated);
  });
});

describe("candidate people at scale", () => {
  it("skips only names that cannot reach the candidate floor: the same candidates as scoring every spelling", () => {
    const given = [
      "Vladimir",
      "Volodymyr",
      "Sergei",
      "Sergey",
      "Xi",
      "Li",
      "Ilham",
      "Ilkham",
      "Shavkat",
      "Emomali",
    ];
    const family = [
      "Putin",
      "Poutine",
      "Lavrov",
      "Jinping",
      "Qiang",
      "Aliyev",
      "Aliev",
      "Mirziyoyev",
      "Rahmon",
      "Norov",
    ];
    const people: KnownPerson[] = given.flatMap((first, i) =>
      family.map((last, j) => ({
        id: `p${i}-${j}`,
        nameI18n: { en: `${first} ${last}` },
        givenName: first,
        familyName: last,
        otherNames: (i + j) % 4 === 0 ? [{ name: `${last} ${first}`, lang: "en" as const }] : [],
      })),
    );
    const known: ReaderKnowledge = { ...knowledge, people };
    let found = 0;
    for (const stated of [
      "Vladimir Putin",
      "V. Putin",
      "Xi Jinping",
      "Ilham Aliev",
      "Sergei Lavrov",
      "Putin",
      "Shavkat Mirziyoev",
      "Li",
    ]) {
      const expected = people
        .map((person) => {
          const best = knownSpellings(person)
            .map((spelling) => scoreName(stated, spelling.name, spelling.other))
            .reduce((a, b) => (b.score > a.score ? b : a), { score: 0, reason: "similar name" as const });
          return {
            id: person.id,
            score: Math.round(best.score * 100) / 100,
            reason: best.reason,
            raw: best.score,
          };
        })
        .filter((candidate) => candidate.raw >= 0.6)
        .map((candidate) => ({ id: candidate.id, score: candidate.score, reason: candidate.reason }));
      const actual = personCandidates(stated, known).map(({ id, score, reason }) => ({ id, score, reason }));
      found += actual.length;
      expect(new Set(actual.map((c) => JSON.stringify(c))), stated).toEqual(
        new Set(expected.map((c) => JSON.stringify(c))),
      );
    }
    expect(found).toBeGreaterThan(20);
  });
});
