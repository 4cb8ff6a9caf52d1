// Leaders who "sat with the host around a table" (or "around the table", "at a round table") sat at the meeting's
// table, as those who "sat at the summit table" did: a wire's "Japanese Prime Minister A, …, Australian Prime Minister
// B and Indian Prime Minister C sat with Biden around a table in the East Room" was read only while another sentence
// made the text a round-up. Written for the participants7 round (the Quad fixture of 2021); every person here is
// invented.
import { describe, expect, it } from "vitest";
import { participants7Knowledge as knowledge } from "./fixtures/participants7-knowledge";
import { readPressRelease } from "./read-press-release";

const names = (sentence: string) =>
  readPressRelease(
    `WASHINGTON, September 24, 2021 (wire) - The Quad's leaders held their first in-person summit at the White House on Friday. ${sentence}`,
    knowledge,
  ).participants.map((participant) => participant.nameAsStated);

describe("leaders seated around a table with the host", () => {
  it.each([
    "Japanese Prime Minister Kenji Mori, Australian Prime Minister Tom Reid and Indian Prime Minister Ravi Rao sat with Carver around a table in the East Room.",
    "Japanese Prime Minister Kenji Mori, Australian Prime Minister Tom Reid and Indian Prime Minister Ravi Rao sat around the table in the East Room.",
    "Japanese Prime Minister Kenji Mori, Australian Prime Minister Tom Reid and Indian Prime Minister Ravi Rao sat with President John Carver at a round table.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(expect.arrayContaining(["Kenji Mori", "Tom Reid", "Ravi Rao"]));
  });

  it.each([
    "Japanese Prime Minister Kenji Mori and Australian Prime Minister Tom Reid sat with Carver at the dinner table in the evening.",
    "Japanese Prime Minister Kenji Mori and Australian Prime Minister Tom Reid sat around a dinner table on Thursday.",
  ])("not: %s", (sentence) => {
    expect(names(sentence)).toEqual([]);
  });
});
