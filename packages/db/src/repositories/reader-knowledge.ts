import {
  Country,
  countryNames,
  namedIn,
  Occupancy,
  Organization,
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
 * - the memberships, series and chairmanships of the organizations chosen (indexed by organizationId), every
 *   membership of the countries chosen (indexed by countryId: namesakes are ranked by them), the topics.
 * No table is read whole but topics; the reads equal those of `loadReaderKnowledge`
 * (reader-knowledge.integration.test.ts).
 *
 * Three round trips, each of statements run side by side: (1) the people with their occupancies and the keyed
 * countries and organizations, each through its index, with only the fields the reader reads; (2) one statement
 * for the trees, posts and trees of those posts; (3) the rows of what was chosen. A release's name tokens meet
 * about a thousand people of the generated archive: they are no longer sent back as a list of a thousand ids to
 * fetch them and their occupancies, which was most of the lookups' time.
 */
export class DatabaseKnowledge implements ReaderKnowledgeSource {
  constructor(private readonly db: Db) {}

  async candidates(query: KnowledgeQuery): Promise<ReaderKnowledge> {
    const { db } = this;
    const live = { deletedAt: null };
    const tokens = [...query.nameTokens];
    const words = [...query.words];
    const [personRows, occupancyRows, countryRows, organizationRows] = await Promise.all([
      tokens.length
        ? db.$queryRaw<unknown[]>`
            select id, "nameI18n", "givenName", "familyName", "otherNames" from "Person"
            where "deletedAt" is null
              and plenary_person_name_tokens("nameI18n", "givenName", "familyName", "otherNames") && ${tokens}::text[]
            order by id`
        : [],
      tokens.length
        ? db.$queryRaw<unknown[]>`
            -- Materialized: the people through their index first (a few ms), rather than the planner's join that
            -- folds the names of every person holding a post.
            with found as materialized (
              select id from "Person"
              where "deletedAt" is null
                and plenary_person_name_tokens("nameI18n", "givenName", "familyName", "otherNames") && ${tokens}::text[])
            select occupancy.id, occupancy."personId", occupancy."postId", occupancy."startDate", occupancy."endDate"
            from "Occupancy" occupancy
            join found on found.id = occupancy."personId"
            join "Post" post on post.id = occupancy."postId" and post."deletedAt" is null
            order by occupancy.id`
        : [],
      words.length
        ? db.$queryRaw<unknown[]>`
            select id, iso2, "nameI18n", "officialNameI18n", "otherNames", demonyms from "Country"
            where "deletedAt" is null
              and plenary_country_name_keys("nameI18n", "officialNameI18n", "otherNames", "demonyms") && ${words}::text[]`
        : [],
      words.length
        ? db.$queryRaw<unknown[]>`
            select id, "nameI18n", "abbreviationI18n", "otherNames", classification::text as classification, "parentId"
            from "Organization"
            where "deletedAt" is null
              and plenary_organization_name_keys("nameI18n", "abbreviationI18n", "otherNames") && ${words}::text[]`
        : [],
    ]);
    const people = personRows.map((row) => KnownPersonRow.parse(row));
    const occupancies = occupancyRows.map((row) => KnownOccupancyRow.parse(row));
    // The keys only narrow the search: a country or organization is named when all the words of one of its names are.
    const wordSet = new Set(words);
    const named = countryRows
      .map((row) => KnownCountryRow.parse(row))
      .filter((country) => namedIn(countryNames(country), wordSet))
      .map((country) => country.id);
    const namedOrganizations = organizationRows
      .map((row) => KnownOrganizationRow.parse(row))
      .filter((organization) => namedIn(organizationNames(organization), wordSet))
      .map((organization) => organization.id);
    const held = [...new Set(occupancies.map((occupancy) => occupancy.postId))];
    const chosen = await postsAndTrees(db, named, namedOrganizations, held);
    const postIds = chosen.filter((row) => row.kind === "post").map((row) => row.id);
    const countryIds = [
      ...new Set([...named, ...chosen.flatMap((row) => (row.kind === "post" ? (row.countryId ?? []) : []))]),
    ];
    const organizationIds = chosen.filter((row) => row.kind === "organization").map((row) => row.id);
    const ofOrganizations = { organizationId: { in: organizationIds }, organization: live };
    const [posts, countries, organizations, topics, memberships, series, chairmanships] = await Promise.all([
      db.post.findMany({ where: { id: { in: postIds } }, orderBy: { id: "asc" } }),
      db.country.findMany({ where: { id: { in: countryIds }, ...live }, orderBy: { id: "asc" } }),
      db.organization.findMany({ where: { id: { in: organizationIds } }, orderBy: { id: "asc" } }),
      db.topic.findMany({ where: live, orderBy: { id: "asc" } }),
      // Every membership of the chosen countries too (index on countryId): see `knowledgeCandidates`.
      db.orgMembership.findMany({
        where: {
          OR: [{ organizationId: { in: organizationIds } }, { countryId: { in: countryIds } }],
          organization: live,
          country: live,
        },
        orderBy: { id: "asc" },
      }),
      db.meetingSeries.findMany({ where: ofOrganizations, orderBy: { id: "asc" } }),
      db.chairmanship.findMany({ where: { ...ofOrganizations, country: live }, orderBy: { id: "asc" } }),
    ]);
    return {
      countries: countries.map(toCountry),
      organizations: organizations.map(toOrganization),
      people,
      posts: posts.map(toPost),
      topics: topics.map(toTopic),
      occupancies,
      memberships: memberships.map(toOrgMembership),
      series: series.map(toMeetingSeries),
      chairmanships: chairmanships.map(toChairmanship),
    };
  }
}

// Only the fields the reader reads (the Known* types of @plenary/domain), parsed as the whole entities are.
const KnownPersonRow = Person.pick({
  id: true,
  nameI18n: true,
  givenName: true,
  familyName: true,
  otherNames: true,
});
const KnownOccupancyRow = Occupancy.pick({
  id: true,
  personId: true,
  postId: true,
  startDate: true,
  endDate: true,
});
const KnownCountryRow = Country.pick({
  id: true,
  iso2: true,
  nameI18n: true,
  officialNameI18n: true,
  otherNames: true,
  demonyms: true,
});
const KnownOrganizationRow = Organization.pick({
  id: true,
  nameI18n: true,
  abbreviationI18n: true,
  otherNames: true,
  classification: true,
  parentId: true,
});

/**
 * In one statement, as `knowledgeCandidates` chooses them: the live posts of the named countries, of the whole
 * trees of the named organizations (see `organizationTrees`) and held by the people found; then the whole trees of
 * the named organizations and of those posts' organizations. Rows of kind "post" (with their country) and
 * "organization".
 */
function postsAndTrees(
  db: Db,
  countryIds: string[],
  organizationIds: string[],
  heldPostIds: string[],
): Promise<{ kind: "post" | "organization"; id: string; countryId: string | null }[]> {
  return db.$queryRaw`
    with recursive up as (
      select id, "parentId" from "Organization" where id = any(${organizationIds}::text[]) and "deletedAt" is null
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
    ), chosen_posts as (
      select id, "countryId", "organizationId" from "Post"
      where "deletedAt" is null
        and (id = any(${heldPostIds}::text[])
          or "countryId" = any(${countryIds}::text[])
          or "organizationId" in (select id from down))
    ), up_all as (
      select id, "parentId" from "Organization"
      where "deletedAt" is null
        and (id in (select id from down) or id in (select "organizationId" from chosen_posts))
      union
      select parent.id, parent."parentId" from "Organization" parent
      join up_all on parent.id = up_all."parentId" where parent."deletedAt" is null
    ), roots_all as (
      select up_all.id from up_all
      where up_all."parentId" is null
         or not exists (select 1 from "Organization" parent where parent.id = up_all."parentId" and parent."deletedAt" is null)
    ), down_all as (
      select id from roots_all
      union
      select body.id from "Organization" body join down_all on body."parentId" = down_all.id where body."deletedAt" is null
    )
    select 'post' as kind, id, "countryId" from chosen_posts
    union all
    select 'organization' as kind, id, null as "countryId" from down_all`;
}
