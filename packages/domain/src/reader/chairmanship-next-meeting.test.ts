// The next meeting named with the country whose office it falls under (the outcomes round): "the next summit is to be
// held in X's capital next year under X's chairmanship" hands the office to X; the present holder's own next summit
// ("the 43rd Summit, to be held in Jakarta under Indonesia's chairmanship") and a next meeting's host alone do not; after
// a handover at this meeting, the next meeting's year is no start of the term. Every sentence is written for these
// tests; the organizations' terms are the fixtures' reference data (Uzbekistan chairs the OTS from November 2022).
import { describe, expect, it } from "vitest";
import { readChairmanships } from "./chairmanship";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { ids } from "./fixtures/world-knowledge";
import { segment } from "./segment";

const ots = ids.organization("ots");
const [KZ, UZ, AZ] = ["KZ", "UZ", "AZ"].map(ids.country);

const terms = (text: string, date = "2023-11-03") =>
  readChairmanships({
    text,
    paragraphs: segment(text),
    knowledge: eurasiaKnowledge,
    date,
    endDate: null,
    publishedAt: date,
    organizationId: ots,
    chair: null,
  }).map((term) => [term.countryId, term.startDate, term.endDate]);

describe("the next meeting under another country's office", () => {
  it.each([
    "The next summit is to be held in Kazakhstan's capital next year under Kazakhstan's chairmanship.",
    "The leaders agreed that the next summit will take place in Astana next year under the chairmanship of Kazakhstan.",
    "The following summit is to be held next year under the Kazakh presidency.",
  ])("hands the office to that country: %s", (text) => {
    expect(terms(text)).toEqual([[KZ, "2024", null]]);
  });

  it.each([
    "The next summit will be held in Samarkand next year under Uzbekistan's chairmanship.",
    "The next summit will be held in Astana next year.",
    "The leaders welcomed Kazakhstan's offer to host the next summit.",
    "Kazakhstan, which chairs the CSTO this year, will host the next summit.",
  ])("is no handover for the present holder or a host alone: %s", (text) => {
    expect(terms(text)).toEqual([]);
  });

  it("is no later start after a handover at this meeting", () => {
    expect(
      terms(
        "At the end of the summit the rotating chairmanship of the OTS passes from Uzbekistan to Azerbaijan. The next summit is to be held in Azerbaijan's capital next year under Azerbaijan's chairmanship.",
      ),
    ).toEqual([
      [UZ, "2022-11-11", "2023-11-03"],
      [AZ, "2023-11-03", null],
    ]);
  });
});
