// The snapshot @plenary/domain ships is the reference data: the committed export must be what the lists give now.
import fs from "node:fs";
import { expect, it } from "vitest";
import { countryData } from "./countries";
import { referenceKnowledge } from "./knowledge-export";
import { referenceMemberships, referenceOrganizations } from "./organizations";

const committed = JSON.parse(
  fs.readFileSync(new URL("../../../domain/src/cli/generated/reference-data.json", import.meta.url), "utf8"),
);

it("the shipped snapshot is the reference data as it stands (pnpm --filter @plenary/db generate:reference-knowledge)", () => {
  expect(committed).toEqual(referenceKnowledge());
  expect(committed.countries).toHaveLength(countryData.countries.length);
  expect(committed.organizations).toHaveLength(referenceOrganizations.length);
  expect(committed.memberships).toHaveLength(referenceMemberships.length);
});

it("links every membership and body to a country and organization of the file", () => {
  const knowledge = referenceKnowledge();
  const countries = new Set(knowledge.countries.map((country) => country.id));
  const organizations = new Set(knowledge.organizations.map((organization) => organization.id));
  expect(new Set(knowledge.memberships.map((membership) => membership.id)).size).toBe(
    knowledge.memberships.length,
  );
  for (const membership of knowledge.memberships) {
    expect(countries, membership.id).toContain(membership.countryId);
    expect(organizations, membership.id).toContain(membership.organizationId);
  }
  for (const organization of knowledge.organizations)
    if (organization.parentId) expect(organizations, organization.id).toContain(organization.parentId);
});
