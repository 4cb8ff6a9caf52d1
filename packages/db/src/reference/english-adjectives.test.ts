// The English adjectives and abbreviations @plenary/domain compiles by hand (ENGLISH_COUNTRY_ADJECTIVES and
// ENGLISH_COUNTRY_OTHER_NAMES) are keyed by the ISO codes of the reference load, and the load gives them to its
// countries beside the generated demonyms and other names.
import { ENGLISH_COUNTRY_OTHER_NAMES, ENGLISH_COUNTRY_ADJECTIVES } from "@plenary/domain";
import { expect, it } from "vitest";
import { countryData } from "./countries";

const country = (iso2: string) => countryData.countries.find((candidate) => candidate.iso2 === iso2)!;

it("keys the English adjectives and abbreviations by countries of the reference load", () => {
  const codes = new Set(countryData.countries.map((candidate) => candidate.iso2));
  for (const iso2 of [
    ...Object.keys(ENGLISH_COUNTRY_ADJECTIVES),
    ...Object.keys(ENGLISH_COUNTRY_OTHER_NAMES),
  ])
    expect(codes.has(iso2), iso2).toBe(true);
});

it("gives the reference countries the adjectives in use beside the generated demonyms", () => {
  expect(country("KG").demonyms).toEqual(["Kirghiz", "Kyrgyz", "Kyrgyzstani"]);
  expect(country("UZ").demonyms).toEqual(["Uzbekistani", "Uzbek"]);
  expect(country("AE").otherNames).toEqual(expect.arrayContaining(["Emirates", "UAE"]));
  expect(country("US").otherNames.filter((name) => name === "U.S.")).toHaveLength(1);
  // A country the lists do not name is as generated.
  expect(country("FR").demonyms).toEqual(["French"]);
});

it("names no adjective twice for two countries", () => {
  const owners = new Map<string, string[]>();
  for (const candidate of countryData.countries)
    for (const demonym of candidate.demonyms)
      owners.set(demonym, [...(owners.get(demonym) ?? []), candidate.iso2]);
  for (const [iso2, adjectives] of Object.entries(ENGLISH_COUNTRY_ADJECTIVES))
    for (const adjective of adjectives) expect(owners.get(adjective), adjective).toEqual([iso2]);
});
