// An outgoing term dated by the earlier meeting it began at, when the text gives that meeting's month and year ("whose
// country had presided over the Council since the Sakhir session of December 2012"): the term starts in that month,
// not just that year; a meeting dated by a year alone still gives the year, one with no date gives nothing, and a
// meeting dated to the day keeps its day. Every release is written for these tests.
import { describe, expect, it } from "vitest";
import { handovers5Knowledge } from "./fixtures/handovers5-knowledge";
import { ids } from "./fixtures/world-knowledge";
import { readPressRelease } from "./read-press-release";

const [BH, KW] = [ids.country("BH"), ids.country("KW")];

/** The terms read from a short GCC release whose outgoing holder is thanked with `since` as its term's start. */
const terms = (since: string) =>
  readPressRelease(
    `Kuwait opens the Gulf summit; presidency passes to the State of Kuwait

KUWAIT, Dec 10, 2013 (Agency) -- The 34th session of the Supreme Council of the Cooperation Council for the Arab States of the Gulf opened here on Tuesday, chaired by the Amir of the host State.

In his opening address, His Highness the Amir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah welcomed the leaders, and thanked His Majesty King Hamad bin Isa Al Khalifa of the Kingdom of Bahrain, whose country had presided over the Council ${since}, for his efforts during its presidency. The King then congratulated Kuwait on the assumption of the presidency of the session.
`,
    handovers5Knowledge,
  ).chairmanships.map((term) => [term.countryId, term.startDate, term.endDate]);

const handover = (start: string | null) => [
  [BH, start, "2013-12-10"],
  [KW, "2013-12-10", null],
];

describe("an earlier meeting dated by its month", () => {
  it.each([
    ["since the Sakhir session of December 2012", "2012-12"],
    ["since the Manama summit of December 2012", "2012-12"],
    ["since the Riyadh meeting of November 2012", "2012-11"],
  ])("starts the outgoing term in that month: %s", (since, start) => {
    expect(terms(since)).toEqual(handover(start));
  });
});

describe("guards", () => {
  it.each([
    // A year alone: the year.
    ["since the Sakhir session of 2012", "2012"],
    // A day: the day, as before.
    ["since the Sakhir session of 24 December 2012", "2012-12-24"],
    // No date: none.
    ["since the Sakhir session", null],
  ])("%s", (since, start) => {
    expect(terms(since)).toEqual(handover(start));
  });
});
