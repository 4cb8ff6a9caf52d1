// A list before "were at his side" or "was among the European leaders in the hall" says who took part, as "were
// present" does: the ALBA-TCP release of participants9 ("Cuba's X, Nicaragua's Y and Bolivian President Z were at his
// side, along with the prime ministers of A, B, of C, D …") and its Union for the Mediterranean article ("X was among the
// European leaders in the hall") lost eight leaders to it, and an Arab League round-up three ("A and the Emir of Kuwait,
// B, were among the leaders at the table, together with …"). Every person here is invented.
import { describe, expect, it } from "vitest";
import { participants9Knowledge as knowledge } from "./fixtures/participants9-knowledge";
import { readPressRelease } from "./read-press-release";

const names = (sentence: string) =>
  readPressRelease(
    `CARACAS, April 24, 2024 — Leaders of the Bolivarian Alliance for the Peoples of Our America (ALBA-TCP) held their summit in Caracas on Wednesday. ${sentence}`,
    knowledge,
  ).participants.map((participant) => participant.nameAsStated);

describe("a list before a verb of being beside the host or among the leaders", () => {
  it.each([
    [
      "Cuba's Rafael Ortiz, Nicaragua's Tomás Rivera and Bolivian President Andrés Molina were at his side.",
      ["Rafael Ortiz", "Tomás Rivera", "Andrés Molina"],
    ],
    [
      "Bolivian President Andrés Molina and Cuba's Rafael Ortiz were at the host's side.",
      ["Andrés Molina", "Rafael Ortiz"],
    ],
    ["Bolivian President Andrés Molina was among the leaders in the hall.", ["Andrés Molina"]],
    ["Bolivian President Andrés Molina was among the Andean leaders in the hall.", ["Andrés Molina"]],
    [
      "Bolivian President Andrés Molina and Cuba's Rafael Ortiz were among the leaders at the table.",
      ["Andrés Molina", "Rafael Ortiz"],
    ],
  ])("%s", (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });

  it.each(["Bolivian President Andrés Molina stood at his side during the anthem at the airport."])(
    "guard: %s",
    (sentence) => {
      expect(names(sentence)).toEqual([]);
    },
  );
});
