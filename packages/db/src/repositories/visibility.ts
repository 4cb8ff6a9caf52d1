// What the public may see: the one rule (README, "The domain model"), as the Prisma filters every public read uses.
//
// - A meeting is public when it is published and not in the trash.
// - A document is public when it is published, not in the trash, and its meeting (if it has one) is public.
// - A reference record (person, post, country, organization, topic) has no status of its own: it is public when it
//   is not in the trash and a public record refers to it, or a public record brings it along: an organization's and
//   a topic's parents up the tree (their pages link to them), and the countries of a public organization's
//   memberships and chairmanships (its page lists and links them). So every public page and export links only to
//   public records, and people created for a draft never leak.
// - Inside a public record, a reference that is trashed is left out (a to-many link) or shown as absent (a to-one
//   link, with `unlessTrashed`), and a link to a meeting that is not public loses its id (`publicMeetingId`).
import type { Prisma } from "../generated/prisma/client";

export const publishedMeeting = { status: "published", deletedAt: null } satisfies Prisma.MeetingWhereInput;

export const publishedDocument = {
  status: "published",
  deletedAt: null,
  OR: [{ meetingId: null }, { meeting: publishedMeeting }],
} satisfies Prisma.DocumentWhereInput;

/** A post is public when a participation in a public meeting names it (through the occupancy held that day). */
export const publicPost = {
  deletedAt: null,
  occupancies: { some: { participations: { some: { meeting: publishedMeeting } } } },
} satisfies Prisma.PostWhereInput;

export const publicPerson = {
  deletedAt: null,
  OR: [
    { participations: { some: { meeting: publishedMeeting } } },
    { speeches: { some: { meeting: publishedMeeting } } },
  ],
} satisfies Prisma.PersonWhereInput;

/** A chairmanship that starts or ends at a public meeting. */
const handedOverInPublic = {
  OR: [{ startedAtMeeting: publishedMeeting }, { endedAtMeeting: publishedMeeting }],
} satisfies Prisma.ChairmanshipWhereInput;

const referencedOrganization = {
  OR: [
    { meetingsAsBody: { some: publishedMeeting } },
    { representedAt: { some: { meeting: publishedMeeting } } },
    { adoptedDocuments: { some: publishedDocument } },
    { chairmanships: { some: handedOverInPublic } },
    { posts: { some: publicPost } },
  ],
} satisfies Prisma.OrganizationWhereInput;

/**
 * An organization is public when it, or one of its bodies up to three levels down, is referred to: a public body
 * brings its parents along. (The SCO's tree is three levels deep: SCO → RATS → RATS Executive Committee.)
 */
export const publicOrganization = {
  deletedAt: null,
  OR: [
    referencedOrganization,
    { bodies: { some: referencedOrganization } },
    { bodies: { some: { bodies: { some: referencedOrganization } } } },
    { bodies: { some: { bodies: { some: { bodies: { some: referencedOrganization } } } } } },
  ],
} satisfies Prisma.OrganizationWhereInput;

/** A public organization's page lists its members and its chairs; those countries come along with it. */
const listedByPublicOrganization = { organization: publicOrganization };

export const publicCountry = {
  deletedAt: null,
  OR: [
    { representedAt: { some: { meeting: publishedMeeting } } },
    { hostedMeetings: { some: publishedMeeting } },
    { venueMeetings: { some: publishedMeeting } },
    { chairmanships: { some: handedOverInPublic } },
    { posts: { some: publicPost } },
    { memberships: { some: listedByPublicOrganization } },
    { chairmanships: { some: listedByPublicOrganization } },
  ],
} satisfies Prisma.CountryWhereInput;

const referencedTopic = {
  OR: [
    { meetings: { some: { meeting: publishedMeeting } } },
    { documents: { some: { document: publishedDocument } } },
  ],
} satisfies Prisma.TopicWhereInput;

/** A topic is public when it, or a narrower topic up to three levels down, is referred to (its page links its parent). */
export const publicTopic = {
  deletedAt: null,
  OR: [
    referencedTopic,
    { children: { some: referencedTopic } },
    { children: { some: { children: { some: referencedTopic } } } },
    { children: { some: { children: { some: { children: { some: referencedTopic } } } } } },
  ],
} satisfies Prisma.TopicWhereInput;

