// Handovers told with the receiver as the subject and the giver in a participle, a relative clause or an absolute
// clause ("Bolivia, receiving the pro tempore presidency from Peru,", "President X, to whom President Y handed over the
// presidency,", "President X, the baton being passed to him by President Y,", "Receiving the presidency from Peru,
// Bolivia …"): the receiver takes over, the giver hands over. Without the rule they were lost, and the last was read
// backwards ("having received … from", read before by the verb of taking, stays so). Guards: no office received ("receiving the delegation from Peru"), another body's presidency, something
// else handed over ("to whom Y handed a copy of the declaration"). Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { handovers6Knowledge } from "./fixtures/handovers6-knowledge";
import { ids } from "./fixtures/world-knowledge";
import { readPressRelease } from "./read-press-release";

const PE = ids.country("PE");
const BO = ids.country("BO");

const termsWith = (sentence: string) =>
  readPressRelease(
    `Lima, 26 May 2019\n\nThe Andean Presidential Council met in Lima on 26 May 2019. Taking part were President of Peru Martín Vizcarra, President of Bolivia Evo Morales, President of Colombia Iván Duque and President of Ecuador Lenín Moreno.\n\n${sentence}\n`,
    handovers6Knowledge,
  ).chairmanships.map((term) => [term.countryId, term.startDate, term.endDate]);

describe("the receiver as the subject", () => {
  it.each([
    "Bolivia, receiving the pro tempore presidency from Peru, thanked the Council.",
    "President Evo Morales, having received the pro tempore presidency from President Martín Vizcarra, called the Community an instrument of peace.",
    "Receiving the pro tempore presidency from Peru, Bolivia promised to convene the next meeting in Cochabamba.",
    "President Evo Morales, to whom President Martín Vizcarra handed over the pro tempore presidency, thanked the Council.",
    "Bolivia, to which Peru passed the rotating presidency of the Community, will hold it for a year.",
    "President Evo Morales of Bolivia, the baton being passed to him by President Martín Vizcarra of Peru, thanked the Council.",
  ])("%s", (sentence) => {
    expect(termsWith(sentence)).toEqual([
      [PE, null, "2019-05-26"],
      [BO, "2019-05-26", null],
    ]);
  });
});

// 7 December 2026: the office as the subject of the relative clause, and the bare participle of handing over in a
// release that names the office.
describe("the office passed in a relative clause on the receiver, or handed over in a participle", () => {
  it.each([
    "Bolivia, to which the pro tempore presidency passed from Peru, will host the next meeting.",
    "President Evo Morales of Bolivia, to whom the pro tempore presidency was handed over from Peru, thanked the Council.",
    "President Martín Vizcarra of Peru, handing over to President Evo Morales of Bolivia, said the year of his pro tempore presidency had been fruitful.",
  ])("%s", (sentence) => {
    expect(termsWith(sentence)).toEqual([
      [PE, null, "2019-05-26"],
      [BO, "2019-05-26", null],
    ]);
  });

  it("the receiver alone when the clause names no giver", () => {
    expect(
      termsWith("Bolivia, to which the pro tempore presidency passed, will host the next meeting."),
    ).toEqual([[BO, "2019-05-26", null]]);
  });
});

describe("guards", () => {
  it.each([
    "Bolivia, receiving the delegation from Peru, thanked the Council.",
    "President Evo Morales, to whom President Martín Vizcarra handed a copy of the declaration, thanked the Council.",
    "Bolivia, receiving the presidency of the Council of the European Union from Peru, thanked the Council.",
    "President Evo Morales, the floor being passed to him by President Martín Vizcarra, thanked the Council.",
    // an office passed in an earlier year; something handed over after the receiver; no office named in the release
    "Bolivia, to which the pro tempore presidency passed last year, thanked the Council.",
    "Peru, handing over to Bolivia the documents of the summit, thanked the presidency's staff.",
    "Peru, handing over to Bolivia, thanked the Council.",
  ])("reads no handover: %s", (sentence) => {
    expect(termsWith(sentence)).toEqual([]);
  });
});
