// Leaders named as having signed something in the past perfect ("recalled that at the Istanbul summit President A and
// President B had signed the Charter"): a signing before the meeting, by leaders quoted from an earlier summit, who are
// not read as taking part in this one. Leaders who signed at the meeting still are. Written for the participants7
// round (the OSCE fixture); every person here is invented.
import { describe, expect, it } from "vitest";
import { participants7Knowledge as knowledge } from "./fixtures/participants7-knowledge";
import { readPressRelease } from "./read-press-release";

const opening =
  "Astana, 1 December 2010 – The President of the Republic of Kazakhstan, Arman Seitov, opened the OSCE Summit in Astana today.";

const names = (sentence: string) =>
  readPressRelease(`${opening} ${sentence}`, knowledge)
    .participants.slice(1)
    .map((participant) => participant.nameAsStated);

describe("signatories of an earlier summit", () => {
  it.each([
    "Mr Seitov recalled that at the Istanbul summit President Ivan Petrov and President John Hale had signed the Charter for European Security.",
    "He noted that Chancellor Karl Weber and President Jean Morel had also signed the Paris Charter.",
    "Russian President Ivan Petrov and US President John Hale had signed the charter eleven years before, he recalled.",
  ])("not: %s", (sentence) => {
    expect(names(sentence)).toEqual([]);
  });

  it.each([
    "Russian President Oleg Sokolov and German Chancellor Anna Berger signed the declaration.",
    "Russian President Oleg Sokolov and German Chancellor Anna Berger then signed the declaration.",
  ])("still: %s", (sentence) => {
    expect(names(sentence)).toEqual(["Oleg Sokolov", "Anna Berger"]);
  });
});
