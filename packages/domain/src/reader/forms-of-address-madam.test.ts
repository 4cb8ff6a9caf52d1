// "Madam" and "Madame" are forms of address, as "Mrs" is: "Her Excellency Madam Ellen Johnson Sirleaf, President of the
// Republic of Liberia, who chaired the Summit" (the Mano River Union release of participants10) was read as a person
// named "Madam Ellen Johnson Sirleaf". Every person here is invented.
import { describe, expect, it } from "vitest";
import { participants10Knowledge as knowledge } from "./fixtures/participants10-knowledge";
import { readPressRelease } from "./read-press-release";

const read = (sentence: string) =>
  readPressRelease(
    `MONROVIA, 15 May 2008 — The 18th Summit of the Mano River Union was held today. ${sentence}`,
    knowledge,
  ).participants.map((participant) => [participant.nameAsStated, participant.role.value]);

describe("Madam, Madame", () => {
  it.each(["Madam", "Madame", "Mme"])("%s before a name is no part of it", (style) => {
    expect(
      read(
        `Present at the Summit were His Excellency Ernest Kamara, President of the Republic of Sierra Leone; and Her Excellency ${style} Grace Tubman, President of the Republic of Liberia, who chaired the Summit as its host.`,
      ),
    ).toEqual([
      ["Ernest Kamara", "head_of_delegation"],
      ["Grace Tubman", "chair"],
    ]);
  });
});
