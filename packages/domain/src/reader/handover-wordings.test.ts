// Handovers worded with no verb that passes or takes the office (handovers2 round), three variants each, and what each
// wording must not read: a term that ends ("X's chairmanship came to an end", "X ends its year at the head of the
// bloc"), a good wish for the next holder's office, "Next up is X" once a term has ended, a headline's "X to chair the
// Commonwealth in 2025", "next year's presidency", a later year in a sentence dated within the meeting, and a handover
// months before the meeting recalled. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { readChairmanships } from "./chairmanship";
import { termsOf } from "./chairmanship-test-reading";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { ids } from "./fixtures/world-knowledge";
import { segment } from "./segment";

const sco = "orgshanghaicooperationorganisati";
const ots = ids.organization("ots");
const cis = ids.organization("cis");
const csto = ids.organization("csto");
const eaeu = ids.organization("eaeu");
const asean = ids.organization("asean");
const [AZ, TR, KZ, KG, UZ, IN, CN, RU, TJ, BY, MY, LA, AM] = [
  "AZ",
  "TR",
  "KZ",
  "KG",
  "UZ",
  "IN",
  "CN",
  "RU",
  "TJ",
  "BY",
  "MY",
  "LA",
  "AM",
].map(ids.country);

describe("a term that ends: the outgoing holder", () => {
  it.each([
    [
      "Tokayev said that Kazakhstan's chairmanship had come to an end. Kyrgyzstan takes over the chairmanship.",
      KZ,
      KG,
    ],
    [
      "The Kyrgyz chairmanship of the Organization came to an end; Russia will take over the chairmanship.",
      KG,
      RU,
    ],
    ["Azerbaijan's two years at the head of the Council are over. Türkiye takes up the baton.", AZ, TR],
    ["Uzbekistan ends its year at the head of the bloc. Kazakhstan assumes the presidency.", UZ, KZ],
  ])("%s", (text, outgoing, incoming) => {
    expect(termsOf(text, "2021-11-12", ots)).toEqual([
      [outgoing, null, "2021-11-12"],
      [incoming, "2021-11-12", null],
    ]);
  });

  it("is no handover alone: a chairmanship only said to end", () => {
    expect(
      termsOf("Kazakhstan's chairmanship of the Organization came to an end.", "2024-11-06", ots),
    ).toEqual([]);
  });

  it("does not end a term that is not the office's: a fiscal year, a year of something else", () => {
    expect(
      termsOf(
        "Kazakhstan's fiscal year ended with a surplus. Kyrgyzstan takes over the chairmanship.",
        "2024-11-06",
        ots,
      ),
    ).toEqual([[KG, "2024-11-06", null]]);
    expect(
      termsOf(
        "Azerbaijan's year of culture is over. Kyrgyzstan takes over the chairmanship.",
        "2024-11-06",
        ots,
      ),
    ).toEqual([[KG, "2024-11-06", null]]);
  });
});

describe("a good wish for the office: the next holder", () => {
  it.each([
    ['"I wish Kyrgyzstan every success in its chairmanship of our Organization," he said.', ots, KG],
    ['"I wish our Chinese friends every success in their presidency of the Organisation," he said.', sco, CN],
    ["The leaders wished the Russian side success in its chairmanship.", cis, RU],
  ])("%s", (text, organization, incoming) => {
    expect(termsOf(text, "2024-07-04", organization)).toEqual([[incoming, "2024-07-04", null]]);
  });

  it("with the outgoing term that ends before it", () => {
    expect(
      termsOf(
        'Kazakhstan\'s chairmanship had come to an end. "I wish Kyrgyzstan every success in its chairmanship," he said.',
        "2024-11-06",
        ots,
      ),
    ).toEqual([
      [KZ, null, "2024-11-06"],
      [KG, "2024-11-06", null],
    ]);
  });

  it.each([
    // A president's own office, not a country's rotating one.
    "Putin wished President Tokayev every success in his presidency.",
    // Thanks for a term are for the outgoing holder: no next one.
    "The leaders thanked Kyrgyzstan for its chairmanship.",
    // Another organization's office.
    "He wished Malaysia every success in its chairmanship of ASEAN.",
    // Success in something other than the office.
    "He wished Kazakhstan every success in its preparations for the summit.",
  ])("reads no handover: %s", (text) => {
    expect(termsOf(text, "2024-07-04", sco)).toEqual([]);
  });
});

