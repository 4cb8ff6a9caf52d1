import { describe, expect, it } from "vitest";
import { readerFixtures } from "./fixtures/index";
import { referenceData } from "./fixtures/reference-data";
import { sealedReaderFixtures } from "./fixtures/sealed/index";
import {
  foldedTokens,
  knowledgeCandidates,
  knowledgeQueryOf,
  namedIn,
  readPressReleaseFrom,
  referenceNameKeys,
  SnapshotKnowledge,
} from "./knowledge-source";
import { readPressRelease } from "./read-press-release";

describe("knowledge as candidate lookups", () => {
  it.each([...readerFixtures, ...sealedReaderFixtures].map((fixture) => [fixture.name, fixture] as const))(
    "reads %s from the candidates exactly as from the whole snapshot",
    async (_name, fixture) => {
      const whole = readPressRelease(fixture.text, fixture.knowledge);
      const fromCandidates = await readPressReleaseFrom(
        fixture.text,
        new SnapshotKnowledge(fixture.knowledge),
      );
      expect(fromCandidates).toEqual(whole);
    },
  );

  // "American" is the demonym of the United States and of the Northern Mariana Islands: the reader takes the one
  // that belongs to more organizations, and the candidates must hold those memberships even when the text names
  // none of the organizations, or the lowest id (MP) wins. Seen on a CELAC release read from the database.
  it.each([
    "The Community of Latin American and Caribbean States held its summit in Montevideo on 10 March 2025. President Yamandu Orsi of Uruguay chaired the meeting, attended by the leaders of the member states.",
    "MONTEVIDEO, 10 March 2025. The leaders of Latin American countries met for a summit chaired by Uruguay. The American delegation did not attend.",
    "Leaders of the Andean and Central American nations held a summit in Lima on 4 May 2024, chaired by Peru.",
  ])("ranks same-named countries from the candidates as from the whole reference data: %s", async (text) => {
    const whole = readPressRelease(text, referenceData);
    const fromCandidates = await readPressReleaseFrom(text, new SnapshotKnowledge(referenceData));
    expect(fromCandidates.countryMentions).toEqual(whole.countryMentions);
    expect(fromCandidates).toEqual(whole);
  });

  it("keeps every membership of a chosen country, whichever organizations the text names", () => {
    const candidates = knowledgeCandidates(referenceData, knowledgeQueryOf("An American delegation came."));
    const ofUnitedStates = referenceData.memberships.filter((membership) => membership.countryId === "US");
    expect(ofUnitedStates.length).toBeGreaterThan(3);
    expect(candidates.memberships.filter((membership) => membership.countryId === "US")).toEqual(
      ofUnitedStates,
    );
    // The organizations themselves are not fetched for it.
    expect(candidates.organizations.length).toBeLessThan(referenceData.organizations.length / 4);
  });

  it("keys a name by its telling words and finds it only when all its words are in the text", () => {
    expect(referenceNameKeys(["Republic of Korea", "Security Council", "of the"])).toEqual([
      "korea",
      "securiti",
      "cuncil",
      "of",
      "the",
    ]);
    const words = new Set(knowledgeQueryOf("The Republic of Korea and Côte d’Ivoire signed.").words);
    expect(namedIn(["Republic of Korea"], words)).toBe(true);
    expect(namedIn(["Côte d'Ivoire"], words)).toBe(true);
    expect(namedIn(["Democratic People's Republic of Korea"], words)).toBe(false);
  });

  it("keys no word longer than a hundred characters", () => {
    const long = "abcdefghik".repeat(11);
    expect(referenceNameKeys([`Long ${long} Republic`])).toEqual(["long"]);
    expect(referenceNameKeys([long])).toEqual([]);
    expect(referenceNameKeys(["Longland"])).toEqual(["longland"]);
  });

  it("asks for a fraction of the people, transliteration variants included", () => {
    const fixture = readerFixtures.find((candidate) => candidate.name === "brics-2024-10-23")!;
    const candidates = knowledgeCandidates(fixture.knowledge, knowledgeQueryOf(fixture.text));
    expect(candidates.people.length).toBeGreaterThan(0);
    expect(candidates.people.length * 3).toBeLessThan(fixture.knowledge.people.length);
    expect(candidates.occupancies.every((o) => candidates.people.some((p) => p.id === o.personId))).toBe(
      true,
    );
    // Countries and organizations the text names (and organizations' trees), posts of those and of the people.
    expect(candidates.countries.length * 3).toBeLessThan(fixture.knowledge.countries.length);
    expect(candidates.countries.map((country) => country.iso2)).toContain("RU");
    expect(candidates.organizations.length).toBeLessThan(fixture.knowledge.organizations.length);
    expect(candidates.posts.length).toBeLessThan(fixture.knowledge.posts.length);
    expect(foldedTokens("Gijesov")).toEqual(foldedTokens("Giyosov"));
    const query = knowledgeQueryOf("They met in Astana. Vladimir Putin spoke.");
    expect(query.nameTokens).toEqual(["astana", "putin", "thei", "vladimir"]);
    expect(query.words).toEqual(["astana", "in", "met", "putin", "spoke", "thei", "vladimir"]);
  });
});
