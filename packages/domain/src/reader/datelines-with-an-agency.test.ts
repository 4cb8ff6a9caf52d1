// A dateline with a news agency's name after the date and a dash typed twice ("Riyadh, December 9, 2022, SPA --"): the
// lead of the sentence, no person's name. The Saudi agency's style read "December 9" as a chair of the China–Arab
// States Summit. Written for the participants7 round; every person here is invented.
import { describe, expect, it } from "vitest";
import { participants7Knowledge as knowledge } from "./fixtures/participants7-knowledge";
import { readPressRelease } from "./read-press-release";

const names = (text: string) =>
  readPressRelease(text, knowledge).participants.map((participant) => participant.nameAsStated);

describe("a dateline with a news agency after the date", () => {
  it.each([
    "Riyadh, December 9, 2022, SPA -- His Royal Highness Crown Prince Faisal bin Nasser, Prime Minister, chaired today the first China-Arab States Summit.",
    "Riyadh, 9 December 2022, SPA -- His Royal Highness Crown Prince Faisal bin Nasser, Prime Minister, chaired today the first China-Arab States Summit.",
    "Riyadh, Dec. 9, 2022, WAM -- His Royal Highness Crown Prince Faisal bin Nasser, Prime Minister, chaired today the first China-Arab States Summit.",
  ])("%s", (text) => {
    expect(names(text)).toEqual(["Faisal bin Nasser"]);
  });

  it("still reads a dateline without an agency", () => {
    expect(
      names(
        "Riyadh, December 9, 2022 -- His Royal Highness Crown Prince Faisal bin Nasser, Prime Minister, chaired today the first China-Arab States Summit.",
      ),
    ).toEqual(["Faisal bin Nasser"]);
  });
});
