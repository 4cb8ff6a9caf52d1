// Leaders the press names with their post in lower case ("Kyrgyz head of state X", "X, the Uzbek president,"), which
// until 7 December 2026 the mentions list never held (so no word around them could make them participants), and
// leaders who flew or travelled to the city of the meeting for it ("flew into Astana for the talks", "arrived in the
// Kazakh capital on Wednesday for the summit"), who were left among the mentions. Every person here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const read = (sentence: string) =>
  readPressRelease(
    `Central Asian leaders meet in Astana\n\n15 March 2018\n\nASTANA, March 15 — The heads of state of Central Asia met on Thursday for a consultative meeting hosted by Kazakh President Arman Teselov. ${sentence}`,
    knowledge,
  );
const participants = (sentence: string) => read(sentence).participants.map((one) => one.nameAsStated);
const mentions = (sentence: string) => read(sentence).personMentions.map((one) => one.nameAsStated);

describe("a leader's post in lower case", () => {
  it.each([
    ["Kyrgyz head of state Bakyt Osmonov stayed at home.", "Bakyt Osmonov"],
    ["Rustam Aliev, the Uzbek president, did not come.", "Rustam Aliev"],
  ])("is a mention: %s", (sentence, name) => {
    expect(mentions(sentence)).toContain(name);
    expect(participants(sentence)).not.toContain(name);
  });

  it.each([
    ["Kyrgyz head of state Bakyt Osmonov called for closer trade.", "Bakyt Osmonov"],
    ["Rustam Aliev, the Uzbek president, called for closer trade.", "Rustam Aliev"],
  ])("is a member's leader acting at the table: %s", (sentence, name) => {
    expect(participants(sentence)).toContain(name);
  });

  it.each([
    ["Kyrgyz head of state Bakyt Osmonov attended the meeting.", "Bakyt Osmonov"],
    ["Rustam Aliev, the Uzbek president, attended the meeting.", "Rustam Aliev"],
  ])("is a participant when the words say so: %s", (sentence, name) => {
    expect(participants(sentence)).toContain(name);
  });

  it("is no one in a clause joined by 'and'", () => {
    expect(
      mentions(
        "The Kazakh leader proposed a joint platform for the Middle Corridor, and the Uzbek leader spoke of a common fund.",
      ),
    ).toEqual([]);
  });
});

describe("a leader who flew or travelled to the city for the meeting", () => {
  it.each([
    "Uzbek President Rustam Aliev flew into Astana for the talks.",
    "Rustam Aliev, the Uzbek president, flew into the Kazakh capital for the talks.",
    "Uzbek President Rustam Aliev arrived in Astana on Wednesday for the meeting.",
    "Uzbek President Rustam Aliev travelled to Astana to attend the meeting.",
  ])("took part: %s", (sentence) => {
    expect(participants(sentence)).toEqual(["Arman Teselov", "Rustam Aliev"]);
  });

  it.each([
    "Uzbek President Rustam Aliev flew into Astana for a state visit.",
    "Uzbek President Rustam Aliev will fly to Astana next week.",
  ])("not for something else: %s", (sentence) => {
    expect(participants(sentence)).toEqual(["Arman Teselov"]);
  });
});

describe("a delegation to the meeting led by someone", () => {
  it.each([
    "The Uzbek delegation to the meeting was led by Prime Minister Rustam Aliev.",
    "The Uzbek delegation at the consultative meeting was headed by Prime Minister Rustam Aliev.",
  ])("is headed by a participant: %s", (sentence) => {
    expect(participants(sentence)).toEqual(["Arman Teselov", "Rustam Aliev"]);
  });

  it("not a delegation to something else", () => {
    expect(
      participants("The Uzbek delegation to the business forum was led by Prime Minister Rustam Aliev."),
    ).toEqual(["Arman Teselov"]);
  });
});
