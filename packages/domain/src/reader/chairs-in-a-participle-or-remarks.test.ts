// The chair named by family name, or by name with no title, after a participle of chairing or after remarks made as
// chair: "Chairing the summit, Nurlanov noted …", "Presiding over the meeting, Aidos Nurlanov said …", "In his opening
// remarks as chair, Nurlanov called …". The name alone is read only so (a family name is no one's title). Every
// sentence and every person here is written for these tests.
import { describe, expect, it } from "vitest";
import { referenceData } from "./fixtures/reference-data";
import { participantsByName } from "./participants-test-reading";

const OPENING =
  "ASTANA, 4 July 2024. The meeting of the SCO Council of Heads of State took place in Astana. It was attended by President of Kazakhstan Aidos Nurlanov, President of China Li Wenbo and President of Uzbekistan Botir Karimov.";

const roles = (sentence: string) =>
  participantsByName(`${OPENING} ${sentence}`, referenceData, (participant) => participant.role.value);

describe("the chair", () => {
  it.each([
    "Chairing the summit, Nurlanov noted the progress the Organisation had made.",
    "Presiding over the meeting, Aidos Nurlanov said the Organisation had grown.",
    "Chairing this session, Nurlanov gave the floor to the other leaders.",
    "In his opening remarks as chair, Nurlanov called for unity.",
    "In her speech as chairwoman of the summit, Nurlanov called for unity.",
  ])("%s", (sentence) => {
    expect(roles(sentence)).toEqual({
      "Aidos Nurlanov": "chair",
      "Li Wenbo": "head_of_delegation",
      "Botir Karimov": "head_of_delegation",
    });
  });
});

describe("guards", () => {
  it.each([
    "Chairing the next summit, Nurlanov will host the leaders in Astana.",
    "Chairing the Council of Foreign Ministers, Nurlanov said the agenda was full.",
    "As chair, Kazakhstan proposed a plan of action.",
  ])("no chair: %s", (sentence) => {
    expect(Object.values(roles(sentence))).not.toContain("chair");
  });
});
