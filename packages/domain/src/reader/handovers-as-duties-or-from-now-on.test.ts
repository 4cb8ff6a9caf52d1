// Handovers worded as the duties of the office taken, a term held "from now on", or a year at the helm begun: "China
// assumed the duties of the SCO chair", "From now on, China holds the chairmanship", "… and China begins its year at
// the helm of the Organisation". Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { termsOf } from "./chairmanship-test-reading";
import { ids } from "./fixtures/world-knowledge";

const ots = ids.organization("ots");
const [KZ, KG] = ["KZ", "KG"].map(ids.country);
const DAY = "2024-11-06";

describe("the next holder", () => {
  it.each([
    "Kazakhstan handed the floor to Kyrgyzstan, which assumed the duties of the OTS chair.",
    "Kyrgyzstan assumed the functions of the chairman of the Organization.",
    "From now on, Kyrgyzstan holds the chairmanship of the Organization.",
    "As of now, Kyrgyzstan holds the presidency.",
    "Kazakhstan's chairmanship came to an end, and Kyrgyzstan begins its year at the helm of the Organization.",
  ])("%s", (text) => {
    expect(termsOf(text, DAY, ots).at(-1)).toEqual([KG, DAY, null]);
  });
});

describe("guards", () => {
  it.each([
    "Kyrgyzstan holds the chairmanship of the Organization.",
    "Kazakhstan made a fresh start for the chairmanship of its working group.",
    "Kyrgyzstan began its term at the helm of the Organization in 2023.",
  ])("no handover at the meeting: %s", (text) => {
    expect(termsOf(text, DAY, ots).filter(([, start]) => start === DAY)).toEqual([]);
  });
});

it("keeps the outgoing holder of a term that ended before the next one begins", () => {
  expect(
    termsOf(
      "Kazakhstan's chairmanship came to an end, and Kyrgyzstan begins its year at the helm of the Organization.",
      DAY,
      ots,
    ),
  ).toEqual([
    [KZ, null, DAY],
    [KG, DAY, null],
  ]);
});

describe("a future host of the year's meetings in the office", () => {
  const asean = ids.organization("asean");
  const MY = ids.country("MY");
  it.each([
    "Malaysia will host the 46th and 47th ASEAN Summits in 2025 as ASEAN Chair.",
    "Malaysia is to host next year's summits as the chairing country.",
  ])("%s", (text) => {
    expect(termsOf(`The Lao PDR chaired the summit. ${text}`, "2024-10-09", asean).at(-1)?.[0]).toBe(MY);
  });

  it("not the host of a meeting it only chairs, nor a host in the past", () => {
    for (const text of [
      "Malaysia will host the working group as chair of the session.",
      "Malaysia hosted the summits of 2015 as ASEAN Chair.",
    ])
      expect(
        termsOf(`The Lao PDR chaired the summit. ${text}`, "2024-10-09", asean).map(([country]) => country),
      ).not.toContain(MY);
  });
});
