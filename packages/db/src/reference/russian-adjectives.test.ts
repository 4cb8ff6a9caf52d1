// The Russian adjectives the reader matches (RUSSIAN_COUNTRY_ADJECTIVES of @plenary/domain) are keyed by the ISO codes
// of the reference load: every key must be one of its countries, and the member states of the bodies the reference
// data holds (SCO, CIS, CSTO, EAEU, BRICS, CICA, OTS) must all have one.
import { RUSSIAN_COUNTRY_ABBREVIATIONS, RUSSIAN_COUNTRY_ADJECTIVES } from "@plenary/domain";
import { expect, it } from "vitest";
import { countryData } from "./countries";

it("keys the Russian adjectives and short forms by countries of the reference load", () => {
  const codes = new Set(countryData.countries.map((country) => country.iso2));
  for (const iso2 of [
    ...Object.keys(RUSSIAN_COUNTRY_ADJECTIVES),
    ...Object.keys(RUSSIAN_COUNTRY_ABBREVIATIONS),
  ])
    expect(codes.has(iso2), iso2).toBe(true);
  const eurasian = ["RU", "CN", "KZ", "KG", "TJ", "UZ", "IN", "PK", "IR", "BY", "AM", "AZ", "MD", "TM", "TR"];
  const brics = ["BR", "ZA", "EG", "ET", "AE", "SA", "ID"];
  const cica = ["AF", "BD", "KH", "IQ", "IL", "JO", "KW", "MN", "PS", "QA", "KR", "LK", "TH", "VN", "MY"];
  for (const iso2 of [...eurasian, ...brics, ...cica])
    expect(RUSSIAN_COUNTRY_ADJECTIVES[iso2]?.length ?? 0, iso2).toBeGreaterThan(0);
  // Most UN members have one (not the few without an adjective in use, nor the two Congos, which share one).
  const un = countryData.countries.filter((country) => country.unMember);
  expect(un.filter((country) => RUSSIAN_COUNTRY_ADJECTIVES[country.iso2]).length).toBeGreaterThan(
    un.length * 0.9,
  );
});
