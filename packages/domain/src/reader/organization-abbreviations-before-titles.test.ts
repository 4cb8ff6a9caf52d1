// An organization the reference data does not hold, named by its abbreviation before its head's title ("WTO
// Director-General X", "IMF Managing Director Y"): its head comes as another organization's official, and the title is
// not completed with the meeting's own organization. Guards: a country's abbreviation before a title ("US President",
// "UAE Vice President") and a style written in capitals ("HRH Crown Prince"). Every person here is invented.
import { describe, expect, it } from "vitest";
import { chair4Knowledge as knowledge } from "./fixtures/chair4-knowledge";
import { readPressRelease } from "./read-press-release";
import { opensWithOrganizationAbbreviation } from "./titles";

const read = (sentence: string) =>
  readPressRelease(
    `Hamburg, 7 July 2017 — The summit of the Group of Twenty opened today. Among the leaders at the table were US President John Miller and Indian Prime Minister Ravi Kumar. ${sentence}`,
    knowledge,
  ).participants.map((participant) => [
    participant.nameAsStated,
    participant.category.value,
    participant.role.value,
  ]);

describe("an organization's abbreviation before its head's title", () => {
  it.each([
    ["WTO Director-General Paulo Sousa", "Paulo Sousa"],
    ["IMF Managing Director Claire Martin", "Claire Martin"],
    ["OECD Secretary-General Luis Ortega", "Luis Ortega"],
  ])("%s attended", (title, name) => {
    expect(read(`${title} also attended the summit.`)).toContainEqual([
      name,
      "guest_organization",
      "participant",
    ]);
  });

  it.each([
    ["WTO Director-General", true],
    ["IMF Managing Director", true],
    ["ADB President", true],
    ["US President", false],
    ["UAE Vice President", false],
    ["HRH Crown Prince", false],
    ["UK Prime Minister", false],
  ])("%s opens with an organization's abbreviation: %s", (title, expected) => {
    expect(opensWithOrganizationAbbreviation(title)).toBe(expected);
  });

  it("keeps a country's leader under a country's abbreviation", () => {
    expect(read("")).toContainEqual(["John Miller", "member_state", "head_of_delegation"]);
  });
});
