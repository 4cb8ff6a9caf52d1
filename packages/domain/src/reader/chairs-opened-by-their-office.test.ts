// The chair named by office in apposition after a verb of opening or leading the meeting: "The summit was opened by its
// chairman, President X", "… opened by the SCO chair, X", "… by the chair of the summit, X". Until 7 December 2026
// the office cut the agent from "opened by" and X was read as a head of delegation. Not another body's office ("the
// Chairperson of the Commission, X" is no chair of the summit unless other words say so). Every person here is
// invented.
import { describe, expect, it } from "vitest";
import { referenceData } from "./fixtures/reference-data";
import { participantsByName } from "./participants-test-reading";

const DATELINE = "ASTANA, 4 July 2024.";
const ATTENDED = "It was attended by President of China Li Wenbo and President of Uzbekistan Botir Karimov.";

const roles = (sentence: string) =>
  participantsByName(
    `${DATELINE} ${sentence} ${ATTENDED}`,
    referenceData,
    (participant) => participant.role.value,
  );

describe("the chair by office, after 'opened by'", () => {
  it.each([
    "The SCO summit in Astana was opened by its chairman, President of Kazakhstan Aidos Nurlanov.",
    "The SCO summit was formally opened by the SCO chair, President of Kazakhstan Aidos Nurlanov.",
    "The session of the SCO Council of Heads of State was opened by the chair of the summit, President of Kazakhstan Aidos Nurlanov, who welcomed the guests.",
    "The SCO summit was led by its current chairperson, President of Kazakhstan Aidos Nurlanov.",
  ])("%s", (sentence) => {
    expect(roles(sentence)).toEqual({
      "Aidos Nurlanov": "chair",
      "Li Wenbo": "head_of_delegation",
      "Botir Karimov": "head_of_delegation",
    });
  });

  it("guard: the office of the summit to come is no chair of this one", () => {
    expect(
      roles(
        "The SCO summit was opened by President of Kazakhstan Aidos Nurlanov. The next summit will be opened by its chairman, President of China Li Wenbo.",
      )["Li Wenbo"],
    ).not.toBe("chair");
  });
});
