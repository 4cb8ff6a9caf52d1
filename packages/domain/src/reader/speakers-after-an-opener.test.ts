// A speaker named after an opener that puts the words at the meeting ("Speaking at the summit, …", "In his speech
// to the council, …", "Taking the floor next, …"), with the country's adjective before the title, one the knowledge
// does not hold and so no part of the title: "Speaking at the summit, Bhutanese Prime Minister X proposed …", "…, the
// Bhutanese Prime Minister, Y, said …". Every person here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const HEAD =
  "ASTANA, 4 July 2024. The SCO summit was held in Astana. The meeting was attended by President of China Li Wei and President of Russia Ivan Sokolov. ";
const names = (body: string) =>
  readPressRelease(HEAD + body, eurasiaKnowledge).participants.map((participant) => participant.nameAsStated);

describe("a speaker after an opener, with the country's adjective before the title", () => {
  it.each([
    "Speaking at the summit, Bhutanese Prime Minister Arman Seitov proposed a new transport corridor.",
    "Addressing the SCO summit in Astana on Thursday, Bhutanese Prime Minister Arman Seitov proposed a new transport corridor.",
    "In his speech at the meeting, the Bhutanese Prime Minister, Arman Seitov, proposed a new transport corridor.",
    "Taking the floor next, Bhutanese Prime Minister Arman Seitov proposed a new transport corridor.",
  ])("takes part: %s", (sentence) => {
    expect(names(sentence)).toContain("Arman Seitov");
  });
});

describe("guards", () => {
  it.each([
    "Speaking to reporters in Bishkek, Bhutanese Prime Minister Arman Seitov said the corridor would be built.",
    "Speaking later to the press, Bhutanese Prime Minister Arman Seitov praised the outcome.",
  ])("not: %s", (sentence) => {
    expect(names(sentence)).not.toContain("Arman Seitov");
  });
});
