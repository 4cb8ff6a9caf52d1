// Handovers as the releases of rotating presidencies phrase them (handover2 round): the old term's last day tied to the
// next holder's taking over ("W's chairmanship ends on 31 December, when Y takes over"), the old holder's start in the
// clause that hands the office on ("Y took over the chairmanship in July 2010, and today handed it to Z"), the old
// term's years in brackets after a holder thanked for the office, and the chair of a body for a later year after a
// copula. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { termsOf } from "./chairmanship-test-reading";
import { ids } from "./fixtures/world-knowledge";

const ots = ids.organization("ots");
const [AZ, TR, KZ, KG, TJ, UZ] = ["AZ", "TR", "KZ", "KG", "TJ", "UZ"].map(ids.country);
const terms = (text: string, date: string) => termsOf(text, date, ots);

describe("the old term's last day, when the next holder takes over", () => {
  it.each([
    "Kazakhstan's chairmanship ends on 31 December, when Kyrgyzstan takes over.",
    "The chairmanship of Kazakhstan ends on 31 December, when Kyrgyzstan will take over.",
    "Kazakhstan's presidency runs until December 31, after which Kyrgyzstan takes over the chairmanship.",
  ])("starts the next term the day after: %s", (text) => {
    expect(terms(text, "2010-09-16")).toEqual([
      [KZ, null, "2011-01-01"],
      [KG, "2011-01-01", null],
    ]);
  });

  it.each([
    "Kazakhstan will hold the presidency until 31 December, after which it passes to Kyrgyzstan.",
    "Kazakhstan holds the chairmanship until 31 December, when it hands over to Kyrgyzstan.",
    "Kazakhstan's chairmanship lasts until 31 December, and then it goes to Kyrgyzstan.",
  ])("reads the holder named as 'it' as the outgoing side, not the next: %s", (text) => {
    expect(terms(text, "2010-09-16")).toEqual([
      [KZ, null, "2011-01-01"],
      [KG, "2011-01-01", null],
    ]);
  });

  it("does not pass the office on when 'it' passes something else", () => {
    const read = terms(
      "Kazakhstan holds the chairmanship until 31 December, after which it will pass the draft budget to Kyrgyzstan.",
      "2010-09-16",
    );
    expect(read.map(([country]) => country)).not.toContain(KG);
  });

  it.each([
    "Kazakhstan holds the chairmanship until December, after which it hands over to Kyrgyzstan.",
    "Kazakhstan's presidency lasts until the end of December, when Kyrgyzstan takes over.",
  ])("starts the next term in the month after a month alone: %s", (text) => {
    expect(terms(text, "2010-09-16")).toEqual([
      [KZ, null, "2011-01"],
      [KG, "2011-01", null],
    ]);
  });

  it("takes a year the sentence gives to that last day", () => {
    expect(
      terms(
        "Tajikistan's presidency expires on 30 June 2012, whereupon Uzbekistan takes over.",
        "2011-11-10",
      ),
    ).toEqual([
      [TJ, null, "2012-07-01"],
      [UZ, "2012-07-01", null],
    ]);
  });

  it.each([
    // No taking over tied to the day: the day is the old term's end alone, and the handover is at the meeting.
    "Kazakhstan's chairmanship ends on 31 December, and the leaders wished Kyrgyzstan success in its chairmanship.",
    // The next meeting's day, not the term's.
    "The summit ends on 17 September, when Kyrgyzstan takes over the chairmanship.",
  ])("does not date the next term by a day that is no old term's end: %s", (text) => {
    const next = terms(text, "2010-09-16").find(([country]) => country === KG);
    expect(next?.[1]).not.toBe("2011-01-01");
    expect(next?.[1]).not.toBe("2010-09-18");
  });
});

describe("the old holder's start in the clause that hands the office on", () => {
  it.each([
    "Azerbaijan took over the chairmanship in July 2010, and today handed it to Türkiye.",
    "Azerbaijan assumed the presidency in July 2010 and on Friday passed it to Turkey.",
    "Having taken over the chairmanship in July 2010, Azerbaijan today passed it to Türkiye.",
  ])("is that month: %s", (text) => {
    expect(terms(text, "2011-09-16")).toEqual([
      [AZ, "2010-07", "2011-09-16"],
      [TR, "2011-09-16", null],
    ]);
  });

  it("is no start when the clause gives no year", () => {
    expect(
      terms(
        "Azerbaijan took over the chairmanship last summer, and today handed it to Türkiye.",
        "2011-09-16",
      ),
    ).toEqual([
      [AZ, null, "2011-09-16"],
      [TR, "2011-09-16", null],
    ]);
  });
});

describe("the old term's years in brackets after a holder thanked for the office", () => {
  it.each([
    "The leaders thanked Kazakhstan for the presidency (2009–2010), and Kyrgyzstan took over the chairmanship.",
    "The heads of state thanked Kazakhstan for the chairmanship (2009-2010) and the chairmanship was handed over to Kyrgyzstan.",
    "Following the presidency of Kazakhstan (2009–2010), the chairmanship passed to Kyrgyzstan.",
  ])("starts the old term in the first year: %s", (text) => {
    expect(terms(text, "2010-09-16")).toEqual([
      [KZ, "2009", "2010-09-16"],
      [KG, "2010-09-16", null],
    ]);
  });

  it("does not take a holder thanked for the office without years in brackets after it as the outgoing side", () => {
    expect(
      terms(
        "The leaders nominated Kazakhstan for the presidency, and Kyrgyzstan took over the chairmanship.",
        "2010-09-16",
      ),
    ).toEqual([[KG, "2010-09-16", null]]);
  });
});

describe("the chair of a body for a later year after a copula", () => {
  it.each([
    "The Chair of the Council for 2011 is Kyrgyzstan.",
    "The chair of the Organization of Turkic States in 2011 will be Kyrgyzstan.",
  ])("is the next holder: %s", (text) => {
    expect(terms(text, "2010-09-16").map(([country]) => country)).toContain(KG);
  });

  it("is no next holder for the meeting's own year", () => {
    expect(terms("The Chair of the Council for 2010 is Kyrgyzstan.", "2010-09-16")).toEqual([]);
  });
});
