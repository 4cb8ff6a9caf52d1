// Styles before a leader's name that are no part of it: academic ("President Professor X"), religious ("Ayatollah
// Seyyed X"), customary ("Alhaji X", "Comrade X"), an order's ("Dame X") and abbreviated ranks and professions with
// their full stop ("Maj. Gen. X", "Lt. Gen. X", "Engr. X"; the full stop used to end the sentence there and lose the
// name). Written from the styles West African, Southern African, Iranian and Commonwealth releases use; every person
// here is invented.
import { describe, expect, it } from "vitest";
import { referenceData } from "./fixtures/reference-data";
import { readPressRelease } from "./read-press-release";

const names = (list: string) =>
  readPressRelease(
    `ABUJA, 4 July 2024 — The summit was held in Abuja. It was attended by ${list}.`,
    referenceData,
  ).participants.map((participant) => participant.nameAsStated);

describe("a style before the name", () => {
  it.each([
    [
      "President Professor Kofi Mensah of Malawi and President Alhaji Musa Danjuma of Nigeria",
      ["Kofi Mensah", "Musa Danjuma"],
    ],
    [
      "President Ayatollah Seyyed Reza Karimi of Iran and Lt. Gen. Osman Idris of Sudan",
      ["Reza Karimi", "Osman Idris"],
    ],
    [
      "Prime Minister Sir Arthur Blake of the Bahamas and Governor-General Dame Ruth Holder of Barbados",
      ["Arthur Blake", "Ruth Holder"],
    ],
    [
      "President Engr. Tendai Moyo of Zimbabwe and President Comrade Nangolo Shikongo of Namibia",
      ["Tendai Moyo", "Nangolo Shikongo"],
    ],
    [
      "President Maj. Gen. Samuel Koroma of Sierra Leone and Col. Adama Keita of Mali",
      ["Samuel Koroma", "Adama Keita"],
    ],
  ])("%s", (list, expected) => {
    expect(names(list)).toEqual(expected);
  });
});
