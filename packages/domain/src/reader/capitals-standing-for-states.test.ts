// A capital standing for its state as a side of the handover or as the chair ("the chairmanship passes to Hanoi",
// "Baku takes over the presidency", "Bishkek chaired the session"), with its former and other names ("Nur-Sultan",
// "Kiev", "Rangoon"); and guards where the capital is a venue, an attribute or a city, which must name no side.
// Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { chairingCountry } from "./chair";
import { termsOf } from "./chairmanship-test-reading";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { ids } from "./fixtures/world-knowledge";
import { segment } from "./segment";
import { capitalAsPlace, capitalMentions } from "./world-capitals";

const ots = ids.organization("ots");
const cis = ids.organization("cis");
const asean = ids.organization("asean");
const sco = ids.organization("shanghaicooperationorganisati");
const [KZ, KG, UZ, AZ, TM, VN, MM, TJ, BY] = ["KZ", "KG", "UZ", "AZ", "TM", "VN", "MM", "TJ", "BY"].map(
  ids.country,
);
const nextHolders = (text: string, organizationId = ots, date = "2014-06-05") =>
  termsOf(text, date, organizationId)
    .filter(([, , end]) => end === null)
    .map(([country]) => country);
const chairing = (text: string) => chairingCountry(text, segment(text), eurasiaKnowledge)?.countryId ?? null;

describe("a capital as the next holder", () => {
  it.each([
    ["The chairmanship of the Council now passes to Bishkek.", KG],
    ["Tashkent takes over the rotating presidency next year.", UZ],
    ["At the closing session the President handed the gavel to Baku.", AZ],
    ["Ashgabat will host and chair the Council next year.", TM],
    ["The presidency for the coming term has been entrusted to Dushanbe.", TJ],
  ])("reads the capital's state: %s", (text, country) => {
    expect(nextHolders(text)).toEqual([country]);
  });

  it.each([
    ["The chairmanship of the Association passes to Ha Noi in 2015.", VN],
    ["The chairmanship of the Association passes to Hanoi in 2015.", VN],
    ["Nay Pyi Taw will take over the chairmanship of ASEAN next year.", MM],
  ])("reads a capital in ASEAN's spellings: %s", (text, country) => {
    expect(nextHolders(text, asean)).toEqual([country]);
  });

  it("reads the outgoing side from a capital too", () => {
    expect(termsOf("The presidency passed from Minsk to Nur-Sultan.", "2019-05-29", cis)).toEqual([
      [BY, null, "2019-05-29"],
      [KZ, "2019-05-29", null],
    ]);
  });

  it.each([
    // A venue, not a side: the next summit's city, a ceremony's city, an attribute.
    "The next summit will be held in Bishkek under the chairmanship of the host.",
    "The chairmanship was handed over at a ceremony in Baku.",
    "The leaders adopted the Tashkent Declaration on the chairmanship's priorities.",
    "The presidency's programme was presented to the people of Dushanbe.",
    "Bishkek will host the next summit.",
    "The Tashkent summit opened the year of the Uzbek presidency's preparations.",
  ])("names no holder for a venue or an attribute: %s", (text) => {
    expect(nextHolders(text)).toEqual([]);
  });

  it("reads no side from a dateline's city", () => {
    expect(
      termsOf(
        "Ashgabat, 5 June 2014 – The President handed over the chairmanship to Kyrgyzstan.",
        "2014-06-05",
        ots,
      ),
    ).toEqual([[KG, "2014-06-05", null]]);
  });

  it("keeps the country named beside the capital where they differ", () => {
    expect(
      nextHolders("At the ceremony in Ashgabat, the chairmanship passed to Kyrgyzstan.", ots, "2014-06-05"),
    ).toEqual([KG]);
    expect(nextHolders("Kyrgyzstan, meeting in Moscow, will take over the chairmanship.", sco)).toEqual([KG]);
  });
});

describe("a capital as the chair", () => {
  it.each([
    ["Bishkek chaired the meeting.", KG],
    ["Dushanbe, which holds the rotating chairmanship, opened the session.", TJ],
    ["The session opened with Minsk in the chair.", BY],
    ["Baku presided over the talks of the Council.", AZ],
  ])("reads the capital's state: %s", (text, country) => {
    expect(chairing(text)).toBe(country);
  });

  it.each([
    "The session was chaired in Bishkek by the Secretary General.",
    "The talks in Moscow were chaired by the Secretary General.",
    "The Dushanbe meeting was chaired by the Secretary General.",
    // "of" makes the city a place: "the people of Moscow", even after "the chairmanship of".
    "The session was held under the chairmanship of the mayor of Moscow.",
  ])("is none for a venue: %s", (text) => {
    expect(chairing(text)).toBeNull();
  });
});

describe("capitals found in the text", () => {
  const found = (text: string) =>
    capitalMentions(text, eurasiaKnowledge, 0, text.length).map((mention) => mention.asStated);

  it("finds capitals by their names, former names and plain spellings", () => {
    expect(found("Astana, Nur-Sultan, Alma-Ata, Kiev, Rangoon, Peking and Ashkhabad took the floor")).toEqual(
      ["Astana", "Nur-Sultan", "Alma-Ata", "Rangoon", "Peking", "Ashkhabad"],
    );
  });

  it("leaves out a capital whose state the knowledge does not hold, and a word inside a longer one", () => {
    // Ukraine is not in the test knowledge; "Bakunin" and "Minsker" are not Baku and Minsk.
    expect(found("Kiev, Bakunin and Minsker spoke")).toEqual([]);
  });

  it.each([
    ["talks in Moscow", "Moscow"],
    ["the Astana summit", "Astana"],
    ["the mayor of Baku", "Baku"],
    ["a Tashkent-based fund", "Tashkent"],
    ["the delegation travelled to Minsk", "Minsk"],
    ["Astana, 4 July 2024 – The leaders met", "Astana"],
    ["Hanoi, Nov. 12 – The summit closed", "Hanoi"],
  ])("takes a city named as a place for a place: %s", (text, city) => {
    const start = text.indexOf(city);
    expect(capitalAsPlace(text, start, start + city.length)).toBe(true);
  });
});
