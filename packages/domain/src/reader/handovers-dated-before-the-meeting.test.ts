// A handover the text dates before the meeting is an earlier meeting's: "India handed the chairmanship to Kazakhstan in
// July 2023" in the report of a July 2024 summit says when Kazakhstan's term began, not that India handed over at this
// one. Until 7 December 2026 every such sentence was read as this meeting's handover (India to Kazakhstan on the
// meeting's day), and the real one, told after it, was lost. Also the outgoing start told with "from" ("Kazakhstan held
// the chairmanship from July 2023"), with "since" before its holder ("Since July 2023, Kazakhstan has chaired the
// SCO", "Since it took the chair in July 2023, Kazakhstan …") and "July of 2023", which left the start empty or without
// its month. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { comesaTermsWith, termsOf } from "./chairmanship-test-reading";
import { ids } from "./fixtures/world-knowledge";

const sco = ids.organization("sco");
const [KZ, CN] = ["KZ", "CN"].map(ids.country);
const DAY = "2024-07-04";
const HANDOVER = "At the end of the summit, Kazakhstan handed over the chairmanship to China.";
const withTheHandover = (sentence: string) => termsOf(`${sentence} ${HANDOVER}`, DAY, sco);

describe("a handover dated before the meeting", () => {
  it.each([
    ["India handed the chairmanship to Kazakhstan in July 2023.", "2023-07"],
    ["India passed the chairmanship to Kazakhstan in 2023.", "2023"],
    ["The chairmanship passed from India to Kazakhstan in July 2023.", "2023-07"],
    ["In July 2023, India passed the chairmanship to Kazakhstan.", "2023-07"],
    ["Last year, India handed the chairmanship to Kazakhstan.", "2023"],
    ["At the 2023 summit, India handed the chairmanship to Kazakhstan.", "2023"],
  ])("is the start of the outgoing term, not this meeting's handover: %s", (sentence, start) => {
    expect(withTheHandover(sentence)).toEqual([
      [KZ, start, DAY],
      [CN, DAY, null],
    ]);
  });

  it.each([
    "India handed the chairmanship to Kazakhstan in July 2023.",
    "Last year, India handed the chairmanship to Kazakhstan.",
  ])("alone, is no handover at this meeting: %s", (sentence) => {
    expect(termsOf(sentence, DAY, sco)).toEqual([]);
  });

  it.each([
    // The meeting's own year, a day with no year, a term to come: this meeting's.
    "Kazakhstan handed over the chairmanship to China in 2024.",
    "Kazakhstan handed over the chairmanship to China on 4 July.",
    "Kazakhstan handed over the chairmanship to China for 2024-2025.",
    // A date in an aside on a holder is that holder's start, not the handover's.
    "Kazakhstan handed over the chairmanship to China, which had chaired the SCO in 2018.",
    "Having taken over the chairmanship in July 2023, Kazakhstan today passed it to China.",
  ])("is not a handover the sentence dates at this meeting: %s", (sentence) => {
    const terms = termsOf(sentence, DAY, sco);
    expect(terms.map(([country]) => country)).toEqual([KZ, CN]);
    expect(terms[1]).toEqual([CN, DAY, null]);
  });
});

describe("the outgoing start", () => {
  it.each([
    ["Kazakhstan held the chairmanship from July 2023.", "2023-07"],
    ["Kazakhstan chaired the SCO from July 2023 to July 2024.", "2023-07"],
    ["Kazakhstan, which held the chairmanship from July 2023, thanked the members.", "2023-07"],
    ["Since July 2023, Kazakhstan has chaired the SCO.", "2023-07"],
    ["Since 4 July 2023 Kazakhstan has held the rotating chairmanship.", "2023-07-04"],
    ["Since it took the chair in July 2023, Kazakhstan has hosted over 100 events.", "2023-07"],
    ["Kazakhstan has been chairing the SCO since July of 2023.", "2023-07"],
    // Since the eighth session of 7 December 2026: elected to the office, leading the body by a common noun, and "since" after the simple
    // past, as translations write it.
    ["Kazakhstan, which was elected to the chairmanship in July 2023, handed it over to China.", "2023-07"],
    ["Kazakhstan had led the organization since the summit in July 2023.", "2023-07"],
    ["Kazakhstan held the chairmanship since July 2023.", "2023-07"],
    [
      "Kazakhstan, which presided over the SCO since the summit of July 2023, thanked the members.",
      "2023-07",
    ],
  ])("%s", (sentence, start) => {
    expect(withTheHandover(sentence)).toEqual([
      [KZ, start, DAY],
      [CN, DAY, null],
    ]);
  });

  it.each([
    // An earlier term of the same country, ended years before the meeting.
    "Kazakhstan chaired the SCO from 2017 to 2018.",
    // A date before another verb than one of holding the office.
    "Since July 2023, Kazakhstan has hosted over 100 events.",
    // Holding something else since then.
    "Since July 2023, Kazakhstan has chaired the talks on water.",
    "Kazakhstan held talks with the members since July 2023.",
    "Kazakhstan had led the negotiations since July 2023.",
  ])("is not read from %s", (sentence) => {
    expect(withTheHandover(sentence)).toEqual([
      [KZ, null, DAY],
      [CN, DAY, null],
    ]);
  });
});

describe("the outgoing start told of the country's leader", () => {
  it.each([
    "Zambia's President, who has chaired COMESA since June 2021, handed over to Burundi's President.",
    "President Hichilema, who presided over COMESA since the summit of June 2021, handed over to Burundi.",
  ])("%s", (sentence) => {
    expect(comesaTermsWith(sentence)).toEqual([
      ["ZM", "2021-06", "2023-06-08"],
      ["BI", "2023-06-08", null],
    ]);
  });

  it.each([
    "Zambia's President, who has led the country since 2021, handed the chairmanship over to Burundi.",
    "Zambia's President, who has held the presidency since 2021, handed the chairmanship over to Burundi.",
  ])("not a leader's own office: %s", (sentence) => {
    expect(comesaTermsWith(sentence)).toEqual([
      ["ZM", null, "2023-06-08"],
      ["BI", "2023-06-08", null],
    ]);
  });
});
