import type { ReaderKnowledge } from "@plenary/domain";
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
export async function loadReaderKnowledge(db: Db): Promise<ReaderKnowledge> {
  const live = { deletedAt: null };
  const [countries, organizations, people, posts, topics, occupancies, memberships, series, chairmanships] =
    await Promise.all([
      db.country.findMany({ where: live, orderBy: { id: "asc" } }),
      db.organization.findMany({ where: live, orderBy: { id: "asc" } }),
      db.person.findMany({ where: live, orderBy: { id: "asc" } }),
      db.post.findMany({ where: live, orderBy: { id: "asc" } }),
      db.topic.findMany({ where: live, orderBy: { id: "asc" } }),
      db.occupancy.findMany({ where: { person: live, post: live }, orderBy: { id: "asc" } }),
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
