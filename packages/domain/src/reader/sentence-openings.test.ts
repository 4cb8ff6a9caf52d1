// A phrase of time, place or capacity before the subject's title is no person: "Today in Kuala Lumpur, President X
// attended", "On the afternoon of 14 October, Premier X chaired", "welcomed Kuwait as the Conference's member". Every
// person here is invented unless the knowledge holds them (Tokayev).
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const names = (text: string) =>
  readPressRelease(text, knowledge).participants.map((participant) => {
    const person = participant.person.value;
    return person.status === "matched" ? person.label : person.proposed.name;
  });

describe("a sentence's opening before the subject names no one", () => {
  it.each([
    "Today in Astana, Head of State Kassym-Jomart Tokayev chaired the Sixth Summit of the Conference on Interaction and Confidence Building Measures in Asia.",
    "On the afternoon of 13 October, President of Kazakhstan Kassym-Jomart Tokayev chaired the Sixth Summit of the Conference on Interaction and Confidence Building Measures in Asia.",
  ])("%s", (sentence) => {
    expect(names(`Astana, 13 October 2022\n\n${sentence}`)).toEqual(["Kassym-Jomart Tokayev"]);
  });

  it("nor does a capacity phrase before a body's name", () => {
    expect(
      names(
        "Astana, 13 October 2022\n\nPresident of Kazakhstan Kassym-Jomart Tokayev chaired the Sixth CICA Summit. Opening the summit, Kassym-Jomart Tokayev welcomed Kuwait as the Conference's twenty-eighth member state.",
      ),
    ).toEqual(["Kassym-Jomart Tokayev"]);
  });
});
