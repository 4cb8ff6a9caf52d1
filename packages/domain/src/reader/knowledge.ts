import type { Chairmanship } from "../entities/chairmanship";
import type { Country } from "../entities/country";
import type { MeetingSeries } from "../entities/meeting-series";
import type { Occupancy } from "../entities/occupancy";
import type { OrgMembership } from "../entities/org-membership";
import type { Organization } from "../entities/organization";
import type { Person } from "../entities/person";
import type { Post } from "../entities/post";
import type { Topic } from "../entities/topic";

/**
 * What the database already knows, as plain data shaped like the domain entities (ids included), so that the
 * reader can reconcile what a release says with existing records. Only the fields the reader uses are required;
 * full entities fit.
 */
export type KnownCountry = Pick<
  Country,
  "id" | "iso2" | "nameI18n" | "officialNameI18n" | "otherNames" | "demonyms"
>;
export type KnownOrganization = Pick<
  Organization,
  "id" | "nameI18n" | "abbreviationI18n" | "otherNames" | "classification" | "parentId"
>;
export type KnownPerson = Pick<Person, "id" | "nameI18n" | "givenName" | "familyName" | "otherNames">;
export type KnownPost = Pick<Post, "id" | "labelI18n" | "role" | "organizationId" | "countryId">;
export type KnownOccupancy = Pick<Occupancy, "id" | "personId" | "postId" | "startDate" | "endDate">;
export type KnownMembership = Pick<
  OrgMembership,
  "id" | "organizationId" | "countryId" | "status" | "startDate" | "endDate"
>;
export type KnownTopic = Pick<Topic, "id" | "labelI18n" | "synonyms">;
export type KnownSeries = Pick<MeetingSeries, "id" | "organizationId" | "nameI18n">;
export type KnownChairmanship = Pick<
  Chairmanship,
  "id" | "organizationId" | "countryId" | "startDate" | "endDate"
>;

export interface ReaderKnowledge {
  organizations: readonly KnownOrganization[];
  countries: readonly KnownCountry[];
  people: readonly KnownPerson[];
  posts: readonly KnownPost[];
  occupancies: readonly KnownOccupancy[];
  memberships: readonly KnownMembership[];
  topics: readonly KnownTopic[];
  /** Meeting series, so that a proposed meeting joins its body's series. */
  series?: readonly KnownSeries[];
  /** Existing chairmanship terms, so that an outgoing presidency closes its stored term. */
  chairmanships?: readonly KnownChairmanship[];
}

// Organizations by id, indexed once per knowledge: every membership of a read asks for its root.
const organizationsById = new WeakMap<ReaderKnowledge, Map<string, KnownOrganization>>();

/** The organization at the top of `id`'s tree (a council's IGO): memberships and chairmanships belong to it. */
export function rootOrganization(knowledge: ReaderKnowledge, id: string): KnownOrganization | undefined {
  let byId = organizationsById.get(knowledge);
  if (!byId) {
    byId = new Map(knowledge.organizations.map((organization) => [organization.id, organization]));
    organizationsById.set(knowledge, byId);
  }
  let current = byId.get(id);
  const seen = new Set<string>();
  while (current?.parentId && !seen.has(current.id)) {
    seen.add(current.id);
    const parent = byId.get(current.parentId);
    if (!parent) break;
    current = parent;
  }
  return current;
}

/**
 * Whether a membership seats its holder at the organization's meetings: a member, an observer or a dialogue partner
 * does; a candidate does not yet, a suspended member (Syria in the Arab League 2011–2023) no longer.
 */
export function seatsItsHolder(membership: Pick<KnownMembership, "status">): boolean {
  return membership.status !== "candidate" && membership.status !== "suspended";
}

/** The memberships of an organization, held on it or on one of its bodies (a council's members are its IGO's). */
export function membershipsOf(knowledge: ReaderKnowledge, organizationId: string): KnownMembership[] {
  return knowledge.memberships.filter(
    (membership) =>
      membership.organizationId === organizationId ||
      rootOrganization(knowledge, membership.organizationId)?.id === organizationId,
  );
}

export function organizationById(
  knowledge: ReaderKnowledge,
  id: string | null | undefined,
): KnownOrganization | undefined {
  return id ? knowledge.organizations.find((organization) => organization.id === id) : undefined;
}

export function countryById(
  knowledge: ReaderKnowledge,
  id: string | null | undefined,
): KnownCountry | undefined {
  return id ? knowledge.countries.find((country) => country.id === id) : undefined;
}
