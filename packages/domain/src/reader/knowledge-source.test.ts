import { describe, expect, it } from "vitest";
import { readerFixtures } from "./fixtures/index";
import { sealedReaderFixtures } from "./fixtures/sealed/index";
import {
  foldedTokens,
  knowledgeCandidates,
  knowledgeQueryOf,
  readPressReleaseFrom,
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

  it("asks for a fraction of the people, transliteration variants included", () => {
    const fixture = readerFixtures.find((candidate) => candidate.name === "brics-2024-10-23")!;
    const candidates = knowledgeCandidates(fixture.knowledge, knowledgeQueryOf(fixture.text));
    expect(candidates.people.length).toBeGreaterThan(0);
    expect(candidates.people.length * 3).toBeLessThan(fixture.knowledge.people.length);
    expect(candidates.occupancies.every((o) => candidates.people.some((p) => p.id === o.personId))).toBe(
      true,
    );
    expect(foldedTokens("Gijesov")).toEqual(foldedTokens("Giyosov"));
    expect(knowledgeQueryOf("They met in Astana. Vladimir Putin spoke.").nameTokens).toEqual([
      "astana",
      "putin",
      "thei",
      "vladimir",
    ]);
  });
});
