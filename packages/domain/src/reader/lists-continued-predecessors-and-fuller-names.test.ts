// Three shapes of a news agency's summit story, written for these tests from how such stories run (every person
// invented): a list of leaders continued in the next sentence ("The rest are President A of X; …"), whose items were
// left among the mentions; the predecessor in an office named after "He replaced" / "succeeding", who was read as a
// participant; and a leader first named by family name ("The session chaired by President Adjei …") and in full later
// ("President Kwame Adjei of Ghana"), who was proposed by the short name.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const DATELINE =
  "ASTANA, March 16, 2018 - Central Asian leaders met in Astana on Thursday for a consultative meeting.";
const names = (body: string) =>
  readPressRelease(`${DATELINE}\n\n${body}\n`, knowledge).participants.map((one) => one.nameAsStated);

describe("a list continued in the next sentence", () => {
  it.each(["The rest are", "The others were", "The remaining leaders were"])("%s …", (opener) => {
    expect(
      names(
        `The leaders who took part were President Arman Teselov of Kazakhstan and President Rustam Aliev of Uzbekistan. ${opener} President Farrukh Nazarov of Tajikistan and Bakyt Osmonov, Prime Minister of Kyrgyzstan.`,
      ),
    ).toEqual(expect.arrayContaining(["Arman Teselov", "Rustam Aliev", "Farrukh Nazarov", "Bakyt Osmonov"]));
    expect(
      names(
        `The leaders who took part were President Arman Teselov of Kazakhstan and President Rustam Aliev of Uzbekistan. ${opener} President Farrukh Nazarov of Tajikistan and Bakyt Osmonov, Prime Minister of Kyrgyzstan.`,
      ),
    ).toHaveLength(4);
  });
});

describe("a list of those who took part", () => {
  it.each([
    "The leaders who took part were President Arman Teselov of Kazakhstan and President Rustam Aliev of Uzbekistan.",
    "Two heads of state, who took part in the meeting, were President Arman Teselov of Kazakhstan and President Rustam Aliev of Uzbekistan.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(["Arman Teselov", "Rustam Aliev"]);
  });
});

describe("a predecessor in an office", () => {
  it.each([
    "He replaced President Farrukh Nazarov of Tajikistan, who steered the group for a year.",
    "Succeeding President Farrukh Nazarov of Tajikistan, he thanked the hosts.",
  ])("is no participant: %s", (sentence) => {
    expect(
      names(
        `The leaders who took part were President Arman Teselov of Kazakhstan and President Rustam Aliev of Uzbekistan. President Teselov chairs the group. ${sentence}`,
      ),
    ).toEqual(["Arman Teselov", "Rustam Aliev"]);
  });
});

describe("a leader named first by family name", () => {
  it("is proposed by the fuller name the list gives", () => {
    expect(
      names(
        "The session chaired by President Teselov was attended by President Arman Teselov of Kazakhstan and President Rustam Aliev of Uzbekistan.",
      ),
    ).toEqual(["Arman Teselov", "Rustam Aliev"]);
  });
});
