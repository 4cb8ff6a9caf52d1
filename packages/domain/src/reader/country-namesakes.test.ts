// Countries named by the same words ("Indian": India and the British Indian Ocean Territory, as the reference data
// holds both): the state the knowledge holds memberships for, never the order or the ids the knowledge happens to
// give them. Every person here is invented.
import { describe, expect, it } from "vitest";
import type { KnownCountry, KnownMembership, ReaderKnowledge } from "./knowledge";
import { countryMentions } from "./mentions";

const country = (id: string, iso2: string, en: string, demonyms: string[]): KnownCountry => ({
  id,
  iso2,
  nameI18n: { en },
  officialNameI18n: null,
  otherNames: [],
  demonyms,
});

const membership = (countryId: string, organizationId: string): KnownMembership => ({
  id: `${organizationId}/${countryId}`,
  organizationId,
  countryId,
  status: "member",
  startDate: null,
  endDate: null,
});

const knowledge = (countries: KnownCountry[], memberships: KnownMembership[]): ReaderKnowledge => ({
  countries,
  organizations: [],
  people: [],
  posts: [],
  occupancies: [],
  memberships,
  topics: [],
});

// The territory first and with the lower id: the order and the ids alone would pick it.
const territory = country("IO", "IO", "British Indian Ocean Territory", ["Indian"]);
const india = country("ctyinx0001", "IN", "India", ["Indian"]);
const countryOf = (text: string, known: ReaderKnowledge) =>
  countryMentions(text, known).map((found) => found.id);

describe("a demonym two countries share", () => {
  it("names the one the knowledge holds memberships of organizations for", () => {
    const known = knowledge(
      [territory, india],
      [membership("ctyinx0001", "brics"), membership("ctyinx0001", "un")],
    );
    expect(countryOf("Indian Prime Minister Arun Mehta spoke first.", known)).toEqual(["ctyinx0001"]);
  });

  it("names the one of more organizations when both hold memberships", () => {
    const known = knowledge(
      [territory, india],
      [membership("IO", "un"), membership("ctyinx0001", "un"), membership("ctyinx0001", "brics")],
    );
    expect(countryOf("Indian Prime Minister Arun Mehta spoke first.", known)).toEqual(["ctyinx0001"]);
  });
});

describe("guards", () => {
  it("leaves a country named by its own words alone, whatever memberships the other holds", () => {
    const known = knowledge([territory, india], [membership("ctyinx0001", "un")]);
    expect(countryOf("The British Indian Ocean Territory was not represented.", known)).toEqual(["IO"]);
    expect(countryOf("India and the British Indian Ocean Territory", known)).toEqual(["ctyinx0001", "IO"]);
  });

  it("still decides by the lowest id when neither holds a membership", () => {
    expect(
      countryOf("Indian Prime Minister Arun Mehta spoke first.", knowledge([india, territory], [])),
    ).toEqual(["IO"]);
  });
});
