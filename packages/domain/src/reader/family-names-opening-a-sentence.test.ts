// A round-up's sentence may open on the family name alone of a leader the knowledge holds, never named in full in the
// text: "Orbán, who arrived late, told journalists …" (the EPC fixture of Granada 2023 lost him). The name is read as a
// mention of him when only one person the knowledge holds bears it, and he takes part by what he did at the table as
// a leader named in full would. Written for the participants8 round; every person here but Orbán, Pashinyan, Aliyev
// and Erdoğan, whom the knowledge holds, is invented.
import { describe, expect, it } from "vitest";
import { participants8Knowledge as knowledge } from "./fixtures/participants8-knowledge";
import { readPressRelease } from "./read-press-release";

const opening =
  "GRANADA, Spain, Oct 5, 2023 (Wire) - The third summit of the European Political Community met at the Alhambra on Thursday. Present: Spanish Prime Minister Pablo Ortega and Italian Prime Minister Marco Bellini.";

const names = (sentence: string) =>
  readPressRelease(`${opening} ${sentence}`, knowledge).participants.map(
    (participant) => participant.nameAsStated,
  );

describe("a held leader's family name opening a sentence", () => {
  it.each([
    [
      "Orbán, who arrived late, told journalists he would not sign up to the new rules on migration.",
      "Orbán",
    ],
    ["Pashinyan told the leaders that Armenia wanted peace with its neighbours.", "Pashinyan"],
    ["Aliyev proposed a commission to mark the border.", "Aliyev"],
  ])("%s", (sentence, name) => {
    expect(names(sentence)).toContain(name);
  });

  it.each([
    // One who stayed away; words said in his capital the week before; a name the knowledge does not hold.
    ["Erdoğan stayed away from the summit.", "Erdoğan"],
    ["Orbán said in Budapest the week before that he would veto the plan.", "Orbán"],
    ["Kovac, who arrived late, told journalists he would not sign up to the new rules.", "Kovac"],
  ])("not: %s", (sentence, name) => {
    expect(names(sentence)).not.toContain(name);
  });
});
