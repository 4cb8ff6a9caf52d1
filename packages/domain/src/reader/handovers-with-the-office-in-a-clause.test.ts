// The handovers4 round's bare "handed over to Y" (handovers-with-the-office-in-a-clause.ts): the office handed over
// only as a relative clause beside the verb names it, on the one handing over or on the one handed to; and the one
// handed to named by a one-word name the knowledge holds ("President Lula"). Each with guards: "handed over to" that
// hands something else. Since the eighth session of 7 December 2026 also a clause in which the one handing over chairs the body by its name
// ("X, who has chaired COMESA since June 2021, handed over to Y"), and the office as "it" after "and" ("Zambia had held
// the chairmanship since June 2021, and it now passes to Burundi"), both read as no handover before. Every sentence is
// written for these tests.
import { describe, expect, it } from "vitest";
import { comesaTermsWith } from "./chairmanship-test-reading";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { ids } from "./fixtures/world-knowledge";
import { officeInAClauseBeside } from "./handovers-with-the-office-in-a-clause";
import { readPressRelease } from "./read-press-release";

const [KZ, CN, BR, ZA] = ["KZ", "CN", "BR", "ZA"].map(ids.country);

/** A short SCO release chaired by Kazakhstan's president, with `sentence` as its last paragraph. */
const sco = (sentence: string) =>
  readPressRelease(
    `Astana, 4 July 2024\n\nThe meeting of the SCO Council of Heads of State was held in Astana, chaired by President of Kazakhstan Kassym-Jomart Tokayev. Taking part were President of China Xi Jinping, President of Russia Vladimir Putin and President of Uzbekistan Shavkat Mirziyoyev.\n\n${sentence}\n`,
    eurasiaKnowledge,
  ).chairmanships.map((term) => term.countryId);

/** A short BRICS release chaired by South Africa's president, with Brazil's president at the table. */
const brics = (sentence: string) =>
  readPressRelease(
    `Johannesburg, 24 August 2023\n\nThe BRICS summit was held in Johannesburg, chaired by President of South Africa Cyril Ramaphosa. Taking part were President of Brazil Luiz Inácio Lula da Silva and President of Russia Vladimir Putin.\n\n${sentence}\n`,
    eurasiaKnowledge,
  ).chairmanships.map((term) => term.countryId);

describe("a bare 'handed over to' with the office in a relative clause", () => {
  it.each([
    "At the close Tokayev handed over to President Xi Jinping, whose country holds the presidency from today.",
    "Tokayev, whose country had held the presidency since the Delhi meeting, handed over to President Xi Jinping.",
    "Tokayev handed over to President Xi Jinping, who will lead the Organisation for the coming year.",
    "Kazakhstan, which has held the chairmanship for a year, then handed over to China.",
  ])("%s", (sentence) => {
    expect(sco(sentence)).toEqual([KZ, CN]);
  });

  it.each([
    // Something else handed over.
    "Tokayev handed over to President Xi Jinping a letter from the business council.",
    // A clause on the one handed to that names no office he takes.
    "The documents were handed over to President Xi Jinping, who thanked the presidency for its work.",
    // A clause that names another thing led.
    "Tokayev handed over to President Xi Jinping, who will lead the delegation to the forum.",
  ])("reads no handover: %s", (sentence) => {
    expect(sco(sentence)).toEqual([]);
  });

  it("reads the clause on either side, and nothing where none names the office", () => {
    expect(officeInAClauseBeside("W, whose country had held the presidency since March, ", "Y.")).toBe(true);
    expect(officeInAClauseBeside("W ", "President Y, who will lead the bloc next year.")).toBe(true);
    expect(officeInAClauseBeside("W ", "the police, who took him away.")).toBe(false);
    expect(officeInAClauseBeside("W, who chaired the session, ", "Y.")).toBe(false);
  });
});

describe("the one handed to by a one-word name the knowledge holds", () => {
  it.each([
    "Ramaphosa, whose country had held the chairmanship since January, handed over to President Lula.",
    "Ramaphosa handed over to President Lula, who will lead the bloc next year.",
    "Ramaphosa passed the chairmanship to Lula.",
  ])("%s", (sentence) => {
    expect(brics(sentence)).toEqual([ZA, BR]);
  });

  it("does not take a word that is no name the knowledge holds", () => {
    expect(brics("Ramaphosa passed the chairmanship to Silvana.")).toEqual([]);
  });
});

describe("a bare 'handed over to' after a clause in which the giver chairs the body by name", () => {
  it.each([
    "President Hichilema, who has chaired COMESA since June 2021, handed over to Burundi.",
    "President Hichilema, who has been presiding over COMESA since June 2021, handed over to President Ndayishimiye of Burundi.",
  ])("%s", (sentence) => {
    expect(comesaTermsWith(sentence)).toEqual([
      ["ZM", "2021-06", "2023-06-08"],
      ["BI", "2023-06-08", null],
    ]);
  });

  it.each([
    "President Hichilema, who chaired the talks, handed over to the police.",
    "President Hichilema, who chaired the session, handed over to President Ndayishimiye.",
  ])("reads no handover: %s", (sentence) => {
    expect(comesaTermsWith(sentence)).toEqual([]);
  });
});

describe("the office as 'it' after 'and'", () => {
  it.each([
    "Zambia had held the chairmanship since June 2021, and it now passes to Burundi.",
    "Zambia had held the chairmanship since the summit in June 2021, and it passes to Burundi.",
  ])("%s", (sentence) => {
    expect(comesaTermsWith(sentence)).toEqual([
      ["ZM", "2021-06", "2023-06-08"],
      ["BI", "2023-06-08", null],
    ]);
  });

  it("not a pronoun for something else", () => {
    expect(
      comesaTermsWith("Zambia praised the chairmanship, and it now passes a budget to Burundi."),
    ).toEqual([]);
  });
});
