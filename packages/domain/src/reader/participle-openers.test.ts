// A participle phrase opening the sentence before a list that is its subject — "Meeting in the Nigerien capital, the
// Heads of State of A, X, of B, Y … adopted the treaty", "Gathered in Niamey, …", as releases translated from the French
// open ("Réunis à Niamey, les Chefs d'État …") — is the sentence's lead, not part of the list: before, no one was read.
// The participants9 fixture of the Alliance of Sahel States has this opening, with "the first summit" in it (this
// meeting's, not an earlier one) and military ranks before the names. Every person here is invented.
import { describe, expect, it } from "vitest";
import { participants9Knowledge as knowledge } from "./fixtures/participants9-knowledge";
import { readPressRelease } from "./read-press-release";

const read = (sentence: string) =>
  readPressRelease(
    `NIAMEY, 6 July 2024 — A summit of the Alliance of Sahel States was held today. ${sentence}`,
    knowledge,
  );
const names = (sentence: string) =>
  readPressRelease(
    `NIAMEY, 6 July 2024 — A summit of the Alliance of Sahel States was held today. ${sentence}`,
    knowledge,
  ).participants.map((participant) => participant.nameAsStated.split(" ").at(-1));

describe("a participle opening the sentence before its subject list", () => {
  it.each([
    "Gathered in Niamey, the Heads of State of Burkina Faso, Captain Idrissa Kabore, of Mali, Colonel Mamadou Keita, and of Niger, General Moussa Garba, adopted the treaty.",
    "Meeting in the Nigerien capital, the Heads of State of Burkina Faso, Captain Idrissa Kabore, of Mali, Colonel Mamadou Keita, and of Niger, General Moussa Garba, adopted the treaty.",
    "Assembled at the conference centre, the Heads of State of Burkina Faso, Captain Idrissa Kabore, of Mali, Colonel Mamadou Keita, and of Niger, General Moussa Garba, signed the treaty.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(["Kabore", "Keita", "Garba"]);
  });

  it("takes 'the first summit' in the opening phrase for this meeting, and a rank for no part of the name", () => {
    expect(
      read(
        "Meeting in the Nigerien capital for the first summit of the Alliance of Sahel States (AES), the Heads of State of Burkina Faso, Captain Idrissa KABORE, of Mali, Colonel Mamadou KEITA, and of Niger, General Moussa GARBA, adopted on Saturday the treaty.",
      ).participants.map((participant) => participant.nameAsStated),
    ).toEqual(["Idrissa KABORE", "Mamadou KEITA", "Moussa GARBA"]);
  });

  it("still reads a list after the verb of such a sentence", () => {
    expect(
      names("Assembled in Niamey, the summit was attended by President Idrissa Kabore of Burkina Faso."),
    ).toEqual(["Kabore"]);
  });
});
