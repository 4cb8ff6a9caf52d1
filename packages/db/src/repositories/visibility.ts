// What the public may see. Meetings and documents: published and not in the trash. Reference records (people,
// posts, countries, organizations, topics) have no status of their own: they become public once a published
// meeting or document refers to them, so people created for a draft never leak.
import type { Prisma } from "../generated/prisma/client";

export const publishedMeeting = { status: "published", deletedAt: null } satisfies Prisma.MeetingWhereInput;
export const publishedDocument = { status: "published", deletedAt: null } satisfies Prisma.DocumentWhereInput;

export const publicPerson = {
  deletedAt: null,
  OR: [
    { participations: { some: { meeting: publishedMeeting } } },
    { speeches: { some: { meeting: publishedMeeting } } },
  ],
} satisfies Prisma.PersonWhereInput;

export const publicCountry = {
  deletedAt: null,
  OR: [
    { representedAt: { some: { meeting: publishedMeeting } } },
    { hostedMeetings: { some: publishedMeeting } },
    { venueMeetings: { some: publishedMeeting } },
    { chairmanships: { some: { OR: [{ startedAtMeeting: publishedMeeting }, { endedAtMeeting: publishedMeeting }] } } },
    { posts: { some: { occupancies: { some: { participations: { some: { meeting: publishedMeeting } } } } } } },
  ],
} satisfies Prisma.CountryWhereInput;

const referencedOrganization = {
  OR: [
    { meetingsAsBody: { some: publishedMeeting } },
    { representedAt: { some: { meeting: publishedMeeting } } },
    { adoptedDocuments: { some: publishedDocument } },
    { chairmanships: { some: { OR: [{ startedAtMeeting: publishedMeeting }, { endedAtMeeting: publishedMeeting }] } } },
    { posts: { some: { occupancies: { some: { participations: { some: { meeting: publishedMeeting } } } } } } },
  ],
} satisfies Prisma.OrganizationWhereInput;

/** An organization is public when it, or one of its bodies up to three levels down, is referred to. */
export const publicOrganization = {
  deletedAt: null,
  OR: [
    referencedOrganization,
    { bodies: { some: referencedOrganization } },
    { bodies: { some: { bodies: { some: referencedOrganization } } } },
    { bodies: { some: { bodies: { some: { bodies: { some: referencedOrganization } } } } } },
  ],
} satisfies Prisma.OrganizationWhereInput;

export const publicPost = {
  deletedAt: null,
  occupancies: { some: { participations: { some: { meeting: publishedMeeting } } } },
} satisfies Prisma.PostWhereInput;

export const publicTopic = {
  deletedAt: null,
  OR: [{ meetings: { some: { meeting: publishedMeeting } } }, { documents: { some: { document: publishedDocument } } }],
} satisfies Prisma.TopicWhereInput;
