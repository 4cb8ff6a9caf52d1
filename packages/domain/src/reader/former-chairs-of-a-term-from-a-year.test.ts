// "who chaired the Authority from 2019": a term that began in a year is another term, so the former chair thanked or
// recalled is no chair of this meeting (and the chair the text names by country is kept). Every person here is
// invented unless the knowledge holds them (Ismail Omar Guelleh).
import { describe, expect, it } from "vitest";
import { chairs7Knowledge as knowledge } from "./fixtures/chairs7-knowledge";
import { chairNames } from "./participants-test-reading";

const chairs = (text: string) => chairNames(text, knowledge);

const opening =
  "Entebbe, 18 January 2024\n\nDjibouti, which chairs IGAD, convened the Extraordinary Assembly of Heads of State and Government of the Intergovernmental Authority on Development, and Uganda hosted it.\n\nIn attendance were President Ismail Omar Guelleh of Djibouti, President Peter Kamau of Kenya and President Ali Warsame of Somalia.\n\n";

describe("a chair of a term from a year", () => {
  it("does not make the former chair thanked the chair", () => {
    expect(
      chairs(
        opening +
          "The leaders thanked Sudan's former Prime Minister Osman Khalid, who chaired the Authority from 2019, for his work for peace.",
      ),
    ).toEqual(["Ismail Omar Guelleh"]);
  });

  it("does not make a predecessor recalled the chair", () => {
    expect(
      chairs(
        opening +
          "President Kamau recalled that Prime Minister Osman Khalid of Sudan, who chaired the bloc from 2019 to 2023, had started the talks.",
      ),
    ).toEqual(["Ismail Omar Guelleh"]);
  });

  it("does not make the chair of another body from a year the chair", () => {
    expect(
      chairs(
        opening +
          "Also present was Ambassador Osman Khalid, who chaired the Council of Ministers from 2021, as a guest.",
      ),
    ).toEqual(["Ismail Omar Guelleh"]);
  });
});

describe("guards: chairs of this meeting stay", () => {
  it("keeps one who chaired the summit", () => {
    expect(
      chairs(
        "Entebbe, 18 January 2024\n\nThe Extraordinary Assembly of Heads of State and Government of the Intergovernmental Authority on Development was held today. President Ismail Omar Guelleh of Djibouti, who chaired the summit, thanked President Peter Kamau of Kenya for attending.",
      ),
    ).toEqual(["Ismail Omar Guelleh"]);
  });

  it("keeps one who chaired it from a place", () => {
    expect(
      chairs(
        "Djibouti, 18 January 2024\n\nThe Extraordinary Assembly of Heads of State and Government of the Intergovernmental Authority on Development was chaired from Djibouti by President Ismail Omar Guelleh. President Peter Kamau of Kenya took part.",
      ),
    ).toEqual(["Ismail Omar Guelleh"]);
  });
});
