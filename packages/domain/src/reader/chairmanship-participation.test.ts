// The handovers4 round's preference for a next holder that took part in the meeting (chairmanship-participation.ts):
// a country named as next with no one at the meeting (a guest never there, another body's holder, a country the
// leaders discussed) gives way to one whose leader was at the table; alone, it still stands, less sure. The outgoing
// side too: a holder of years before with no one there gives way to one that took part. Every sentence is written for
// these tests.
import { describe, expect, it } from "vitest";
import { tookPart } from "./chairmanship-participation";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { ids } from "./fixtures/world-knowledge";
import { readPressRelease } from "./read-press-release";

const [KZ, CN, IN, KG] = ["KZ", "CN", "IN", "KG"].map(ids.country) as [string, string, string, string];

/** A short SCO release chaired by Kazakhstan's president, with China, Russia and Uzbekistan at the table. */
const read = (sentence: string) =>
  readPressRelease(
    `Astana, 4 July 2024\n\nThe meeting of the SCO Council of Heads of State was held in Astana, chaired by President of Kazakhstan Kassym-Jomart Tokayev. Taking part were President of China Xi Jinping, President of Russia Vladimir Putin and President of Uzbekistan Shavkat Mirziyoyev.\n\n${sentence}\n`,
    eurasiaKnowledge,
  ).chairmanships;
const terms = (sentence: string) =>
  read(sentence).map((term) => [term.countryId, term.startDate, term.endDate]);

describe("a next holder that took part before one that did not", () => {
  it.each([
    "Kyrgyzstan will take over the chairmanship of the Organisation, an adviser said. Tokayev handed over the presidency to Xi Jinping.",
    "The presidency passes to India, a minister wrote on the eve. At the close of the meeting Kazakhstan handed over the presidency to China.",
    "India will chair the Organisation, according to a draft seen by reporters. Tokayev then passed the chairmanship to China.",
  ])("%s", (sentence) => {
    expect(terms(sentence).at(-1)?.[0]).toBe(CN);
  });

  it.each([
    ["Kazakhstan handed over the presidency to Kyrgyzstan.", KG],
    ["The presidency passes to India.", IN],
    ["India will take over the chairmanship of the Organisation.", IN],
  ])(
    "keeps a country that did not take part when the text names no other, less sure: %s",
    (sentence, country) => {
      const next = read(sentence).at(-1);
      expect(next?.countryId).toBe(country);
      expect(next!.confidence).toBeLessThanOrEqual(0.6);
    },
  );

  it("keeps a participant's country as sure as before", () => {
    const next = read("Kazakhstan handed over the presidency to China.").at(-1);
    expect(next?.countryId).toBe(CN);
    expect(next!.confidence).toBeGreaterThan(0.6);
  });
});

describe("an outgoing holder that took part before one that did not", () => {
  it.each([
    "The Kazakh presidency, which India passed on a year ago, ended as Tokayev handed over the presidency to Xi Jinping.",
    "Kyrgyzstan, which had held the chairmanship before, was thanked; Tokayev then handed over the presidency to China.",
    "Taking over from India a year ago, Kazakhstan handed over the presidency to China at the close.",
  ])("%s", (sentence) => {
    const [outgoing, next] = terms(sentence);
    expect(next?.[0]).toBe(CN);
    expect(outgoing?.[0]).toBe(KZ);
  });
});

describe("whether a country took part", () => {
  it("says yes to every country when no participant has a country", () => {
    expect(tookPart([], null, IN)).toBe(true);
    expect(tookPart(undefined, null, IN)).toBe(true);
  });
});
