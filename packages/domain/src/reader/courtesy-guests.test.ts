// A host's courtesy is no capacity: "X welcomed his guests, A and B", "The distinguished guests included A and B",
// "greeted his brothers the leaders: A, B": the names take part, each in the capacity the reference data gives his
// country (members of the D-8 here). Guards: "guests of honour", "invited guests" and "as guests" still name a capacity,
// and a country that is no member stays a guest. Every person here is invented.
import { describe, expect, it } from "vitest";
import { courtesyBefore } from "./categories";
import { chair4Knowledge as knowledge } from "./fixtures/chair4-knowledge";
import { readPressRelease } from "./read-press-release";

const read = (sentence: string) =>
  readPressRelease(
    `Cairo, 19 December 2024 — The eleventh summit of the D-8 was held today. ${sentence}`,
    knowledge,
  ).participants.map((participant) => [participant.nameAsStated, participant.category.value]);

const MEMBERS = "Prime Minister Ali Khan of Pakistan and President Reza Karimi of Iran";

describe("a host's guests, members all the same", () => {
  it.each([
    `President of Egypt Omar Hassan welcomed his guests, ${MEMBERS}.`,
    `President of Egypt Omar Hassan chaired the summit. The distinguished guests included ${MEMBERS}.`,
    `President of Egypt Omar Hassan, the host, greeted his brothers the leaders: ${MEMBERS}.`,
  ])("%s", (sentence) => {
    expect(read(sentence)).toEqual(
      expect.arrayContaining([
        ["Ali Khan", "member_state"],
        ["Reza Karimi", "member_state"],
      ]),
    );
  });

  it.each([
    `President of Egypt Omar Hassan chaired the summit. ${MEMBERS} attended as guests.`,
    `President of Egypt Omar Hassan chaired the summit. The invited guests included ${MEMBERS}.`,
  ])("keeps a capacity the words name: %s", (sentence) => {
    expect(read(sentence)).toContainEqual(["Ali Khan", "guest_state"]);
  });

  it("keeps a country that is no member a guest", () => {
    expect(
      read(
        "President of Egypt Omar Hassan chaired the summit. The distinguished guests included Prime Minister Tom Smith of Norway.",
      ),
    ).toContainEqual(["Tom Smith", "guest_state"]);
  });

  it.each([
    ["The distinguished ", true],
    ["Then his ", true],
    ["The invited ", false],
    ["The special ", false],
  ])("courtesy before 'guests' in %j: %s", (words, expected) => {
    expect(courtesyBefore(words, words.length)).toBe(expected);
  });
});
