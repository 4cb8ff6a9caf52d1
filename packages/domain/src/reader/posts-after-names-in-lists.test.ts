// A list of leaders each written "Name, Post of Country," before one verb ("A, Prime Minister of X, B, Prime Minister
// of Y and C, President of Z, addressed the session"): a post right after a name and its comma is that name's, in
// apposition, never the comma title of the name after it ("Prime Minister of X, B"). Read wrongly, every post after
// the first slips one name on. A title set off by a comma before the name it goes with ("The Indian Prime Minister,
// A,", "Nepalese Prime Minister, B, said") is still read so when no name stands before it. Every person here is
// invented; the knowledge holds SAARC and its members.
import { describe, expect, it } from "vitest";
import { styles3Knowledge as knowledge } from "./fixtures/styles3-knowledge";
import { readPressRelease } from "./read-press-release";

const namesAndTitles = (sentence: string) =>
  readPressRelease(
    `Kathmandu, 26 November 2014\n\nThe Eighteenth SAARC Summit was held in Kathmandu today. ${sentence}`,
    knowledge,
  ).participants.map((participant) => [participant.nameAsStated, participant.titleAsStated]);

describe("a post after a name and its comma is that name's", () => {
  it.each([
    "H.E. Karim Rahman, Prime Minister of Bangladesh, Ravi Kumar Sharma, Prime Minister of India and Nimal Perera, President of Sri Lanka, addressed the inaugural session.",
    "Mr. Karim Rahman, Prime Minister of Bangladesh, Ravi Kumar Sharma, Prime Minister of India and Nimal Perera, President of Sri Lanka, addressed the inaugural session.",
    "Sheikh Karim Rahman, Prime Minister of Bangladesh, Ravi Kumar Sharma, Prime Minister of India and Nimal Perera, President of Sri Lanka, addressed the inaugural session.",
  ])("%s", (sentence) => {
    expect(namesAndTitles(sentence)).toEqual(
      expect.arrayContaining([
        ["Ravi Kumar Sharma", "Ravi Kumar Sharma, Prime Minister of India"],
        ["Nimal Perera", "Nimal Perera, President of Sri Lanka"],
      ]),
    );
  });

  it("after a name with a style the list does not read as a leader", () => {
    expect(
      namesAndTitles(
        "U Tin Aung, Observer of Myanmar, Ravi Kumar Sharma, Prime Minister of India, Nimal Perera, President of Sri Lanka and Ahmed Nasheed Ali, President of Maldives, addressed the inaugural session.",
      ),
    ).toEqual([
      ["Nimal Perera", "Nimal Perera, President of Sri Lanka"],
      ["Ahmed Nasheed Ali", "Ahmed Nasheed Ali, President of Maldives"],
    ]);
  });
});

describe("guards: a comma title before its name, with no name before it", () => {
  it("two leaders each under a comma title", () => {
    expect(
      namesAndTitles(
        "The Indian Prime Minister, Ravi Kumar Sharma, and the President of Sri Lanka, Nimal Perera, addressed the inaugural session.",
      ),
    ).toEqual([
      ["Ravi Kumar Sharma", "The Indian Prime Minister, Ravi Kumar Sharma"],
      ["Nimal Perera", "President of Sri Lanka, Nimal Perera"],
    ]);
  });

  it("a comma title after an opening phrase", () => {
    expect(
      namesAndTitles(
        "Speaking after him, Nepalese Prime Minister, Ram Bahadur Thapa, said the summit was a success.",
      ),
    ).toEqual([["Ram Bahadur Thapa", "Nepalese Prime Minister, Ram Bahadur Thapa"]]);
  });

  it("a list with no styles, read the same as before", () => {
    expect(
      namesAndTitles(
        "Karim Rahman, Prime Minister of Bangladesh, Ravi Kumar Sharma, Prime Minister of India and Nimal Perera, President of Sri Lanka, addressed the inaugural session.",
      ),
    ).toEqual([
      ["Karim Rahman", "Karim Rahman, Prime Minister of Bangladesh"],
      ["Ravi Kumar Sharma", "Ravi Kumar Sharma, Prime Minister of India"],
      ["Nimal Perera", "Nimal Perera, President of Sri Lanka"],
    ]);
  });
});
