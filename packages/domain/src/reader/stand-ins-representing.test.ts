// A stand-in named with the one he stands in for in an aside, then what he did at the meeting ("U.S. Vice-President X,
// representing President Y, who stayed in Washington, told the leaders …"): the stand-in takes part in his own post,
// the one represented does not. Written for the participants7 round (the Lima fixture); every person here is
// invented.
import { describe, expect, it } from "vitest";
import { participants7Knowledge as knowledge } from "./fixtures/participants7-knowledge";
import { readPressRelease } from "./read-press-release";

// The host chaired, so that the release has a participant before the sentence under test (who is left out).
const opening =
  "LIMA, 14 April 2018 — The Eighth Summit of the Americas closed in Lima today. Peru's President Luis Vargas chaired the plenary.";

const names = (sentence: string) =>
  readPressRelease(`${opening} ${sentence}`, knowledge)
    .participants.slice(1)
    .map((participant) => participant.nameAsStated);

describe("a stand-in who acted, with the one he stood in for in an aside", () => {
  it.each([
    [
      "Mexican Foreign Minister Ana Ruiz, standing in for President Jorge Salas, who was ill, addressed the plenary on migration.",
      "Ana Ruiz",
    ],
    [
      "Canadian Deputy Prime Minister Paul Martin Leduc, on behalf of Prime Minister Ian Grant, whose flight was cancelled, presented the plan on oceans.",
      "Paul Martin Leduc",
    ],
    [
      "Chilean Interior Minister Rafael Soto, deputising for President Pedro Mena, spoke on corruption.",
      "Rafael Soto",
    ],
  ])("%s", (sentence, standIn) => {
    expect(names(sentence)).toEqual([standIn]);
  });

  it("leaves out the one 'representing' names, who was not there", () => {
    expect(
      names(
        "U.S. Vice-President Mark Allen, representing President George Bell, told the leaders that trade must grow.",
      ),
    ).toEqual(["Mark Allen"]);
  });

  it.each([
    // A stand-in to come, one who met reporters at home, an aside on a group represented with no act at the table.
    "Argentine Foreign Minister Ana Ruiz, representing President Jorge Salas, will attend the next summit.",
    "Chilean Interior Minister Rafael Soto, representing President Pedro Mena, who was ill, met reporters in Santiago on Friday.",
    "Canadian Deputy Prime Minister Paul Martin Leduc, on behalf of Prime Minister Ian Grant, did not travel.",
  ])("not: %s", (sentence) => {
    expect(names(sentence)).toEqual([]);
  });
});
