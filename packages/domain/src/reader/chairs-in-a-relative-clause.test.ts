// A chair named in a relative clause on the meeting itself, set off by commas ("President X, who chaired the summit,
// paid tribute to …"): he chaired it, whatever the main verb says he did next — a tribute to a late founder, a word of
// thanks to a predecessor, a memory of the group's founding. Not one who chaired an earlier meeting ("who chaired the
// previous summit", "who chaired the summit last year"). Every person here is invented unless the knowledge holds them
// (Recep Tayyip Erdogan).
import { describe, expect, it } from "vitest";
import { participants6Knowledge as knowledge } from "./fixtures/participants6-knowledge";
import { readPressRelease } from "./read-press-release";

const chairs = (sentence: string) =>
  readPressRelease(
    `ISTANBUL, 20 October 2017 - The ninth summit of the D-8 was held on Friday.\n\n${sentence}\n\nNigerian President Musa Bello addressed the summit.`,
    knowledge,
  )
    .participants.filter((participant) => participant.role.value === "chair")
    .map((participant) => participant.nameAsStated);

describe("a chair in a relative clause on the meeting itself", () => {
  it.each([
    "President Recep Tayyip Erdogan, who chaired the summit, paid tribute in his opening speech to the late Prime Minister Kemal Arslan, who founded the D-8 in 1997.",
    "President Recep Tayyip Erdogan, who presided over the meeting, recalled the founding of the group in 1997.",
    "President Recep Tayyip Erdogan, who presided over the summit, thanked Prime Minister Kemal Arslan, whose country had held the chair since 2012.",
  ])("%s", (sentence) => {
    expect(chairs(sentence)).toEqual(["Recep Tayyip Erdogan"]);
  });
});

describe("guards: one who chaired an earlier meeting", () => {
  it.each([
    "President Recep Tayyip Erdogan, who chaired the summit last year, paid tribute to the late Prime Minister Kemal Arslan.",
    "President Recep Tayyip Erdogan, who chaired the previous summit, paid tribute to the late Prime Minister Kemal Arslan.",
  ])("%s", (sentence) => {
    expect(chairs(sentence)).toEqual([]);
  });
});
