// A group the hosts invited, a colon and the names ("the presidency invited countries from outside the group: A, B
// and C"): the names took part, as guests unless the words name another capacity. Guards: an invitation to another
// event ("to a working dinner:") and a request ("to submit proposals:"). Every person here is invented.
import { describe, expect, it } from "vitest";
import { chair4Knowledge as knowledge } from "./fixtures/chair4-knowledge";
import { readPressRelease } from "./read-press-release";

const NAMES =
  "Prime Minister Ola Berg of Norway, Prime Minister Jan de Vries of the Netherlands and Prime Minister Tan Wei of Singapore";

const read = (sentence: string) =>
  readPressRelease(
    `Hamburg, 7 July 2017 — Federal Chancellor Anna Keller of Germany opened the summit of the Group of Twenty today. Among the leaders at the table were US President John Miller and Indian Prime Minister Ravi Kumar. ${sentence}`,
    knowledge,
  ).participants.map((participant) => [participant.nameAsStated, participant.category.value]);

describe("'invited <a group>:' and the names", () => {
  it.each([
    `As is the custom, the presidency invited countries from outside the group: ${NAMES}.`,
    `The host invited the leaders of three partner states to the summit: ${NAMES}.`,
    `Germany also invited several guests: ${NAMES}.`,
  ])("%s", (sentence) => {
    expect(read(sentence)).toEqual(
      expect.arrayContaining([
        ["Ola Berg", "guest_state"],
        ["Jan de Vries", "guest_state"],
        ["Tan Wei", "guest_state"],
      ]),
    );
  });

  it.each([
    `The host invited the leaders to a working dinner: ${NAMES} stayed on.`,
    `The presidency invited countries to submit proposals: ${NAMES} sent theirs.`,
  ])("is no list of the meeting's guests: %s", (sentence) => {
    expect(read(sentence).map(([name]) => name)).not.toContain("Jan de Vries");
  });
});
