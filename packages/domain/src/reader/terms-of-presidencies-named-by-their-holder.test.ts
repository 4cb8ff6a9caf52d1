// The start of a running presidency named by its holder ("The Slovak presidency", "Slovakia's chairmanship") read
// from the words after the office that the relative clause right after it did not cover: a clause after the body it
// presides ("The Slovak presidency of the group, which began in July 2022,"), a term that "runs from July 2022 to June
// 2023" (its first month), the office's own verb ("The Slovak Presidency had begun in July", the last July up to the
// meeting); and only the clause — "…, which began in July 2022, ends on 30 June" starts in July 2022, not on 30 June.
// Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { handovers6Knowledge } from "./fixtures/handovers6-knowledge";
import { ids } from "./fixtures/world-knowledge";
import { readPressRelease } from "./read-press-release";

const SK = ids.country("SK");
const CZ = ids.country("CZ");

const termsWith = (sentence: string) =>
  readPressRelease(
    `Bratislava, 15 June 2023\n\nThe prime ministers of the Visegrad Group met in Bratislava on 15 June 2023. Taking part were Prime Minister of Czechia Petr Fiala, Prime Minister of Hungary Viktor Orbán, Prime Minister of Poland Mateusz Morawiecki and Prime Minister of Slovakia Ludovit Odor.\n\n${sentence} Czechia takes over the presidency on 1 July.\n`,
    handovers6Knowledge,
  ).chairmanships.map((term) => [term.countryId, term.startDate, term.endDate]);

describe("the start of a presidency named by its holder", () => {
  it.each([
    [
      "The Slovak presidency of the group, which runs from July 2022 to June 2023, was praised by all.",
      "2022-07",
    ],
    ["The Slovak presidency of the Visegrad Group, which began in July 2022, was praised by all.", "2022-07"],
    ["The leaders praised the Slovak Presidency, which ran from July 2022 to June 2023.", "2022-07"],
    ["The Slovak chairmanship of the Four, which started on 1 July 2022, was praised by all.", "2022-07-01"],
    ["The Slovak Presidency had begun in July.", "2022-07"],
    ["Slovakia's presidency had started on 1 July 2022.", "2022-07-01"],
  ])("%s", (sentence, start) => {
    expect(termsWith(sentence)).toEqual([
      [SK, start, "2023-07-01"],
      [CZ, "2023-07-01", null],
    ]);
  });
});

describe("guards", () => {
  it("takes the clause's start, not the day the presidency ends after it", () => {
    expect(
      termsWith("The Slovak presidency of the group, which began in July 2022, ends on 30 June."),
    ).toEqual([
      [SK, "2022-07", "2023-07-01"],
      [CZ, "2023-07-01", null],
    ]);
  });

  it.each([
    // A verb of beginning with another object.
    "The Slovak presidency had begun its work on energy in March.",
    // A later year is no start of a running term.
    "The Slovak presidency of the group, which runs from July 2024, was discussed.",
    // No clause on the office at all.
    "The Slovak presidency of the group was praised by all.",
  ])("dates no start: %s", (sentence) => {
    expect(termsWith(sentence)).toEqual([
      [SK, null, "2023-07-01"],
      [CZ, "2023-07-01", null],
    ]);
  });
});
