// Someone who "met X separately" (or "separately met" him) held a meeting of his own beside the summit, not at its
// table: a wire's "Vice President X met Modi separately on Thursday" made a vice-president who never sat at the Quad's
// table a participant. Meeting the leaders at the summit itself still counts. Written for the participants7 round
// (the Quad fixture of 2021); every person here is invented.
import { describe, expect, it } from "vitest";
import { participants7Knowledge as knowledge } from "./fixtures/participants7-knowledge";
import { readPressRelease } from "./read-press-release";

// The host and his guests, so that the sentence under test meets a release with participants (who are left out).
const opening =
  "WASHINGTON, September 24, 2021 (wire) - U.S. President John Carver hosted the leaders of Australia, India and Japan at the White House on Friday for the first in-person summit of the Quad.";

const names = (sentence: string) =>
  readPressRelease(`${opening} ${sentence}`, knowledge)
    .participants.map((participant) => participant.nameAsStated)
    .filter((name) => name !== "John Carver");

describe("a meeting of one's own beside the summit", () => {
  it.each([
    "Vice President Mary Hollis met Modi separately on Thursday.",
    "Defence Secretary Paul Reyes met the Australian delegation separately.",
    "Deputy Secretary of State Wendy Lane met the Japanese delegation separately.",
  ])("not: %s", (sentence) => {
    expect(names(sentence)).toEqual([]);
  });

  it("reads no one who 'separately met' a leader", () => {
    expect(names("Japanese Foreign Minister Kenji Ono separately met his Indian counterpart.")).toEqual([]);
  });

  it("still reads a leader who met the others at the summit", () => {
    expect(names("Japanese Prime Minister Kenji Mori met the other leaders in the East Room.")).toEqual([
      "Kenji Mori",
    ]);
  });
});
