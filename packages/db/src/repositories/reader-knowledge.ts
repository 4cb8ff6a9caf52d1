import {
  countryNames,
  namedIn,
  organizationNames,
  Person,
  type KnowledgeQuery,
  type ReaderKnowledge,
  type ReaderKnowledgeSource,
} from "@plenary/domain";
import type { Db } from "../client";
import {
  toChairmanship,
  toCountry,
  toMeetingSeries,
  toOccupancy,
  toOrgMembership,
  toOrganization,
  toPerson,
  toPost,
  toTopic,
} from "./mappers";

/**
 * Everything the press-release reader reconciles against: all non-trashed reference records (countries,
 * organizations, people, posts, topics) with the occupancies, memberships, series and chairmanships between
 * them. Links to a trashed record are left out, so the reader never proposes one.
 */
export function loadReaderKnowledge(db: Db): Promise<ReaderKnowledge> {
  return readKnowledge(db);
}

/** The reference tables whole, and the people (with their occupancies) named by `personIds`, or all of them. */
async function readKnowledge(db: Db, personIds?: string[]): Promise<ReaderKnowledge> {
  const live = { deletedAt: null };
  const chosen = personIds ? { id: { in: personIds } } : live;
  const [countries, organizations, people, posts, topics, occupancies, memberships, series, chairmanships] =
    await Promise.all([
      db.country.findMany({ where: live, orderBy: { id: "asc" } }),
      db.organization.findMany({ where: live, orderBy: { id: "asc" } }),
      db.person.findMany({ where: chosen, orderBy: { id: "asc" } }),
      db.post.findMany({ where: live, orderBy: { id: "asc" } }),
      db.topic.findMany({ where: live, orderBy: { id: "asc" } }),
      db.occupancy.findMany({
        where: { ...(personIds ? { personId: { in: personIds } } : {}), person: live, post: live },
        orderBy: { id: "asc" },
      }),
      db.orgMembership.findMany({ where: { organization: live, country: live }, orderBy: { id: "asc" } }),
      db.meetingSeries.findMany({ where: { organization: live }, orderBy: { id: "asc" } }),
      db.chairmanship.findMany({ where: { organization: live, country: live }, orderBy: { id: "asc" } }),
    ]);
  return {
    countries: countries.map(toCountry),
    organizations: organizations.map(toOrganization),
    people: people.map(toPerson),
    posts: posts.map(toPost),
    topics: topics.map(toTopic),
    occupancies: occupancies.map(toOccupancy),
    memberships: memberships.map(toOrgMembership),
    series: series.map(toMeetingSeries),
    chairmanships: chairmanships.map(toChairmanship),
  };
}

/**
 * The reader's knowledge as indexed lookups (issue 12), the selection `knowledgeCandidates` makes on a snapshot:
 * - people whose folded name tokens meet the release's (GIN index on plenary_person_name_tokens, migration
 *   person_name_tokens), with their occupancies;
 * - countries and organizations whose name keys meet the release's words (GIN indexes on plenary_country_name_keys
 *   and plenary_organization_name_keys, migration reference_name_keys), kept when one of their names has all its
 *   words in the release, and the whole tree of each organization (a recursive walk over parentId);
 * - the posts of those countries and trees and the posts those people hold (indexes on countryId, organizationId
 *   and the primary key), with their countries and trees;
 * - the memberships, series and chairmanships of the organizations chosen (indexed by organizationId), the topics.
 * No table is read whole but topics; the reads equal those of `loadReaderKnowledge`
 * (reader-knowledge.integration.test.ts).
 */
export class DatabaseKnowledge implements ReaderKnowledgeSource {
  constructor(private readonly db: Db) {}

