// A list of people one a line under a sentence whose verb of taking part comes first and a longer clause of its own
// follows before the colon ("The heads of state took part from their capitals as heads of the delegations:"). Every
// person here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const names = (heading: string, tail = "") =>
  readPressRelease(
    `BAKU, 12 May 2022 – The Council of Heads of State of the CIS met today by videoconference.\n\n${heading}\n\nH.E. Aidos Serikov, President of the Republic of Kazakhstan\nH.E. Ruslan Abdykov, President of the Kyrgyz Republic\n\n${tail}`,
    knowledge,
  ).participants.map((participant) => participant.nameAsStated);

describe("a list one a line under a long clause of taking part", () => {
  it.each([
    "The Heads of State took part from their capitals as heads of the member states' delegations:",
    "The presidents participated by video link from their own capitals as heads of their countries' delegations:",
    "The following leaders took part in the session, each of them connected from his own residence:",
  ])("%s", (heading) => {
    expect(names(heading)).toEqual(["Aidos Serikov", "Ruslan Abdykov"]);
  });

  it("guard: a colon inside the sentence, with words after it, opens no list of lines", () => {
    expect(
      names(
        "The ministers took part in the preparation of the session in their capitals: the documents were agreed in advance.",
      ),
    ).toEqual([]);
  });
});
