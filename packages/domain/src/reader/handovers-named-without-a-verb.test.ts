// Next holders named with no verb of passing, or with a verb the reader did not know (handovers2 round, second part):
// the office of a country in a later year as a translation from Russian writes it ("a decision on the chairmanship of
// the Republic of Tajikistan in the CIS in 2025"), a chair of a later year ("Malaysia is ASEAN chair for 2025", "Next
// year's ASEAN chair, Malaysia,", "the 2025 ASEAN chair"), "the new chairing country", "will helm", "is next to chair",
// "in Brazil under its chairmanship", "Brazil's begins", "the next summit will take place in X, which chairs …" and
// "X ends its term". Each with what it must not read. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { termsOf } from "./chairmanship-test-reading";
import { ids } from "./fixtures/world-knowledge";

const sco = "orgshanghaicooperationorganisati";
const cis = ids.organization("cis");
const ots = ids.organization("ots");
const asean = ids.organization("asean");
const brics = ids.organization("brics");
const TJ = ids.country("TJ");
const KG = ids.country("KG");
const MY = ids.country("MY");
const BR = ids.country("BR");
const RU = ids.country("RU");
const CN = ids.country("CN");
const KZ = ids.country("KZ");

describe("the office of a country in a later year", () => {
  it.each([
    "A decision was signed on the chairmanship of the Republic of Tajikistan in the CIS in 2025.",
    "The decision on Tajikistan's chairmanship in the Commonwealth in 2025 was adopted.",
    "The heads of state approved the chairmanship of Tajikistan in the Commonwealth of Independent States in 2025.",
  ])("%s", (text) => {
    expect(termsOf(text, "2024-10-08", cis)).toEqual([[TJ, "2025", null]]);
  });

  it.each([
    "The leaders recalled the chairmanship of Tajikistan in the CIS in 2019.",
    "The chairmanship of Tajikistan in the Commonwealth was discussed.",
  ])("reads no handover for a past year or none: %s", (text) => {
    expect(termsOf(text, "2024-10-08", cis)).toEqual([]);
  });
});

describe("a chair of a later year named by a role", () => {
  it.each([
    "Malaysia is the chair of ASEAN for 2025.",
    "Malaysia is ASEAN chair for 2025.",
    "Next year's ASEAN chair, Malaysia, pledged to build on the progress.",
    "The 2025 ASEAN chair Malaysia pledged unity.",
  ])("%s", (text) => {
    expect(termsOf(text, "2024-10-11", asean)).toEqual([[MY, "2025", null]]);
  });

  it.each([
    "Malaysia is chair of the working group on energy.",
    "Malaysia was ASEAN chair in 2015.",
    "The 2015 ASEAN chair Malaysia hosted the dinner.",
  ])("reads no next holder: %s", (text) => {
    expect(termsOf(text, "2024-10-11", asean)).toEqual([]);
  });

  it('"the new chairing country" is the next one, "the chairing country" the one now', () => {
    expect(
      termsOf("Kyrgyzstan, the new chairing country, presented its priorities.", "2024-11-06", ots),
    ).toEqual([[KG, "2024-11-06", null]]);
    expect(termsOf("Kyrgyzstan, the chairing country, opened the session.", "2024-11-06", ots)).toEqual([]);
  });
});

describe("verbs of the next term the reader did not know", () => {
  it.each([
    ["Malaysia will helm ASEAN in 2025.", "2025"],
    ["Malaysia is set to helm the bloc next year.", "2025"],
  ])("%s", (text, start) => {
    expect(termsOf(text, "2024-10-11", asean)).toEqual([[MY, start, null]]);
  });

  it.each(["Malaysia will helm the working group in 2025.", "Malaysia helmed ASEAN in 2015."])(
    "reads no handover: %s",
    (text) => {
      expect(termsOf(text, "2024-10-11", asean)).toEqual([]);
    },
  );

  it('"is next to chair" names the next holder; "is next to speak" does not', () => {
    expect(termsOf("Brazil is next to chair BRICS.", "2024-10-23", brics)).toEqual([
      [BR, "2024-10-23", null],
    ]);
    expect(termsOf("Brazil is next to speak.", "2024-10-23", brics)).toEqual([]);
  });
});

describe("the next meeting's host and its office", () => {
  it('"in X under its chairmanship": the country before "its"', () => {
    expect(
      termsOf("The next BRICS summit will be held in Brazil under its chairmanship.", "2024-10-23", brics),
    ).toEqual([[BR, "2024-10-23", null]]);
    // A meeting held, not a next one.
    expect(termsOf("The summit was held in Brazil under its chairmanship.", "2024-10-23", brics)).toEqual([]);
  });

  it('"the next summit will take place in X, which chairs …" in a range that starts this year', () => {
    expect(
      termsOf(
        "The next summit will take place in China, which chairs the Organisation in 2024–2025.",
        "2024-07-04",
        sco,
      ),
    ).toEqual([[CN, "2024-07-04", null]]);
    // The holder now, by the reference data or by the words, hosts the next meeting: no handover.
    expect(
      termsOf(
        "The next summit will take place in Kazakhstan, which chairs the Organisation.",
        "2024-01-10",
        sco,
      ),
    ).toEqual([]);
    expect(
      termsOf(
        "The next summit will take place in China, which currently chairs the Organisation.",
        "2024-07-04",
        sco,
      ),
    ).toEqual([]);
  });
});

describe("an office left out, a term ended", () => {
  it("\"Russia's chairmanship ends on 31 December, and Brazil's begins on 1 January\"", () => {
    expect(
      termsOf(
        "Russia's chairmanship ends on 31 December, and Brazil's begins on 1 January.",
        "2024-10-23",
        brics,
      ),
    ).toEqual([
      [RU, "2024-01-01", "2025-01-01"],
      [BR, "2025-01-01", null],
    ]);
    expect(termsOf("The forum ends on Friday, and Brazil's begins on Monday.", "2024-10-23", brics)).toEqual(
      [],
    );
  });

  it('"X ends its term. Next up is Y"; not a term of office elsewhere', () => {
    expect(termsOf("Kazakhstan ends its term. Next up is China.", "2024-07-04", sco)).toEqual([
      [KZ, "2023-07-04", "2024-07-04"],
      [CN, "2024-07-04", null],
    ]);
    expect(
      termsOf(
        "Kazakhstan ended its term of office as a non-permanent member of the Security Council. Next up is China.",
        "2024-07-04",
        sco,
      ),
    ).toEqual([]);
  });
});

describe("a next term in the passive, the present or a possessive with its time", () => {
  it.each([
    ["In 2025 the Commonwealth will be led by Tajikistan.", "2025"],
    ["The Commonwealth will be chaired in 2025 by the Republic of Tajikistan.", "2025"],
    ["Tajikistan chairs the CIS from 1 January.", "2025-01-01"],
    ["The leaders agreed on Tajikistan's chairmanship next year.", "2025"],
  ])("%s", (text, start) => {
    expect(termsOf(text, "2024-10-08", cis)).toEqual([[TJ, start, null]]);
  });

  it.each([
    // A delegation, not the body, is led.
    "Next year the delegation will be led by Tajikistan's foreign minister.",
    // In the past.
    "The Commonwealth was led by Tajikistan in 2019.",
    // A meeting's chair, with no later time.
    "The meeting will be chaired by Tajikistan.",
    // The holder now, with no later day.
    "Tajikistan chairs the CIS.",
    // A past term.
    "Tajikistan's chairmanship last year was a success.",
  ])("reads no handover: %s", (text) => {
    expect(termsOf(text, "2024-10-08", cis)).toEqual([]);
  });
});
