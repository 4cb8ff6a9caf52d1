// Talks "on the sidelines of the summit with A" put A at the summit, as "held talks with A on the sidelines" did: the
// sidelines may come between the talks and the people they were held with ("Armenia's X and Azerbaijan's Y held talks
// on the sidelines of the summit with Macron and European Council President Z"). Not the sidelines of another
// meeting, nor talks by phone. Written for the participants8 round (the EPC fixture of Prague 2022); every person
// here but Pashinyan and Aliyev, whom the knowledge holds, is invented.
import { describe, expect, it } from "vitest";
import { participants8Knowledge as knowledge } from "./fixtures/participants8-knowledge";
import { readPressRelease } from "./read-press-release";

const opening =
  "PRAGUE, Oct 6, 2022 (Wire) - Leaders of 44 European countries met at Prague Castle on Thursday for the first summit of the European Political Community. Spanish Prime Minister Pablo Ortega proposed a common energy fund, while Italian Prime Minister Marco Bellini called for a ceiling on gas prices.";

const names = (sentence: string) =>
  readPressRelease(`${opening} ${sentence}`, knowledge).participants.map(
    (participant) => participant.nameAsStated,
  );

describe("sideline talks with people named after the sidelines", () => {
  it.each([
    ["Pashinyan held talks on the sidelines of the summit with Slovak President Jan Kovac.", "Jan Kovac"],
    ["Aliyev held talks on the margins of the gathering with Moldovan President Ana Rusu.", "Ana Rusu"],
    [
      "Azerbaijan's Ilham Aliyev had a meeting on the sidelines of the summit with Georgian Prime Minister Levan Kapanadze.",
      "Levan Kapanadze",
    ],
  ])("%s", (sentence, name) => {
    expect(names(sentence)).toContain(name);
  });

  it.each([
    // The sidelines of another meeting; talks by phone.
    "Pashinyan held talks on the sidelines of the UN General Assembly with Slovak President Jan Kovac.",
    "Pashinyan held talks by phone on the sidelines of the summit with Slovak President Jan Kovac.",
  ])("not: %s", (sentence) => {
    expect(names(sentence)).not.toContain("Jan Kovac");
  });
});
