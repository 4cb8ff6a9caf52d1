import {
  Chairmanship,
  Country,
  MeetingSeries,
  Occupancy,
  Organization,
  OrgMembership,
  Person,
  Post,
  Topic,
  type ReaderKnowledge,
} from "../index";
import { z } from "zod";

/** Ids only need to agree within the file, so any non-empty string will do: a project's own keys, Wikidata QIDs… */
const Ref = z.string().min(1);

/**
 * A file of what a database already knows, for `read --knowledge`: lists of countries, organizations, people, posts,
 * occupancies, memberships and topics (series and chairmanships optional) with the fields the reader uses. Whole
 * records, as the JSON API answers them, fit too: other fields are ignored.
 */
export const KnowledgeFile = z.object({
  organizations: z.array(
    Organization.pick({
      nameI18n: true,
      abbreviationI18n: true,
      otherNames: true,
      classification: true,
    }).extend({
      id: Ref,
      parentId: Ref.nullable(),
    }),
  ),
  countries: z.array(
    Country.pick({
      iso2: true,
      nameI18n: true,
      officialNameI18n: true,
      otherNames: true,
      demonyms: true,
    }).extend({ id: Ref }),
  ),
  people: z.array(
    Person.pick({ nameI18n: true, givenName: true, familyName: true, otherNames: true }).extend({ id: Ref }),
  ),
  posts: z.array(
    Post.pick({ labelI18n: true, role: true }).extend({
      id: Ref,
      organizationId: Ref.nullable(),
      countryId: Ref.nullable(),
    }),
  ),
  occupancies: z.array(
    Occupancy.pick({ startDate: true, endDate: true }).extend({ id: Ref, personId: Ref, postId: Ref }),
  ),
  memberships: z.array(
    OrgMembership.pick({ status: true, startDate: true, endDate: true }).extend({
      id: Ref,
      organizationId: Ref,
      countryId: Ref,
    }),
  ),
  topics: z.array(Topic.pick({ labelI18n: true, synonyms: true }).extend({ id: Ref })),
  series: z.array(MeetingSeries.pick({ nameI18n: true }).extend({ id: Ref, organizationId: Ref })).optional(),
  chairmanships: z
    .array(
      Chairmanship.pick({ startDate: true, endDate: true }).extend({
        id: Ref,
        organizationId: Ref,
        countryId: Ref,
      }),
    )
    .optional(),
}) satisfies z.ZodType<ReaderKnowledge>;
