// The next holder named in the documents the leaders signed ("The documents were also signed on Uzbekistan's
// chairmanship in the CIS", "… signed decisions on Uzbekistan's chairmanship in the Commonwealth in 2020"), as CIS
// releases report it: until 7 December 2026 no next holder was read from it; and the giver another sentence names
// for the same next holder ("Tajikistan handed over the chairmanship to Uzbekistan"), which was lost when the decision
// came first. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { termsOf } from "./chairmanship-test-reading";
import { ids } from "./fixtures/world-knowledge";

const cis = ids.organization("cis");
const [TJ, UZ] = ["TJ", "UZ"].map(ids.country);
const DAY = "2019-10-11";
const terms = (text: string) => termsOf(text, DAY, cis);

describe("a decision on the next holder's chairmanship", () => {
  it.each([
    ["The documents were also signed on Uzbekistan's chairmanship in the CIS.", DAY],
    ["The leaders also signed decisions on Uzbekistan's chairmanship in the Commonwealth in 2020.", "2020"],
    ["The leaders adopted a decision on Uzbekistan's chairmanship in 2020.", "2020"],
    // Since the eighth session of 7 December 2026 the gerund too, as CIS releases translate it.
    ["The decision on Uzbekistan chairing the CIS in 2020 was signed.", "2020"],
    ["The leaders signed a decision on Uzbekistan chairing the Commonwealth in 2020.", "2020"],
    ["A decision on Uzbekistan chairing the CIS was adopted.", DAY],
  ])("names the next holder: %s", (sentence, start) => {
    expect(terms(sentence)).toEqual([[UZ, start, null]]);
  });

  it("takes the giver another sentence names", () => {
    expect(
      terms(
        "The leaders signed a decision on Uzbekistan's chairmanship in 2020. Tajikistan handed over the chairmanship to Uzbekistan.",
      ),
    ).toEqual([
      [TJ, null, "2020"],
      [UZ, "2020", null],
    ]);
  });

  it("is no next holder for the results of a term", () => {
    expect(terms("The leaders reviewed the results of Tajikistan's chairmanship.")).toEqual([]);
  });
});

describe("a gerund of chairing that is no decision on the term", () => {
  it("reads nothing", () => {
    expect(terms("The leaders praised Uzbekistan chairing the meeting of ministers in 2019.")).toEqual([]);
  });
});
