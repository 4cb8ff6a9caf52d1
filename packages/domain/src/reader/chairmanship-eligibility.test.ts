// Who may hold a rotating chairmanship (chairmanship-eligibility.ts): a member of the organization, when the knowledge
// holds its members — as the reference data does for the main organizations, with every country. Read against the
// Eurasian fixtures' knowledge merged with the reference data, as the app reads a release. Every sentence is written
// for these tests.
import { describe, expect, it } from "vitest";
import { readChairmanships } from "./chairmanship";
import { mayHoldTheOffice } from "./chairmanship-eligibility";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { referenceData } from "./fixtures/reference-data";
import { rotatingChairsKnowledge } from "./fixtures/rotating-chairs-knowledge";
import { withReferenceData } from "./fixtures/with-reference-data";
import { ids } from "./fixtures/world-knowledge";
import type { ReaderKnowledge } from "./knowledge";
import { segment } from "./segment";

const ots = ids.organization("ots");
const g20 = ids.organization("g20");
const withReference = withReferenceData(eurasiaKnowledge, referenceData);
const KG = ids.country("KG");
const KZ = ids.country("KZ");
const AZ = ids.country("AZ");
// The Eurasian fixtures' knowledge does not hold Japan: merged with the reference data, it joins under the fixtures' id.
const JP = ids.country("JP");

const read = (text: string, knowledge: ReaderKnowledge, organizationId = ots) =>
  readChairmanships({
    text,
    paragraphs: segment(text),
    knowledge,
    date: "2022-11-11",
    publishedAt: "2022-11-11",
    organizationId,
    chair: null,
  });
const termsOf = (text: string, knowledge: ReaderKnowledge, organizationId = ots) =>
  read(text, knowledge, organizationId).map((term) => [term.countryId, term.startDate, term.endDate]);

describe("a country outside the organization", () => {
  it.each([
    "Japan will take over the chairmanship of the Organisation. The chairmanship of the Organisation passed to Kyrgyzstan.",
    "The Council welcomed Hungary's offer to host the next summit, which Hungary will chair. The presidency passed to Kyrgyzstan.",
    "The leaders agreed that Italy will take over the chairmanship of the Organisation. Kyrgyzstan took over the chairmanship.",
  ])("gives way to a member the text names as next holder: %s", (text) => {
    expect(termsOf(text, withReference).map(([country]) => country)).toEqual([KG]);
  });

  it.each([
    "The chairmanship of the Organisation passed to Japan.",
    "The leaders agreed that Japan will take over the chairmanship of the Organisation.",
    "Japan will chair the Organisation next year.",
  ])("is still proposed when no member is named, with a low confidence: %s", (text) => {
    const terms = read(text, withReference);
    expect(terms.map((term) => term.countryId)).toEqual([JP]);
    expect(terms[0]!.confidence).toBeLessThanOrEqual(0.5);
  });

  it("gives way to a member as the outgoing holder", () => {
    expect(
      termsOf(
        "Japan thanked the leaders for their work. The presidency of the Organisation passed from Japan to Kyrgyzstan, and Azerbaijan's chairmanship ended.",
        withReference,
      ),
    ).toEqual([
      [AZ, null, "2022-11-11"],
      [KG, "2022-11-11", null],
    ]);
  });
});

describe("a member, or an organization whose members the knowledge does not hold", () => {
  it.each([
    ["The chairmanship of the Organisation passed to Kyrgyzstan.", KG],
    ["Azerbaijan will take over the chairmanship of the Organisation in 2023.", AZ],
  ])("keeps a member as the next holder: %s", (text, country) => {
    expect(termsOf(text, withReference).map(([id]) => id)).toContain(country);
  });

  it("keeps any country of an organization the knowledge holds no members of", () => {
    expect(rotatingChairsKnowledge.memberships.some((m) => m.organizationId === g20)).toBe(false);
    expect(termsOf("The G20 presidency passed to Kazakhstan.", rotatingChairsKnowledge, g20)).toContainEqual([
      KZ,
      "2022-11-11",
      null,
    ]);
  });

  it("tells members, non-members and unknown organizations apart", () => {
    expect(mayHoldTheOffice(withReference, ots, KG)).toBe(true);
    expect(mayHoldTheOffice(withReference, ids.organization("ots-council-of-heads-of-state"), KG)).toBe(true);
    expect(mayHoldTheOffice(withReference, ots, ids.country("CN"))).toBe(false);
    expect(mayHoldTheOffice(rotatingChairsKnowledge, g20, KZ)).toBe(true);
    expect(mayHoldTheOffice(withReference, null, ids.country("CN"))).toBe(true);
  });
});