/** Links from a public record to the rows it lists: trashed people, posts and topics are left out. */
export const notTrashed = { deletedAt: null } as const;
export const publicParticipation = { person: notTrashed } satisfies Prisma.ParticipationWhereInput;
export const publicSpeech = { person: notTrashed } satisfies Prisma.SpeechWhereInput;
export const publicMeetingTopic = { topic: notTrashed } satisfies Prisma.MeetingTopicWhereInput;
export const publicDocumentTopic = { topic: notTrashed } satisfies Prisma.DocumentTopicWhereInput;

/**
 * A to-one reference of a public record (a body, a host country, a post held): it is public by the rule above as
 * long as it is not in the trash, so a trashed one reads as absent rather than as a link to a missing page.
 */
export function unlessTrashed<T extends { deletedAt: Date | null }>(row: T | null | undefined): T | null {
  return row && !row.deletedAt ? row : null;
}

export type MeetingVisibility = { status: string; deletedAt: Date | null };

export function isPublicMeeting<T extends MeetingVisibility>(meeting: T | null | undefined): meeting is T {
  return !!meeting && meeting.status === publishedMeeting.status && !meeting.deletedAt;
}

/** The id of a linked meeting when the public may see that meeting, else null (a draft's id is never shown). */
export function publicMeetingId(
  id: string | null,
  meeting: MeetingVisibility | null | undefined,
): string | null {
  return id && isPublicMeeting(meeting) ? id : null;
}

type Linked = { deletedAt: Date | null } | null | undefined;

/**
 * A public row whose foreign keys point at trashed records reads those keys as null, as it reads the records
 * themselves: `withoutTrashedLinks(meeting, { bodyId: meeting.body, venueCountryId: meeting.venueCountry })`.
 */
export function withoutTrashedLinks<T extends object>(row: T, links: { [K in keyof T]?: Linked }): T {
  const copy = { ...row };
  for (const [key, linked] of Object.entries(links) as [keyof T, Linked][])
    if (linked?.deletedAt) copy[key] = null as T[keyof T];
  return copy;
}

/** Include with a document, for `withoutTrashedLinks(document, { adoptingBodyId: document.adoptingBody })`. */
export const documentLinks = { adoptingBody: { select: { deletedAt: true } } } as const;

const publishedMeetingSql = (m: string) => `${m}.status = 'published' and ${m}."deletedAt" is null`;

/** True when `fromWhere` (a `from … where …`) finds a row: a scalar subquery with `limit 1` (see PUBLIC_SQL). */
const anySql = (fromWhere: string) => `coalesce((select true ${fromWhere} limit 1), false)`;

const publishedDocumentSql = (d: string) =>
  `${publishedMeetingSql(d)} and (${d}."meetingId" is null or ${anySql(
    `from "Meeting" ${d}_m where ${d}_m.id = ${d}."meetingId" and ${publishedMeetingSql(`${d}_m`)}`,
  )})`;

/** publicPost, on the Post alias `p` (occupancy by occupancy, so each lookup goes through an index). */
const publicPostSql = (p: string) =>
  `${p}."deletedAt" is null and ${anySql(
    `from "Occupancy" ${p}_o where ${p}_o."postId" = ${p}.id and ${anySql(
      `from "Participation" ${p}_p join "Meeting" ${p}_m on ${p}_m.id = ${p}_p."meetingId"
       where ${p}_p."occupancyId" = ${p}_o.id and ${publishedMeetingSql(`${p}_m`)}`,
    )}`,
  )}`;

/** handedOverInPublic, on the Chairmanship alias `c`. */
const handedOverSql = (c: string) =>
  `(${anySql(`from "Meeting" ${c}_s where ${c}_s.id = ${c}."startedAtMeetingId" and ${publishedMeetingSql(`${c}_s`)}`)}
    or ${anySql(`from "Meeting" ${c}_e where ${c}_e.id = ${c}."endedAtMeetingId" and ${publishedMeetingSql(`${c}_e`)}`)})`;

