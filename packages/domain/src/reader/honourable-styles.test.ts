// The Commonwealth's style "The Rt. Hon." (and "Hon." alone), written with its full stops, before a name or a post: the
// full stops after "Rt" and "Hon" end no sentence, so the chair "under the chairmanship of the Rt. Hon. Prime Minister
// of X Y" and a leader "The Rt. Hon. Z, Prime Minister of X, chaired …" are read as without the style. Every person
// here is invented; the knowledge holds SAARC and its members.
import { describe, expect, it } from "vitest";
import { styles3Knowledge as knowledge } from "./fixtures/styles3-knowledge";
import { readPressRelease } from "./read-press-release";
import { segment } from "./segment";

const chairs = (sentences: string) =>
  readPressRelease(`Kathmandu, 26 November 2014\n\n${sentences}`, knowledge)
    .participants.filter((participant) => participant.role.value === "chair")
    .map((participant) => participant.nameAsStated);

describe("the full stops of 'Rt.' and 'Hon.' end no sentence", () => {
  it.each([
    [
      "The Eighteenth SAARC Summit was held in Kathmandu under the chairmanship of the Rt. Hon. Prime Minister of Nepal Ram Bahadur Thapa.",
      "Ram Bahadur Thapa",
    ],
    [
      "The Eighteenth SAARC Summit was held in Kathmandu under the chairmanship of the Rt. Hon. Prime Minister of Nepal Mr. Ram Bahadur Thapa.",
      "Ram Bahadur Thapa",
    ],
    [
      "The Eighteenth SAARC Summit was held in Kathmandu under the chairmanship of the Hon. Prime Minister of Nepal Ram Bahadur Thapa.",
      "Ram Bahadur Thapa",
    ],
  ])("%s", (sentence, chair) => {
    expect(chairs(sentence)).toEqual([chair]);
  });

  it("keeps a sentence whole across the style", () => {
    const text = "The summit opened. The Rt. Hon. Ram Bahadur Thapa, Prime Minister of Nepal, chaired it.";
    expect(
      segment(text).flatMap((paragraph) => paragraph.sentences.map((sentence) => sentence.text)),
    ).toEqual(["The summit opened.", "The Rt. Hon. Ram Bahadur Thapa, Prime Minister of Nepal, chaired it."]);
  });
});

describe("guards: other full stops still end a sentence", () => {
  it("a sentence that ends on a name", () => {
    const text = "The summit was chaired by Prime Minister Ram Bahadur Thapa. Hon Kumar Sen spoke next.";
    expect(
      segment(text).flatMap((paragraph) => paragraph.sentences.map((sentence) => sentence.text)),
    ).toEqual(["The summit was chaired by Prime Minister Ram Bahadur Thapa.", "Hon Kumar Sen spoke next."]);
  });

  it("a sentence that ends on a word ending in 'hon'", () => {
    const text = "The leaders met in Python. The summit then closed.";
    expect(
      segment(text).flatMap((paragraph) => paragraph.sentences.map((sentence) => sentence.text)),
    ).toHaveLength(2);
  });
});
