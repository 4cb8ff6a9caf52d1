import type { KnowledgeQuery, ReaderKnowledge, ReaderKnowledgeSource } from "@plenary/domain";
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
 * The reader's knowledge as indexed lookups (issue 12): the people whose folded name tokens meet the release's
 * (a GIN index on plenary_person_name_tokens, see the person_name_tokens migration) with their occupancies, and the
 * small reference tables whole. No full load of people per read; the reads equal those of `loadReaderKnowledge`
 * (reader-knowledge.integration.test.ts).
 */
export class DatabaseKnowledge implements ReaderKnowledgeSource {
  constructor(private readonly db: Db) {}

  async candidates(query: KnowledgeQuery): Promise<ReaderKnowledge> {
    const { db } = this;
    const tokens = [...query.nameTokens];
    const matched = tokens.length
      ? await db.$queryRaw<{ id: string }[]>`
          select id from "Person"
          where "deletedAt" is null
            and plenary_person_name_tokens("nameI18n", "givenName", "familyName", "otherNames") && ${tokens}::text[]`
      : [];
    return readKnowledge(
      db,
      matched.map((row) => row.id),
    );
  }
}