/** referencedOrganization, on the Organization alias `o`. */
const referencedOrganizationSql = (o: string) => `(
  ${anySql(`from "Meeting" ${o}_m where ${o}_m."bodyId" = ${o}.id and ${publishedMeetingSql(`${o}_m`)}`)}
  or ${anySql(
    `from "Participation" ${o}_p join "Meeting" ${o}_pm on ${o}_pm.id = ${o}_p."meetingId"
     where ${o}_p."representingOrganizationId" = ${o}.id and ${publishedMeetingSql(`${o}_pm`)}`,
  )}
  or ${anySql(`from "Document" ${o}_d where ${o}_d."adoptingBodyId" = ${o}.id and ${publishedDocumentSql(`${o}_d`)}`)}
  or ${anySql(`from "Chairmanship" ${o}_c where ${o}_c."organizationId" = ${o}.id and ${handedOverSql(`${o}_c`)}`)}
  or ${anySql(`from "Post" ${o}_t where ${o}_t."organizationId" = ${o}.id and ${publicPostSql(`${o}_t`)}`)})`;

/** publicOrganization, on the Organization alias `o`: it or a body up to three levels down is referred to. */
const publicOrganizationSql = (o: string) => {
  const referredBelow = (parent: string, levels: number): string => {
    const body = `${parent}_b`;
    const below = levels > 1 ? ` or ${referredBelow(body, levels - 1)}` : "";
    return anySql(
      `from "Organization" ${body} where ${body}."parentId" = ${parent}.id
       and (${referencedOrganizationSql(body)}${below})`,
    );
  };
  return `${o}."deletedAt" is null and (${referencedOrganizationSql(o)} or ${referredBelow(o, 3)})`;
};

/** The last branch of publicCountry, on the Country alias `t`: it is a member of a public organization, or chaired one. */
const memberOfPublicOrganizationSql = anySql(
  `from "Organization" t_o
   where t_o.id in (select m."organizationId" from "OrgMembership" m where m."countryId" = t.id
                    union all select c."organizationId" from "Chairmanship" c where c."countryId" = t.id)
     and ${publicOrganizationSql("t_o")}`,
);

/**
 * publicCountry, on the Country alias `t` (PUBLIC_SQL.Country). Its last branch may be given as another condition
 * equal to it on the rows it is used on: search, which checks the rule on the countries it ranked, finds the public
 * organizations of those countries once for all of them (rankedSearchSql), instead of checking a country's
 * organizations again for every country (most countries are members of the same few).
 */
export function publicCountrySql(memberOfPublicOrganization = memberOfPublicOrganizationSql): string {
  return `t."deletedAt" is null and (
    ${anySql(`from "Meeting" t_h where t_h."hostCountryId" = t.id and ${publishedMeetingSql("t_h")}`)}
    or ${anySql(`from "Meeting" t_v where t_v."venueCountryId" = t.id and ${publishedMeetingSql("t_v")}`)}
    or ${anySql(
      `from "Participation" t_p join "Meeting" t_pm on t_pm.id = t_p."meetingId"
       where t_p."representingCountryId" = t.id and ${publishedMeetingSql("t_pm")}`,
    )}
    or ${anySql(`from "Chairmanship" t_c where t_c."countryId" = t.id and ${handedOverSql("t_c")}`)}
    or ${anySql(`from "Post" t_t where t_t."countryId" = t.id and ${publicPostSql("t_t")}`)}
    or ${memberOfPublicOrganization})`;
}

/**
 * The same rule for the tables public search ranks in SQL (all it searches), as conditions on the row alias `t`: search filters to
 * public rows before it ranks and limits, in the statement that scores them (a Prisma filter over a broad word's
 * thousand candidate ids took most of a second). Links are checked per candidate as scalar subqueries with
 * `limit 1`, which PostgreSQL runs through the foreign-key indexes (as EXISTS … OR EXISTS it hashed all 170,000
 * participations of the archive for each search). visibility.integration.test.ts checks that each selects exactly
 * the rows its Prisma filter above selects.
 */
export const PUBLIC_SQL = {
  Meeting: publishedMeetingSql("t"),
  Document: `${publishedMeetingSql("t")} and (t."meetingId" is null or coalesce(
    (select true from "Meeting" m where m.id = t."meetingId" and ${publishedMeetingSql("m")}), false))`,
  Person: `t."deletedAt" is null and coalesce(
    (select true from "Participation" p join "Meeting" m on m.id = p."meetingId"
     where p."personId" = t.id and ${publishedMeetingSql("m")} limit 1),
    (select true from "Speech" s join "Meeting" m on m.id = s."meetingId"
     where s."personId" = t.id and ${publishedMeetingSql("m")} limit 1),
    false)`,
  Organization: publicOrganizationSql("t"),
  Country: publicCountrySql(),
} as const;
