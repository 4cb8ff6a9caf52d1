// A leader named in full once and by one name later: "Lao Prime Minister Khamla Vongsa …" then "chaired by Khamla"
// (a given name alone, as Lao, Thai and Cambodian leaders are called), "Prime Minister Jan Nowicki hosted …" then
// "Prime Minister Nowicki chaired the meeting" (a bare office before the family name). Before, the later name became
// a second, new person (the ASEAN 2024 and Visegrad 2021 fixtures' chairs). Every person here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { namesAndRoles } from "./participants-test-reading";

const people = (text: string) => namesAndRoles(text, knowledge);

const OPENING = "The CICA summit opened in Astana on 13 October 2022. ";
const LIST = " It was attended by President of Pakistan Rafiq Aslam.";

describe("one name later for a leader named in full", () => {
  it.each([
    "Lao Prime Minister Khamla Vongsa handed the chairmanship to Thailand at the end. The summit was chaired by Khamla, who called for unity.",
    "Lao Prime Minister Khamla Vongsa spoke first. Khamla chaired the summit.",
  ])("a given name: %s", (sentences) => {
    expect(people(OPENING + sentences + LIST)).toEqual([
      "Khamla Vongsa | chair",
      "Rafiq Aslam | head_of_delegation",
    ]);
  });

  it("a bare office before the family name", () => {
    expect(
      people(
        `${OPENING}Prime Minister Jan Nowicki hosted the leaders at the castle. Prime Minister Nowicki chaired the meeting.${LIST}`,
      ),
    ).toEqual(["Jan Nowicki | chair", "Rafiq Aslam | head_of_delegation"]);
  });

  it("another office, or a name two people share, keeps them apart", () => {
    expect(
      people(
        `${OPENING}President of Laos Khamla Vongsa attended the summit. Foreign Minister Khamla addressed the meeting.${LIST}`,
      ),
    ).toEqual([
      "Khamla Vongsa | head_of_delegation",
      "Khamla | head_of_delegation",
      "Rafiq Aslam | head_of_delegation",
    ]);
  });
});
