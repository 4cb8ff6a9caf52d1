// A leader named after ", as did" or ", and so did" in a round-up's sentence did as its subject did at the meeting:
// "South Africa's President A pressed European leaders to waive patents, as did Rwanda's B" (the EU–AU fixture lost
// Kagame). A minister named so, or an act to come, is not read. Written for the participants7 round; every person here
// is invented.
import { describe, expect, it } from "vitest";
import { participants7Knowledge as knowledge } from "./fixtures/participants7-knowledge";
import { readPressRelease } from "./read-press-release";

const opening =
  "BRUSSELS, Feb 18, 2022 (wire) - European and African leaders ended a two-day EU-AU Summit in Brussels on Friday.";

const names = (sentence: string) =>
  readPressRelease(`${opening} ${sentence}`, knowledge).participants.map(
    (participant) => participant.nameAsStated,
  );

describe("a leader who did as the subject did", () => {
  it.each([
    "South Africa's President Thabo Nkosi pressed European leaders to waive patents, as did Rwanda's Jean Habimana.",
    "South Africa's President Thabo Nkosi pressed European leaders to waive patents, as did Rwandan President Jean Habimana.",
    "South Africa's President Thabo Nkosi proposed a vaccine fund, and so did Egypt's Adel Mansour.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toHaveLength(2);
  });

  it.each([
    // A minister named so, an act to come.
    "South Africa's President Thabo Nkosi pressed European leaders to waive patents, as did Foreign Minister Naledi Dube.",
    "South Africa's President Thabo Nkosi will press European leaders next year, as did Rwanda's Jean Habimana.",
  ])("not: %s", (sentence) => {
    expect(names(sentence)).not.toContain(expect.stringMatching(/Dube|Habimana/));
  });
});
