// A rotating office's term told in a relative clause with a verb of beginning ("The Czech presidency of the group,
// which began in July 2023, ends on 30 June") reports no meeting: "began" there is the term's, so the day after it is
// not taken for the meeting's, and the dateline and "on Tuesday" date the meeting. A meeting that began, in a clause
// or not, still dates itself. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { handovers6Knowledge } from "./fixtures/handovers6-knowledge";
import { readPressRelease } from "./read-press-release";

const datesOf = (text: string) => {
  const proposal = readPressRelease(text, handovers6Knowledge);
  return [proposal.startDate?.value ?? null, proposal.endDate?.value ?? null];
};

const wire = (sentence: string) =>
  `Visegrad leaders meet in Prague\n\nPRAGUE, Feb 27, 2024 - The prime ministers of the Visegrad Group met in Prague on Tuesday and discussed energy.\n\nCzech Prime Minister Petr Fiala chaired the meeting. ${sentence}\n`;

describe("a term that began, beside the meeting", () => {
  it.each([
    "The Czech presidency of the group, which began in July 2023, ends on 30 June.",
    "The Czech chairmanship, which started in July 2023, concludes on 30 June.",
    "The Czech presidency, which began on 1 July 2023, ends on 30 June.",
    "The rotating chairmanship of the Four, which began in July 2023, ends on 30 June.",
    "The Czech term, which started in July 2023, ends on 30 June.",
  ])("leaves the meeting's day to the dateline: %s", (sentence) => {
    expect(datesOf(wire(sentence))).toEqual(["2024-02-27", "2024-02-27"]);
  });
});

describe("guards", () => {
  it("dates a meeting that began on a day", () => {
    expect(
      datesOf(
        "Visegrad summit\n\nThe Visegrad Group summit began on 26 February 2024 in Prague and closed the next day. The Czech presidency ends on 30 June.\n",
      )[0],
    ).toBe("2024-02-26");
  });

  it("dates a meeting named in a clause that began", () => {
    expect(
      datesOf(
        "Visegrad summit\n\nThe meeting of the Visegrad Group, which began on 26 February 2024 in Prague, was chaired by Petr Fiala.\n",
      )[0],
    ).toBe("2024-02-26");
  });
});
