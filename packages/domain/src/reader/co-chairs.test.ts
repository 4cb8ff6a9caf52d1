// Two co-chairs, the first with an aside on his capacity before ", and by" the second ("co-chaired by A, as Chair of
// ASEAN, and by B"): the aside ends neither the list nor the chairs. Every person here is invented unless the
// knowledge holds them (Anwar Ibrahim).
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const chairs = (text: string) =>
  readPressRelease(text, knowledge)
    .participants.filter((participant) => participant.role.value === "chair")
    .map((participant) => {
      const person = participant.person.value;
      return person.status === "matched" ? person.label : person.proposed.name;
    });

describe("co-chairs with an aside on the first one's capacity", () => {
  it("reads both chairs", () => {
    expect(
      chairs(
        "Kuala Lumpur, 27 May 2025\n\nThe summit was co-chaired by Prime Minister of Malaysia Anwar Ibrahim, as Chair of ASEAN, and by Crown Prince of the State of Kuwait Sheikh Fahad Nasser Al-Sabah, representing the Amir of Kuwait.",
      ),
    ).toEqual(["Anwar Ibrahim", "Fahad Nasser Al-Sabah"]);
  });

  it("still ends the list at an aside with no second chair after it", () => {
    expect(
      chairs(
        "Kuala Lumpur, 27 May 2025\n\nThe summit was chaired by Prime Minister of Malaysia Anwar Ibrahim, as Chair of ASEAN, and the leaders adopted a statement.",
      ),
    ).toEqual(["Anwar Ibrahim"]);
  });
});