describe('"Next up is X" after an ended term', () => {
  it.each([
    "Uzbekistan ends its year at the head of the bloc. Next up is India, which will host the leaders in 2023.",
    "Uzbekistan's chairmanship is over. Next in line is India.",
    "The Uzbek presidency has ended – next up: India.",
  ])("%s", (text) => {
    expect(termsOf(text, "2022-09-16", sco)).toEqual([
      [UZ, null, "2022-09-16"],
      [IN, "2022-09-16", null],
    ]);
  });

  it.each([
    // A speaker, not a country.
    "Uzbekistan's chairmanship is over. Next up is India's prime minister, who will speak on trade.",
    // Nothing said of the office before it.
    "The leaders toured the exhibition. Next up is India, where the forum opens on Friday.",
  ])("reads no next holder: %s", (text) => {
    expect(termsOf(text, "2022-09-16", sco).filter(([country]) => country === IN)).toEqual([]);
  });
});

describe("a headline's infinitive: X to chair", () => {
  it.each([
    ["CIS leaders meet in the Kremlin; Tajikistan to chair the Commonwealth in 2025", TJ, "2025"],
    ["Tajikistan to take over the CIS chairmanship in 2025", TJ, "2025"],
    ["Summit closes – Tajikistan to head the Commonwealth next year", TJ, "2025"],
  ])("%s", (text, incoming, start) => {
    expect(termsOf(text, "2024-10-08", cis)).toEqual([[incoming, start, null]]);
  });

  it.each([
    // The object of a verb before it.
    "The leaders invited Tajikistan to chair the session on migration.",
    // Chairing something other than the body.
    "Tajikistan to chair the working group on energy",
    // Another organization.
    "Kyrgyzstan to chair the Shanghai Cooperation Organisation in 2025",
  ])("reads no handover: %s", (text) => {
    expect(termsOf(text, "2024-10-08", cis)).toEqual([]);
  });

  it("reads the headline only when the body tells no handover", () => {
    const headline = segment("Tajikistan to chair the Commonwealth in 2025")[0]!.sentences[0]!;
    const read = (body: string) =>
      readChairmanships({
        text: `${headline.text}\n\n${body}`,
        paragraphs: segment(`${headline.text}\n\n${body}`).slice(1),
        knowledge: eurasiaKnowledge,
        date: "2024-10-08",
        publishedAt: "2024-10-08",
        organizationId: cis,
        chair: null,
        headline,
      }).map((term) => [term.countryId, term.startDate, term.endDate]);
    expect(read("The leaders met in the Kremlin.")).toEqual([[TJ, "2025", null]]);
    expect(read("The chairmanship of the Commonwealth in 2025 passes to Kazakhstan.")).toEqual([
      [KZ, "2025", null],
    ]);
  });
});

describe("the dates a wording gives", () => {
  it.each([
    "Next year's presidency in the bodies of the Union will be held by the Russian side.",
    "Next year's chairmanship will be held by Russia.",
    "Next year's rotating presidency goes to Russia.",
  ])('"next year\'s presidency" starts the next year: %s', (text) => {
    expect(termsOf(text, "2022-12-09", eaeu)).toEqual([[RU, "2023", null]]);
  });

  it("\"next year's summit\" is still a meeting's year, not the term's", () => {
    expect(termsOf("Next year's summit will be held by Russia in Kazan.", "2022-12-09", eaeu)).toEqual([]);
  });

  it("a later year beats a day within a meeting of several days", () => {
    expect(
      termsOf(
        "VIENTIANE, Oct 11, 2024 – The Lao prime minister passed the gavel to Malaysia for 2025.",
        "2024-10-09",
        asean,
        "2024-10-11",
      ),
    ).toEqual([
      [LA, null, "2025"],
      [MY, "2025", null],
    ]);
  });

  it("a handover months before the meeting, recalled, is no handover at it", () => {
    expect(
      termsOf(
        "Belarus took over the chairmanship of the Union's bodies from Armenia on 1 January.",
        "2025-06-27",
        eaeu,
      ),
    ).toEqual([]);
    // "from" before a day still looks ahead.
    expect(
      termsOf("Belarus takes over the chairmanship from Armenia from 1 January.", "2024-12-26", eaeu),
    ).toEqual([
      [AM, null, "2025-01-01"],
      [BY, "2025-01-01", null],
    ]);
  });
});

describe("a term of another body named in the same text", () => {
  it("is not the body's handover", () => {
    expect(
      termsOf(
        "Xi Jinping invited the leaders to the summit of the Shanghai Cooperation Organisation in Tianjin, which China chairs this year.",
        "2025-06-17",
        csto,
      ),
    ).toEqual([]);
  });
});
