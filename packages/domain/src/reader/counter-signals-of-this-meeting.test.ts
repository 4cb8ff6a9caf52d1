// Words around a leader named with no word of taking part that seemed to put him away from the table and do not: the
// meeting is "his country's first summit" as a member, as it is "his first summit" — beside guards where the same words
// do put him away (another first or founding summit). Every sentence and person here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const OPENING = "BISHKEK, 9 October 2019 — The Council of Heads of State of the CIS held its session today.";
const LIST =
  "It was attended by President Olzhas Temirov of Kazakhstan and President Yury Marchenko of Belarus.";
const names = (sentences: string) =>
  readPressRelease(`${OPENING} ${LIST} ${sentences}`, knowledge).participants.map(
    (participant) => participant.nameAsStated,
  );
const BASE = ["Olzhas Temirov", "Yury Marchenko"];

describe("a member's leader at his country's first summit", () => {
  it.each([
    "Kyrgyz President Bakyt Sadykov, at his country's first summit as a member, thanked the hosts.",
    "Kyrgyz President Bakyt Sadykov, at his first summit as president, thanked the hosts.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual([...BASE, "Bakyt Sadykov"]);
  });
});

describe("guards: another first or founding summit, words read out for him", () => {
  it.each([
    "Kyrgyz President Bakyt Sadykov, in a message read out by his minister, thanked the hosts.",
    "Kyrgyz President Bakyt Sadykov, at the organisation's first summit, thanked the hosts.",
    "Kyrgyz President Bakyt Sadykov, at their first meeting last year, thanked the hosts.",
    "Kyrgyz President Bakyt Sadykov, at the first summit in 2001, thanked the hosts.",
    "Kyrgyz President Bakyt Sadykov, at the founding summit, thanked the hosts.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(BASE);
  });
});
