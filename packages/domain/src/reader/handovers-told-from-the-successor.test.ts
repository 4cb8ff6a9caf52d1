// Handovers told from the successor's side or with the giver in the next clause: the passive "was succeeded by Y as
// chair" (read backwards until 7 December 2026: Y handing over to the old holder), "Y takes over from X as chair" (the
// giver was lost), and a participle opening the sentence whose subject, after the comma, is the giver ("Handing the
// presidency to Brazil, Uruguay's President thanked …", "After handing over the presidency to Brazil, President
// Lacalle Pou …": the outgoing side was lost). Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { mercosurTermsWith, termsOf } from "./chairmanship-test-reading";
import { handovers5Knowledge } from "./fixtures/handovers5-knowledge";
import { ids } from "./fixtures/world-knowledge";

const sco = ids.organization("sco");
const [KZ, CN] = ["KZ", "CN"].map(ids.country);
const DAY = "2024-07-04";
const terms = (text: string) => termsOf(text, DAY, sco);
const country = (iso: string) => handovers5Knowledge.countries.find((one) => one.iso2 === iso)!.id;
const [UY, BR] = ["UY", "BR"].map(country);
const MERCOSUR_DAY = "2024-12-06";

describe("the successor's side", () => {
  it.each([
    "Kazakhstan was succeeded by China as chair.",
    "Kazakhstan will be succeeded by China in the chairmanship.",
    "China takes over from Kazakhstan as chair.",
    "China takes over from Kazakhstan as the rotating chairman of the organization.",
    // The active voice, as before.
    "China succeeds Kazakhstan as chair.",
  ])("names both sides, the giver first: %s", (sentence) => {
    expect(terms(sentence)).toEqual([
      [KZ, null, DAY],
      [CN, DAY, null],
    ]);
  });

  it.each([
    // An earlier handover, or taking over something else.
    "Kazakhstan was succeeded by China as chair in 2019.",
    "China took over from Kazakhstan as chair last year.",
    "China takes over from Kazakhstan as host of the forum.",
  ])("is no handover at this meeting: %s", (sentence) => {
    expect(terms(sentence)).toEqual([]);
  });
});

describe("a participle that opens the sentence", () => {
  it.each([
    "After handing over the pro tempore presidency to Brazil, President Luis Lacalle Pou thanked the members.",
    "Handing the pro tempore presidency to Brazil, Uruguay's President thanked the leaders.",
    "Handing the pro tempore presidency to Brazil, Lacalle Pou thanked the leaders.",
  ])("shares the giver, the subject after the comma: %s", (sentence) => {
    expect(mercosurTermsWith(sentence)).toEqual([
      [UY, null, MERCOSUR_DAY],
      [BR, MERCOSUR_DAY, null],
    ]);
  });

  it("takes no giver from a clause on the receiver", () => {
    expect(
      mercosurTermsWith(
        "Handing the pro tempore presidency to Brazil, which will host the next summit, Uruguay thanked all.",
      ),
    ).toEqual([[BR, MERCOSUR_DAY, null]]);
  });
});
