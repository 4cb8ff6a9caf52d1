// Handovers as releases of rotating presidencies phrase them (handover2 round): the office that falls or is assigned
// to the next holder ("the chairmanship for the next term falls to Y", "the presidency for 2011–2012 has been assigned
// to Y"), and the next holder whose turn it is ("Y is next in line to chair the Council", "it is now Y's turn to
// chair"). Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { termsOf } from "./chairmanship-test-reading";
import { ids } from "./fixtures/world-knowledge";

const ots = ids.organization("ots");
const [KZ, KG] = ["KZ", "KG"].map(ids.country);
const terms = (text: string, date: string) => termsOf(text, date, ots);
const nextHolders = (text: string) =>
  terms(text, "2010-09-16")
    .filter(([, , end]) => end === null)
    .map(([country]) => country);

describe("the office that falls or is assigned to the next holder", () => {
  it.each([
    "The chairmanship for the next term falls to Kyrgyzstan.",
    "The rotating presidency of the Council for 2011-2012 has been assigned to Kyrgyzstan.",
    "Under the agreed rotation, the chair fell to the Kyrgyz Republic.",
  ])("names the next holder: %s", (text) => {
    expect(nextHolders(text)).toEqual([KG]);
  });

  it("passes the office from the holder that assigned it", () => {
    expect(
      terms("Kazakhstan assigned the chairmanship to Kyrgyzstan at the close of the summit.", "2010-09-16"),
    ).toEqual([
      [KZ, null, "2010-09-16"],
      [KG, "2010-09-16", null],
    ]);
  });

  it.each([
    // Something else falls to a country, or is assigned to it, with no office in the clause.
    "The task of drafting the declaration fell to Kyrgyzstan.",
    "Responsibility for the working group on transport was assigned to Kyrgyzstan.",
  ])("does not read a task that falls to a country as the office: %s", (text) => {
    expect(terms(text, "2010-09-16")).toEqual([]);
  });
});

describe("the next holder whose turn it is", () => {
  it.each([
    "Kyrgyzstan is next in line to chair the Council.",
    "It is now Kyrgyzstan's turn to chair the Organisation.",
    "The leaders noted that the Kyrgyz Republic is next in line to chair the Council of Heads of State.",
  ])("names the next holder: %s", (text) => {
    expect(nextHolders(text)).toEqual([KG]);
  });

  it.each([
    "Kyrgyzstan was invited to chair the working group on energy.",
    "Kyrgyzstan agreed to chair the session on transport.",
  ])("does not read other 'to chair' as the office: %s", (text) => {
    expect(terms(text, "2010-09-16")).toEqual([]);
  });
});

describe("a handover ceremony named before the verb that passes the office", () => {
  it.each([
    "At the handover ceremony, Kazakhstan passed the chairmanship to Kyrgyzstan, which will hold it for a year.",
    "During the handover, the President of Kazakhstan handed the gavel to Kyrgyzstan.",
    "After the transition ceremony, Kazakhstan transferred the presidency to the Kyrgyz Republic.",
  ])("takes the verb's subject as the outgoing side: %s", (text) => {
    expect(terms(text, "2010-09-16")).toEqual([
      [KZ, null, "2010-09-16"],
      [KG, "2010-09-16", null],
    ]);
  });

  it("still reads the noun's own handover from one holder to the next", () => {
    expect(
      terms(
        "The handover of the chairmanship from Kazakhstan to Kyrgyzstan took place at the closing session.",
        "2010-09-16",
      ),
    ).toEqual([
      [KZ, null, "2010-09-16"],
      [KG, "2010-09-16", null],
    ]);
  });
});

describe("the office conferred on the next holder", () => {
  it.each([
    "The Council's chairmanship was conferred on Kyrgyzstan.",
    "The leaders conferred the rotating presidency upon the Kyrgyz Republic.",
    "The chair has been bestowed on Kyrgyzstan for the coming year.",
  ])("names the next holder: %s", (text) => {
    expect(nextHolders(text)).toEqual([KG]);
  });

  it("does not read an honour conferred on a country as the office", () => {
    expect(
      terms(
        "The leaders conferred an award on Kyrgyzstan during the chairmanship of the summit.",
        "2010-09-16",
      ),
    ).toEqual([]);
  });
});
