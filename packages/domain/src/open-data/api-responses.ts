import { z } from "zod";
import { Id } from "../common/id";
import { LocalizedText } from "../common/localized-text";
import { PartialDate } from "../common/partial-date";
import { PublicationStatus } from "../common/record";
import { Slug } from "../common/slug";
import { Chairmanship } from "../entities/chairmanship";
import { Country } from "../entities/country";
import { AdoptionAction, Document, DocumentType, LegalStatus } from "../entities/document";
import { DocumentAction } from "../entities/document-action";
import { DocumentRelation } from "../entities/document-relation";
import { DocumentText } from "../entities/document-text";
import { Meeting } from "../entities/meeting";
import { HandoverEnd } from "../entities/meeting-record";
import { MeetingSeries } from "../entities/meeting-series";
import { Occupancy } from "../entities/occupancy";
import { OrgMembership } from "../entities/org-membership";
import { Organization } from "../entities/organization";
import { OutcomeTally } from "../entities/outcome-tally";
import { Participation } from "../entities/participation";
import { Person } from "../entities/person";
import { Post } from "../entities/post";
import { Speech } from "../entities/speech";
import { Topic } from "../entities/topic";
import { RecordCorrections } from "./corrections";

// What the public JSON API (/api/v1/…) answers, described once so that its JSON Schemas are generated from the
// domain's own schemas. Timestamps are Date objects here and ISO strings on the wire; the JSON Schemas say so.

/** A meeting as lists show it: enough for a line with its title, dates, body and size. */
export const MeetingSummary = z.object({
  id: Id,
  slug: Slug,
  titleI18n: LocalizedText,
  startDate: PartialDate.nullable(),
  endDate: PartialDate.nullable(),
  status: PublicationStatus,
  body: z
    .object({ slug: Slug, nameI18n: LocalizedText, abbreviationI18n: LocalizedText.nullable() })
    .nullable(),
  participantCount: z.int().min(0),
});
export type MeetingSummary = z.infer<typeof MeetingSummary>;

/** A meeting named from another record's page: its address, title and dates. */
const MeetingLink = MeetingSummary.pick({
  id: true,
  slug: true,
  titleI18n: true,
  startDate: true,
  endDate: true,
});

export const ParticipationEntry = z.object({
  participation: Participation,
  person: Person,
  occupancy: Occupancy.nullable(),
  /** The post held that day, through the occupancy. */
  post: Post.nullable(),
  country: Country.nullable(),
  organization: Organization.nullable(),
});

export const DocumentEntry = z.object({
  document: Document,
  actions: z.array(DocumentAction),
  texts: z.array(DocumentText),
  relations: z.array(
    z.object({
      relation: DocumentRelation,
      /** outgoing: this document —type→ other; incoming: other —type→ this document. */
      direction: z.enum(["outgoing", "incoming"]),
      other: Document,
    }),
  ),
});

/** Everything a public meeting page shows: `GET /api/v1/meetings/{slug}`. */
export const MeetingDetail = z.object({
  meeting: Meeting,
  series: MeetingSeries.nullable(),
  body: Organization.nullable(),
  /** The organization the body belongs to (the body itself when it has no parent). */
  organization: Organization.nullable(),
  hostCountry: Country.nullable(),
  venueCountry: Country.nullable(),
  participations: z.array(ParticipationEntry),
  documents: z.array(DocumentEntry),
  tallies: z.array(OutcomeTally),
  /** The terms handed over at the meeting: `at` says whether each started or ended there. */
  chairmanships: z.array(z.object({ at: HandoverEnd, chairmanship: Chairmanship, country: Country })),
  speeches: z.array(z.object({ speech: Speech, person: Person })),
  topics: z.array(Topic),
  previous: MeetingSummary.nullable(),
  next: MeetingSummary.nullable(),
  ...RecordCorrections.shape,
});
export type MeetingDetail = z.infer<typeof MeetingDetail>;

/**
 * A person with posts held over time, every published meeting attended and the speeches given there:
 * `GET /api/v1/people/{slug}`.
 */
