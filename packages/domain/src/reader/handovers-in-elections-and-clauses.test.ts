// The handovers3 round's rules (handovers-in-elections-and-clauses.ts): a next holder elected by the others, named in
// a relative clause after the office or leading the body "in succession to" the outgoing one; the outgoing one named
// as such in the handover's sentence; a gavel "delivered"; a country's "turn at the presidency". Each with guards:
// sentences worded alike that hand nothing over. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { termsOf } from "./chairmanship-test-reading";
import { ids } from "./fixtures/world-knowledge";

const cis = ids.organization("cis");
const ots = ids.organization("ots");
const [AZ, TR, KZ, KG, BY, RU, UZ] = ["AZ", "TR", "KZ", "KG", "BY", "RU", "UZ"].map(ids.country);

const inCis = (text: string) => termsOf(text, "2012-12-05", cis);
const inOts = (text: string) => termsOf(text, "2022-11-11", ots);

describe("a next holder elected by the others", () => {
  it.each([
    "The heads of state elected President of Kazakhstan Nursultan Nazarbayev as Chairman of the Council of Heads of State of the CIS.",
    "The leaders unanimously elected Kazakhstan chair of the Commonwealth at the opening session.",
    "President of Kazakhstan Nursultan Nazarbayev was unanimously elected Chairman of the Council.",
  ])("takes the elected country: %s", (text) => {
    expect(inCis(text)).toContainEqual([KZ, "2012-12-05", null]);
  });

  it("takes the outgoing chairman named in apposition as the outgoing holder", () => {
    expect(
      inCis(
        "On a proposal by the outgoing Chairman, President of Russia Vladimir Putin, the Council elected President of Belarus Alexander Lukashenko as its new Chairman.",
      ),
    ).toEqual([
      [RU, null, "2012-12-05"],
      [BY, "2012-12-05", null],
    ]);
  });

  it("takes the one who had headed the Council until now as the outgoing holder", () => {
    expect(
      inCis(
        "The heads of state elected President of Belarus Alexander Lukashenko as Chairman of the Council, on the proposal of the President of Russia, who had headed the Council until now.",
      ),
    ).toEqual([
      [RU, null, "2012-12-05"],
      [BY, "2012-12-05", null],
    ]);
  });

  it.each([
    "The newly elected President of Kyrgyzstan spoke about the chairmanship's priorities.",
    "The ministers elected President of Kazakhstan Nursultan Nazarbayev's adviser as Chairman of the drafting committee.",
    "The leaders elected Belarus as Chairman of the meeting of the Board.",
    "Kazakhstan was elected a member of the Council's commission on the chairmanship.",
  ])("reads no handover: %s", (text) => {
    expect(inCis(text)).toEqual([]);
  });
});

describe("a next holder in a relative clause after the office", () => {
  it.each([
    ["Leaders discussed the chairmanship, which Kyrgyzstan will assume on 1 January 2023.", KG, "2023-01-01"],
    [
      "The presidency of the Organisation, which Azerbaijan is to take over in 2023, was discussed.",
      AZ,
      "2023",
    ],
    ["They spoke of the chairmanship, which Türkiye shall exercise from 1 January 2023.", TR, "2023-01-01"],
  ])("takes the country after 'which': %s", (text, country, start) => {
    expect(inOts(text)).toContainEqual([country, start, null]);
  });

  it.each([
    "The presidency, which Kazakhstan holds until December, was praised by the leaders.",
    "The presidency, which Azerbaijan held in 2019, was recalled by the leaders.",
    "They spoke of the chairmanship, which Türkiye will discuss with its partners.",
  ])("reads no next holder: %s", (text) => {
    expect(inOts(text).filter(([, , end]) => end === null)).toEqual([]);
  });
});

describe("a next holder leading the body in succession to the outgoing one", () => {
  it.each([
    ["Türkiye will lead the Organisation for the coming year in succession to Azerbaijan.", TR, AZ],
    ["Kazakhstan is to chair the Council in succession to Kyrgyzstan.", KZ, KG],
    ["Azerbaijan will head the Organisation this year in succession to Kazakhstan.", AZ, KZ],
  ])("takes both sides: %s", (text, next, outgoing) => {
    expect(inOts(text)).toEqual([
      [outgoing, null, "2022-11-11"],
      [next, "2022-11-11", null],
    ]);
  });

  it("dates the outgoing term as the knowledge holds it", () => {
    expect(
      inOts("Uzbekistan will preside over the Council in succession to Türkiye, the leaders agreed."),
    ).toEqual([
      [TR, "2021-11-12", "2022-11-11"],
      [UZ, "2022-11-11", null],
    ]);
  });

  it.each([
    "Kazakhstan will lead the delegation in succession to Kyrgyzstan's minister on the chairmanship's working group.",
    "In 2009 Azerbaijan chaired the Council in succession to Kazakhstan.",
  ])("reads no handover: %s", (text) => {
    expect(inOts(text)).toEqual([]);
  });
});

