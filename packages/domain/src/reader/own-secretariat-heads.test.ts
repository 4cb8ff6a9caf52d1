// The head of the meeting's own organization's secretariat, named in a release about its meeting, took part: he serves
// its bodies' sessions. Until now he had to be seen acting at the table; the open texts hold five mentions of such a
// head with no word of taking part, every one of them a participant (the OECS communiqué of participants9: "The
// Director General of the OECS Commission, Dr. X, built his remarks at the Opening Ceremony around …"), and none who
// was not. Not another organization's head, and not when the words put him away from the meeting. Every person here
// is invented.
import { describe, expect, it } from "vitest";
import { participants9Knowledge as knowledge } from "./fixtures/participants9-knowledge";
import { readPressRelease } from "./read-press-release";

const names = (sentence: string) =>
  readPressRelease(
    `CASTRIES, Saint Lucia, 19 October 2022 - The Seventy-Second Meeting of the OECS Authority was held in Castries today, chaired by Prime Minister Philip Joseph Pierre of Saint Lucia. Prime Minister Dickon Mitchell of Grenada and Prime Minister Roosevelt Skerrit of Dominica also attended. ${sentence}`,
    knowledge,
  ).participants.map((participant) => participant.nameAsStated);

const leaders = ["Philip Joseph Pierre", "Dickon Mitchell", "Roosevelt Skerrit"];

describe("the head of the meeting's own organization's secretariat", () => {
  it.each([
    "The Director General of the OECS Commission, Dr. Anton Reyes, built his remarks at the opening ceremony around resilience.",
    "The Director General of the OECS Commission, Dr. Anton Reyes, framed the year as one of recovery.",
    "OECS Director General Anton Reyes, in his remarks at the opening ceremony, spoke of the union's growth.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual([...leaders, "Anton Reyes"]);
  });

  it.each([
    // Another organization's head, sending wishes from afar.
    "The Secretary-General of the Caribbean Community, Carla Barnett, sent her good wishes.",
    // His own organization's, but elsewhere and earlier.
    "OECS Director General Anton Reyes told reporters in Washington last week that the union was on track.",
  ])("guard: %s", (sentence) => {
    expect(names(sentence)).toEqual(leaders);
  });
});
