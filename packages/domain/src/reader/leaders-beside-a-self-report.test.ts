// A leader's own site reports that its leader took part in a summit, then what the other leaders said there: the one
// participant a verb of attending names is not everyone who was there, and a member's leader acting at the table beside
// him took part too. A list of who was there that names one person ("The session was attended by X") still counts
// everyone it names. Every person here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const names = (...sentences: string[]) =>
  readPressRelease(
    `MINSK, 14 March 2019 — The Council of Heads of State of the CIS met today. ${sentences.join(" ")}`,
    knowledge,
  ).participants.map((participant) => participant.nameAsStated);

describe("a member's leader acting at the table beside a leader who took part", () => {
  it.each([
    [
      "President Arman Teselov of Kazakhstan took part in the session.",
      "Kyrgyz President Ruslan Abdykov stressed the role of the customs union.",
      ["Arman Teselov", "Ruslan Abdykov"],
    ],
    [
      "Kazakh President Arman Teselov participated in the meeting.",
      "President of Tajikistan Farrukh Nazarov proposed a joint water strategy.",
      ["Arman Teselov", "Farrukh Nazarov"],
    ],
    [
      "Arman Teselov, the President of Kazakhstan, attended the summit.",
      "Belarusian President Daniil Vorkut called for closer transport links.",
      ["Arman Teselov", "Daniil Vorkut"],
    ],
    [
      "President Arman Teselov of Kazakhstan also took part in the session.",
      "Kyrgyz President Ruslan Abdykov stressed the role of the customs union. President of Tajikistan Farrukh Nazarov proposed a joint water strategy.",
      ["Arman Teselov", "Ruslan Abdykov", "Farrukh Nazarov"],
    ],
  ])("%s %s", (first, second, expected) => {
    expect(names(first, second)).toEqual(expected);
  });
});

describe("guards: beside a leader who took part, not", () => {
  const TOOK_PART = "President Arman Teselov of Kazakhstan took part in the session.";
  it.each([
    // Words that put him away from the table.
    "Kyrgyz President Ruslan Abdykov said in a television interview that the union would grow.",
    "Kyrgyz President Ruslan Abdykov will host the next summit in Bishkek.",
    "Kyrgyz President Ruslan Abdykov did not attend.",
    // Named, but doing nothing at the table.
    "Water was the main theme for Tajik President Farrukh Nazarov.",
    // The leader of a country that is none of the body's members.
    "Mongolian President Bat-Erdene Ganbold praised the union.",
    // A second leader of the country already at the table.
    "Kazakh Prime Minister Aset Nurlanov discussed the budget.",
  ])("%s", (sentence) => {
    expect(names(TOOK_PART, sentence)).toEqual(["Arman Teselov"]);
  });

  it("nor beside a list of who was there that names one person", () => {
    expect(
      names(
        "The session was attended by President Arman Teselov of Kazakhstan.",
        "Kyrgyz President Ruslan Abdykov stressed the role of the customs union.",
      ),
    ).toEqual(["Arman Teselov"]);
  });

  it("nor beside one who took part in another meeting", () => {
    expect(
      names(
        "President Arman Teselov of Kazakhstan took part in the session.",
        "Earlier in the week, Kyrgyz President Ruslan Abdykov had stressed the role of the customs union at a forum in Bishkek.",
      ),
    ).toEqual(["Arman Teselov"]);
  });
});