describe("the outgoing holder thanked for leading the previous session", () => {
  it.each([
    "Kazakhstan took over the chairmanship, and the leaders thanked Kyrgyzstan for leading the previous summit.",
    "Kazakhstan assumed the chairmanship of the Council; the leaders thanked Kyrgyzstan for its chairing the last session.",
    "Kazakhstan took over the chairmanship with gratitude to Kyrgyzstan for presiding over the previous term.",
  ])("takes the one thanked as the outgoing holder: %s", (text) => {
    expect(inOts(text)).toEqual([
      [KG, null, "2022-11-11"],
      [KZ, "2022-11-11", null],
    ]);
  });

  it("does not take a country thanked for leading the talks", () => {
    const read = inOts(
      "Kazakhstan took over the chairmanship, and the leaders thanked Kyrgyzstan for leading the talks on transport.",
    );
    expect(read).toContainEqual([KZ, "2022-11-11", null]);
    expect(read.filter(([country]) => country === KG)).toEqual([]);
  });
});

describe("a gavel delivered", () => {
  it.each([
    ["Azerbaijan delivered the gavel of the Organisation to Türkiye.", TR],
    ["The chairmanship was delivered to Kazakhstan at the close of the summit.", KZ],
    ["Kyrgyzstan is delivering the chairmanship to Uzbekistan today.", UZ],
  ])("takes the one it is delivered to: %s", (text, country) => {
    expect(inOts(text)).toContainEqual([country, "2022-11-11", null]);
  });

  it.each([
    "Azerbaijan delivered a speech to the leaders on its chairmanship.",
    "Türkiye delivered humanitarian aid to Azerbaijan during its chairmanship.",
    "Kazakhstan delivered a message to Kyrgyzstan on the chairmanship.",
  ])("reads no handover: %s", (text) => {
    expect(inOts(text)).toEqual([]);
  });
});

describe("a country's turn at the presidency", () => {
  it.each([
    "The Council congratulated the President on Kazakhstan's turn at the presidency of the current session.",
    "Leaders welcomed Kazakhstan's turn in the chairmanship.",
    "The summit opened Kazakhstan's turn at the chairmanship of the Council.",
  ])("takes the country as the next holder: %s", (text) => {
    expect(inOts(text)).toContainEqual([KZ, "2022-11-11", null]);
  });

  it.each([
    "Kazakhstan's turn at the microphone came after the debate on the chairmanship.",
    "It was Kazakhstan's turn to speak on the presidency's programme.",
  ])("reads no handover: %s", (text) => {
    expect(inOts(text)).toEqual([]);
  });
});

describe("a next holder that will serve as chair", () => {
  const asean = ids.organization("asean");
  const inAsean = (text: string) => termsOf(text, "2022-11-11", asean);

  it.each([
    ["Indonesia will serve as ASEAN Chair in 2023.", ids.country("ID"), "2023"],
    ["Malaysia will serve as the Chair of ASEAN next year.", ids.country("MY"), "2023"],
    [
      "The leaders agreed that the Philippines is to serve as the next chair of the Association.",
      ids.country("PH"),
      "2022-11-11",
    ],
  ])("takes the country: %s", (text, country, start) => {
    expect(inAsean(text)).toContainEqual([country, start, null]);
  });

  it.each([
    "Viet Nam was invited to serve as chair of the working group on trade.",
    "Cambodia will serve as chair of the meeting of senior officials.",
    "Thailand served as chair of the Association in 2019.",
    "Thailand will serve as host of the next summit.",
  ])("reads no handover: %s", (text) => {
    expect(inAsean(text)).toEqual([]);
  });
});

describe("the outgoing holder after a participle closing the handover's clause", () => {
  it.each([
    "President of Kazakhstan Kassym-Jomart Tokayev was elected Chairman of the Council, succeeding Kyrgyzstan.",
    "Kazakhstan took over the chairmanship of the Organisation, replacing Kyrgyzstan.",
    "The chairmanship passed to Kazakhstan, taking over from the Kyrgyz Republic.",
  ])("takes the country after it: %s", (text) => {
    expect(inOts(text)).toEqual([
      [KG, null, "2022-11-11"],
      [KZ, "2022-11-11", null],
    ]);
  });

  it.each([
    "Kazakhstan took over the chairmanship, replacing the old rules of procedure agreed with Kyrgyzstan.",
    "Kazakhstan took over the chairmanship, succeeding where the talks with Kyrgyzstan had failed.",
  ])("takes no country a clause names further on: %s", (text) => {
    expect(inOts(text).filter(([country]) => country === KG)).toEqual([]);
  });
});