  async candidates(query: KnowledgeQuery): Promise<ReaderKnowledge> {
    const { db } = this;
    const live = { deletedAt: null };
    const tokens = [...query.nameTokens];
    const words = [...query.words];
    const [personRows, countryRows, organizationRows] = await Promise.all([
      tokens.length
        ? db.$queryRaw<{ id: string }[]>`
            select id from "Person"
            where "deletedAt" is null
              and plenary_person_name_tokens("nameI18n", "givenName", "familyName", "otherNames") && ${tokens}::text[]`
        : [],
      words.length
        ? db.$queryRaw<{ id: string }[]>`
            select id from "Country"
            where "deletedAt" is null
              and plenary_country_name_keys("nameI18n", "officialNameI18n", "otherNames", "demonyms") && ${words}::text[]`
        : [],
      words.length
        ? db.$queryRaw<{ id: string }[]>`
            select id from "Organization"
            where "deletedAt" is null
              and plenary_organization_name_keys("nameI18n", "abbreviationI18n", "otherNames") && ${words}::text[]`
        : [],
    ]);
    const personIds = personRows.map((row) => row.id);
    const [people, occupancies, keyedCountries, keyedOrganizations] = await Promise.all([
      // Only the fields the reader reads: a release's name tokens can meet a thousand people of the archive, and
      // whole rows parsed as whole entities were most of the lookups' time.
      db.person.findMany({
        where: { id: { in: personIds } },
        select: { id: true, nameI18n: true, givenName: true, familyName: true, otherNames: true },
        orderBy: { id: "asc" },
      }),
      db.occupancy.findMany({
        where: { personId: { in: personIds }, person: live, post: live },
        orderBy: { id: "asc" },
      }),
      db.country.findMany({ where: { id: { in: countryRows.map((row) => row.id) } } }),
      db.organization.findMany({ where: { id: { in: organizationRows.map((row) => row.id) } } }),
    ]);
    // The keys only narrow the search: a country or organization is named when all the words of one of its names are.
    const wordSet = new Set(words);
    const named = keyedCountries
      .map(toCountry)
      .filter((country) => namedIn(countryNames(country), wordSet))
      .map((country) => country.id);
    const namedTrees = await organizationTrees(
      db,
      keyedOrganizations
        .map(toOrganization)
        .filter((organization) => namedIn(organizationNames(organization), wordSet))
        .map((organization) => organization.id),
    );
    const posts = await db.post.findMany({
      where: {
        deletedAt: null,
        OR: [
          { id: { in: [...new Set(occupancies.map((occupancy) => occupancy.postId))] } },
          { countryId: { in: named } },
          { organizationId: { in: namedTrees } },
        ],
      },
      orderBy: { id: "asc" },
    });
    const countryIds = [...new Set([...named, ...posts.flatMap((post) => post.countryId ?? [])])];
    const organizationIds = await organizationTrees(db, [
      ...new Set([...namedTrees, ...posts.flatMap((post) => post.organizationId ?? [])]),
    ]);
    const ofOrganizations = { organizationId: { in: organizationIds }, organization: live };
    const [countries, organizations, topics, memberships, series, chairmanships] = await Promise.all([
      db.country.findMany({ where: { id: { in: countryIds }, ...live }, orderBy: { id: "asc" } }),
      db.organization.findMany({ where: { id: { in: organizationIds } }, orderBy: { id: "asc" } }),
      db.topic.findMany({ where: live, orderBy: { id: "asc" } }),
      db.orgMembership.findMany({ where: { ...ofOrganizations, country: live }, orderBy: { id: "asc" } }),
      db.meetingSeries.findMany({ where: ofOrganizations, orderBy: { id: "asc" } }),
      db.chairmanship.findMany({ where: { ...ofOrganizations, country: live }, orderBy: { id: "asc" } }),
    ]);
    return {
      countries: countries.map(toCountry),
      organizations: organizations.map(toOrganization),
      people: people.map((row) => KnownPersonRow.parse(row)),
      posts: posts.map(toPost),
      topics: topics.map(toTopic),
      occupancies: occupancies.map(toOccupancy),
      memberships: memberships.map(toOrgMembership),
      series: series.map(toMeetingSeries),
      chairmanships: chairmanships.map(toChairmanship),
    };
  }
}

const KnownPersonRow = Person.pick({
  id: true,
  nameI18n: true,
  givenName: true,
  familyName: true,
  otherNames: true,
});

/**
 * The live organizations of the whole trees the given ones belong to: up through live parents to the root, then down
 * through live bodies (as `organizationTrees` of @plenary/domain walks a snapshot of the live organizations).
 */
async function organizationTrees(db: Db, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<{ id: string }[]>`
    with recursive up as (
      select id, "parentId" from "Organization" where id = any(${ids}::text[]) and "deletedAt" is null
      union
      select parent.id, parent."parentId" from "Organization" parent
      join up on parent.id = up."parentId" where parent."deletedAt" is null
    ), roots as (
      select up.id from up
      where up."parentId" is null
         or not exists (select 1 from "Organization" parent where parent.id = up."parentId" and parent."deletedAt" is null)
    ), down as (
      select id from roots
      union
      select body.id from "Organization" body join down on body."parentId" = down.id where body."deletedAt" is null
    )
    select id from down order by id`;
  return rows.map((row) => row.id);
}
