// People named before a verb of sitting at the meeting's table ("X sat at the table for the first time", "A and B took
// their seats at the summit table") take part, in the capacity the rest of the clause names. Guards: a dinner's table,
// a table of the day before, a seat beside someone. Every person here is invented.
import { describe, expect, it } from "vitest";
import { chair4Knowledge as knowledge } from "./fixtures/chair4-knowledge";
import { readPressRelease } from "./read-press-release";

const read = (sentence: string) =>
  readPressRelease(
    `Dushanbe, 5 July 2000 — The annual summit of the Shanghai Five was held today under the chairmanship of President of Tajikistan Rustam Nazarov. ${sentence}`,
    knowledge,
  ).participants.map((participant) => [participant.nameAsStated, participant.category.value]);

describe("a verb of sitting at the meeting's table", () => {
  it.each([
    "The President of Uzbekistan, Alisher Usmanov, sat at the table for the first time, invited by the hosts as a guest of the summit.",
    "President of Uzbekistan Alisher Usmanov, invited as a guest, took his seat at the summit table.",
    "President of Uzbekistan Alisher Usmanov was seated at the negotiating table as a guest of the hosts.",
  ])("%s", (sentence) => {
    expect(read(sentence)).toContainEqual(["Alisher Usmanov", "guest_state"]);
  });

  it.each([
    "The President of Uzbekistan, Alisher Usmanov, sat at the dinner table with them the evening before.",
    "The President of Uzbekistan, Alisher Usmanov, sat at the table the day before, at the ministers' meeting.",
    "The President of Uzbekistan, Alisher Usmanov, sat next to the host.",
  ])("is no seat at the meeting's table: %s", (sentence) => {
    expect(read(sentence).map(([name]) => name)).not.toContain("Alisher Usmanov");
  });
});
