// Guards on "chaired from <place> by X": the place is a name ("from Baku", "from the Kremlin"); a lower-case word after
// "from" ("chaired from its founding by") names no place, and the one it names chairs something else, not the meeting.
// Every person here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const chairs = (sentences: string) =>
  readPressRelease(
    `BAKU, 10 April 2020 — An extraordinary summit of the Turkic Council was held by videoconference today. ${sentences}`,
    knowledge,
  )
    .participants.filter((participant) => participant.role.value === "chair")
    .map((participant) => participant.nameAsStated);

describe("'chaired from' a lower-case word is no place", () => {
  it.each([
    "The council of elders, chaired from its founding by former President of Mongolia Bat Erdene, sent a message of support.",
    "The Council of Elders, presided over from its creation by former Prime Minister of Georgia Levan Beridze, sent a message.",
  ])("reads no chair of a body chaired 'from' a time by someone: %s", (sentence) => {
    expect(chairs(`It was chaired by President of Azerbaijan Rauf Mammadov. ${sentence}`)).toEqual([
      "Rauf Mammadov",
    ]);
  });
});
