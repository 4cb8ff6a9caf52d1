// Leaders named with no word of taking part, acting at the table in a clause of their own, whose country the reference
// data holds as no member of the body, or does not hold at all. Until 7 December 2026 the reader left them on the
// mentions list. The bench's counts of such mentions on the 99 unseen texts said otherwise: of the leaders named with no
// word of taking part, 69 with no country the knowledge holds and 21 of a country not a member were recorded
// participants, against 14 and 1 who were not. Ten new open texts written from real releases, before this change, named
// guests the same way ("Palestinian President X rejected …", "The President of the ECOWAS Commission, X, called for …").
// With an act at the table required, the open fixtures gained six participants and no wrong one. A membership out of
// force on the day (suspended, to come, over) still keeps a leader out (memberships-over-time.test.ts). Every person
// here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const LIST =
  "The session was attended by President Arman Teselov of Kazakhstan and President Daniil Vorkut of Belarus.";
const BASE = ["Arman Teselov", "Daniil Vorkut"];
const read = (sentence: string) =>
  readPressRelease(
    `MINSK, 14 March 2019 — The Council of Heads of State of the CIS met today. ${LIST} ${sentence}`,
    knowledge,
  );
const names = (sentence: string) =>
  read(sentence).participants.map((participant) => participant.nameAsStated);

describe("a leader of no country the knowledge holds, acting at the table", () => {
  it.each([
    ["President Ruslan Abdykov stressed the role of the customs union.", "Ruslan Abdykov"],
    // an opening phrase before the subject, an adverb before the verb, a statement issued
    [
      "As a guest of the presidency, President Ruslan Abdykov stressed the role of the customs union.",
      "Ruslan Abdykov",
    ],
    ["For his part, President Ruslan Abdykov stressed the role of the customs union.", "Ruslan Abdykov"],
    [
      "President Ruslan Abdykov and President Teselov both warned that the union risked losing its purpose.",
      "Ruslan Abdykov",
    ],
    ["President Ruslan Abdykov issued a statement on the customs union.", "Ruslan Abdykov"],
    // a country's adjective or possessive the knowledge does not hold, before the title
    ["Lebanese President Michel Haddad asked the leaders for help with the refugees.", "Michel Haddad"],
    [
      "Egypt's interim President Adel Mansour asked the leaders to isolate the states that fund terror.",
      "Adel Mansour",
    ],
  ])("%s", (sentence, added) => {
    expect(names(sentence)).toEqual([...BASE, added]);
  });

  it("takes part at a confidence below any participant read from a verb of attending", () => {
    const proposal = read("President Ruslan Abdykov stressed the role of the customs union.");
    const added = proposal.participants.at(-1)!;
    expect(added.confidence).toBeLessThan(
      Math.min(...proposal.participants.slice(0, 2).map((one) => one.confidence)),
    );
    expect(added.country).toBeNull();
  });

  it.each([
    // a short form of a participant's name: the same person
    "President Teselov stressed the role of the customs union.",
    // no act at the table, or words that put him away
    "President Ruslan Abdykov is a friend of the union.",
    "President Ruslan Abdykov did not attend.",
    "President Ruslan Abdykov said in a television interview that the union would grow.",
    // not a leader's title; a country's short name after the title's "of", not a person ("the President of Faso")
    "Ambassador Ruslan Abdykov stressed the role of the customs union.",
    "In his address, the President of Faso said that the peoples of the Sahel form one people.",
  ])("guard: %s", (sentence) => {
    expect(names(sentence)).toEqual(BASE);
  });
});

describe("a leader of a country the knowledge holds as no member, acting at the table", () => {
  it.each([
    ["Mongolian President Bat-Erdene Ganbold praised the union.", "Bat-Erdene Ganbold"],
    [
      "Mongolian President Batbayar Erdene said his country will seek closer ties with the Commonwealth.",
      "Batbayar Erdene",
    ],
    ["Palestinian President Karim Haddad rejected any plan that ignored Jerusalem.", "Karim Haddad"],
  ])("is read as a guest: %s", (sentence, added) => {
    const participant = read(sentence).participants.find((one) => one.nameAsStated === added);
    expect(participant?.category.value).toBe("guest_state");
  });

  it.each([
    "Mongolian President Bat-Erdene Ganbold is a good neighbour of the union.",
    "Mongolian President Bat-Erdene Ganbold, who stayed at home, praised the union.",
    "In 2011 Mongolian President Bat-Erdene Ganbold praised the union.",
  ])("guard: %s", (sentence) => {
    expect(names(sentence)).toEqual(BASE);
  });
});