export const PersonDetail = z.object({
  person: Person,
  occupancies: z.array(z.object({ occupancy: Occupancy, post: Post })),
  participations: z.array(
    z.object({
      participation: Participation,
      meeting: MeetingLink.extend({ status: PublicationStatus }),
      post: Post.nullable(),
      country: Country.nullable(),
      organization: Organization.nullable(),
    }),
  ),
  speeches: z.array(z.object({ speech: Speech, meeting: MeetingLink.extend({ status: PublicationStatus }) })),
  ...RecordCorrections.shape,
});
export type PersonDetail = z.infer<typeof PersonDetail>;

/** A country's memberships, presidencies, representatives and hosted meetings: `GET /api/v1/countries/{slug}`. */
export const CountryProfile = z.object({
  country: Country,
  memberships: z.array(z.object({ membership: OrgMembership, organization: Organization })),
  chairmanships: z.array(z.object({ chairmanship: Chairmanship, organization: Organization })),
  representatives: z.array(
    z.object({
      meeting: MeetingSummary,
      participations: z.array(
        z.object({ participation: Participation, person: Person, post: Post.nullable() }),
      ),
    }),
  ),
  hostedMeetings: z.array(MeetingSummary),
  ...RecordCorrections.shape,
});
export type CountryProfile = z.infer<typeof CountryProfile>;

/** How many documents were adopted in each year, by type (undated documents left out), by year, then type. */
const DocumentsPerYear = z.array(
  z.object({ year: z.string().regex(/^\d{4}$/), type: DocumentType, count: z.int().min(1) }),
);

/**
 * An organization's bodies, memberships, presidencies, meetings and the documents it and its bodies adopted per year:
 * `GET /api/v1/organizations/{slug}`.
 */
export const OrganizationProfile = z.object({
  organization: Organization,
  parent: Organization.nullable(),
  bodies: z.array(Organization),
  memberships: z.array(z.object({ membership: OrgMembership, country: Country })),
  chairmanships: z.array(
    z.object({
      chairmanship: Chairmanship,
      country: Country,
      startedAtMeeting: z.object({ slug: Slug }).nullable(),
      endedAtMeeting: z.object({ slug: Slug }).nullable(),
    }),
  ),
  meetings: z.array(MeetingSummary),
  documentsPerYear: DocumentsPerYear,
  ...RecordCorrections.shape,
});
export type OrganizationProfile = z.infer<typeof OrganizationProfile>;

const facet = <V extends z.ZodType<string>>(value: V) => z.object({ value, count: z.int().min(0) });

/**
 * The document registry with a count for every facet value: `GET /api/v1/documents?type=…`. `items` is one page
 * (the next one's address is in the Link header); `total`, the facets and `perYear` count every matching document.
 */
export const DocumentRegistry = z.object({
  items: z.array(
    z.object({
      document: Document,
      adoptingBody: Organization.nullable(),
      meeting: z.object({ slug: Slug, titleI18n: LocalizedText }).nullable(),
    }),
  ),
  total: z.int().min(0),
  facets: z.object({
    type: z.array(facet(DocumentType)),
    action: z.array(facet(AdoptionAction)),
    legalStatus: z.array(facet(LegalStatus)),
    body: z.array(facet(z.string()).extend({ nameI18n: LocalizedText })),
    year: z.array(facet(z.string())),
    topic: z.array(facet(z.string()).extend({ labelI18n: LocalizedText })),
  }),
  /** How many of the matching documents were adopted in each year, by type. */
  perYear: DocumentsPerYear,
});
export type DocumentRegistry = z.infer<typeof DocumentRegistry>;

/** One document with its steps, relations and texts: `GET /api/v1/documents/{slug}`. */
export const DocumentDetail = DocumentEntry.extend({
  adoptingBody: Organization.nullable(),
  meeting: MeetingLink.nullable(),
  ...RecordCorrections.shape,
});
export type DocumentDetail = z.infer<typeof DocumentDetail>;

/** The licence every answer carries beside its data. */
export const DataLicence = z.object({
  name: z.string().min(1),
  url: z.url(),
  attribution: z.string().min(1),
});
export type DataLicence = z.infer<typeof DataLicence>;

/** A JSON API answer: `{ licence, data }`. */
export const apiAnswer = <T extends z.ZodType>(data: T) => z.object({ licence: DataLicence, data });

/** What the API answers for an address with no public record behind it, or a query it cannot answer (400). */
export const ApiError = z.object({
  error: z.object({ code: z.string().min(1), message: z.string().min(1) }),
});
export type ApiError = z.infer<typeof ApiError>;
