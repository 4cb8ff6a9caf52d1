import type {
  DocumentType,
  LabelKind,
  LabelValue,
  LocalizedText,
  PartialDate,
  PublicationStatus,
} from "@plenary/domain";
import type { Db } from "../client";
import { RecordNotFoundError } from "./errors";

export const LINKED_TYPES = ["person", "post", "country", "organization", "topic", "document"] as const;
export type LinkedType = (typeof LINKED_TYPES)[number];
export type LinkTargetType =
  "meeting" | "document" | "person" | "post" | "country" | "organization" | "topic";

/** A record a link names, enough to show it and open its admin page. */
export interface LinkedRecordRef {
  entityType: LinkTargetType;
  id: string;
  slug: string;
  labelI18n: LocalizedText;
  /** Meetings and documents: their publication status. */
  status: PublicationStatus | null;
  /** A meeting's start or a document's adoption. */
  date: PartialDate | null;
  trashed: boolean;
}

/**
 * An enumerated value of the link (category, role, status…) with the kind of label that names it; a document's
 * type has no display label of its own (tallies count it with a noun), so readers humanize it.
 */
export type LinkFact =
  | { [K in LabelKind]: { kind: K; value: LabelValue<K> } }[LabelKind]
  | { kind: "documentType"; value: DocumentType };

export interface LinkRow {
  /** The record at the other end of the link; null for a document's actions, which are not records. */
  record: LinkedRecordRef | null;
  /** Other records the link names: the post held at a meeting, the person who represented a country. */
  also: LinkedRecordRef[];
  startDate: PartialDate | null;
  endDate: PartialDate | null;
  facts: LinkFact[];
  /** Free text the link carries: the title as stated in the source, an action's actor and reference. */
  note: string | null;
}

export interface LinkSection {
  key: string;
  total: number;
  offset: number;
  rows: LinkRow[];
}

export interface RecordLinks {
  subject: LinkRow & { record: LinkedRecordRef };
  sections: LinkSection[];
}

interface Page {
  take: number;
  skip: number;
}

/** One page of a section: how many links there are in all, and those on the page. */
interface SectionPage {
  total: number;
  rows: LinkRow[];
}

type Section = (id: string, page: Page) => Promise<SectionPage>;

/** A section's page from its two queries, run together: the count of all its links, and the page's rows, each shown by `show`. */
async function paged<T>(
  count: Promise<number>,
  found: Promise<T[]>,
  show: (found: T) => LinkRow,
): Promise<SectionPage> {
  const [total, rows] = await Promise.all([count, found]);
  return { total, rows: rows.map(show) };
}

const REF_SELECT = {
  meeting: { id: true, slug: true, titleI18n: true, startDate: true, status: true, deletedAt: true },
  document: { id: true, slug: true, titleI18n: true, dateAdopted: true, status: true, deletedAt: true },
  person: { id: true, slug: true, nameI18n: true, deletedAt: true },
  post: { id: true, slug: true, labelI18n: true, deletedAt: true },
  country: { id: true, slug: true, nameI18n: true, deletedAt: true },
  organization: { id: true, slug: true, nameI18n: true, deletedAt: true },
  topic: { id: true, slug: true, labelI18n: true, deletedAt: true },
} as const;

interface RefRow {
  id: string;
  slug: string;
  titleI18n?: unknown;
  nameI18n?: unknown;
  labelI18n?: unknown;
  startDate?: string | null;
  dateAdopted?: string | null;
  status?: PublicationStatus;
  deletedAt: Date | null;
}

function ref(entityType: LinkTargetType, row: RefRow): LinkedRecordRef {
  return {
    entityType,
    id: row.id,
    slug: row.slug,
    labelI18n: (row.titleI18n ?? row.nameI18n ?? row.labelI18n) as LocalizedText,
    status: row.status ?? null,
    date: row.startDate ?? row.dateAdopted ?? null,
    trashed: row.deletedAt !== null,
  };
}

/** The meetings where a presidency was taken over and handed on: linked, and named as which end they hold. */
function termMeetings(term: {
  startedAtMeeting: (RefRow & { startDate: string | null }) | null;
  endedAtMeeting: (RefRow & { startDate: string | null }) | null;
}) {
  const ends = [
    term.startedAtMeeting ? `began at the meeting of ${term.startedAtMeeting.startDate ?? "?"}` : null,
    term.endedAtMeeting ? `ended at the meeting of ${term.endedAtMeeting.startDate ?? "?"}` : null,
  ].filter((text): text is string => text !== null);
  return {
    also: [term.startedAtMeeting, term.endedAtMeeting].flatMap((m) => (m ? [ref("meeting", m)] : [])),
    note: ends.length ? ends.join("; ") : null,
  };
}

const row = (record: LinkedRecordRef | null, rest: Partial<Omit<LinkRow, "record">> = {}): LinkRow => ({
  record,
  also: rest.also ?? [],
  startDate: rest.startDate ?? null,
  endDate: rest.endDate ?? null,
  facts: rest.facts ?? [],
  note: rest.note ?? null,
});

const fact = <K extends LabelKind | "documentType">(
  kind: K,
  value: (K extends LabelKind ? LabelValue<K> : DocumentType) | null | undefined,
): LinkFact[] => (value ? [{ kind, value } as LinkFact] : []);

/**
 * What links to a record, as lists of the linked records (a person's participations, posts held and speeches; a
 * document's meeting, relations both ways and actions…), each list paged in the database so that a country with
 * thousands of participations costs one page and a count.
 */
export class LinkRepository {
  constructor(private readonly db: Db) {}

  private readonly sections: Record<LinkedType, Record<string, Section>> = {
    person: {
      participations: (personId, page) =>
        paged(
          this.db.participation.count({ where: { personId } }),
          this.db.participation.findMany({
            where: { personId },
            ...page,
            orderBy: [{ meeting: { startDate: "desc" } }, { id: "asc" }],
            select: {
              titleAsStated: true,
              category: true,
              role: true,
              mode: true,
              meeting: { select: REF_SELECT.meeting },
              occupancy: { select: { post: { select: REF_SELECT.post } } },
            },
          }),
          (p) =>
            row(ref("meeting", p.meeting), {
              also: p.occupancy ? [ref("post", p.occupancy.post)] : [],
              startDate: p.meeting.startDate,
              facts: [
                ...fact("participationCategory", p.category),
                ...fact("participationRole", p.role),
                ...fact("participationMode", p.mode),
              ],
              note: p.titleAsStated,
            }),
        ),
      postsHeld: (personId, page) =>
        paged(
          this.db.occupancy.count({ where: { personId } }),
          this.db.occupancy.findMany({
            where: { personId },
            ...page,
            orderBy: [{ startDate: { sort: "desc", nulls: "last" } }, { id: "asc" }],
            select: { startDate: true, endDate: true, qualifier: true, post: { select: REF_SELECT.post } },
          }),
          (o) =>
            row(ref("post", o.post), {
              startDate: o.startDate,
              endDate: o.endDate,
              facts: fact("occupancyQualifier", o.qualifier),
            }),
        ),
      speeches: (personId, page) =>
        paged(
          this.db.speech.count({ where: { personId } }),
          this.db.speech.findMany({
            where: { personId },
            ...page,
            orderBy: [{ meeting: { startDate: "desc" } }, { order: "asc" }, { id: "asc" }],
            select: { kind: true, meeting: { select: REF_SELECT.meeting } },
          }),
          (s) =>
            row(ref("meeting", s.meeting), {
              startDate: s.meeting.startDate,
              facts: fact("speechKind", s.kind),
            }),
        ),
    },
    post: {
      holders: (postId, page) =>
        paged(
          this.db.occupancy.count({ where: { postId } }),
          this.db.occupancy.findMany({
            where: { postId },
            ...page,
            orderBy: [{ startDate: { sort: "desc", nulls: "last" } }, { id: "asc" }],
            select: {
              startDate: true,
              endDate: true,
              qualifier: true,
              person: { select: REF_SELECT.person },
            },
          }),
          (o) =>
            row(ref("person", o.person), {
              startDate: o.startDate,
              endDate: o.endDate,
              facts: fact("occupancyQualifier", o.qualifier),
            }),
        ),
    },
    country: {
      posts: (countryId, page) => this.posts({ countryId }, page),
      memberships: (countryId, page) =>
        paged(
          this.db.orgMembership.count({ where: { countryId } }),
          this.db.orgMembership.findMany({
            where: { countryId },
            ...page,
            orderBy: [{ startDate: { sort: "desc", nulls: "last" } }, { id: "asc" }],
            select: {
              status: true,
              startDate: true,
              endDate: true,
              organization: { select: REF_SELECT.organization },
            },
          }),
          (m) =>
            row(ref("organization", m.organization), {
              startDate: m.startDate,
              endDate: m.endDate,
              facts: fact("membershipStatus", m.status),
            }),
        ),
      participations: (countryId, page) => this.representations({ representingCountryId: countryId }, page),
      chairmanships: (countryId, page) =>
        paged(
          this.db.chairmanship.count({ where: { countryId } }),
          this.db.chairmanship.findMany({
            where: { countryId },
            ...page,
            orderBy: [{ startDate: "desc" }, { id: "asc" }],
            select: {
              startDate: true,
              endDate: true,
              organization: { select: REF_SELECT.organization },
              startedAtMeeting: { select: REF_SELECT.meeting },
              endedAtMeeting: { select: REF_SELECT.meeting },
            },
          }),
          (c) =>
            row(ref("organization", c.organization), {
              startDate: c.startDate,
              endDate: c.endDate,
              ...termMeetings(c),
            }),
        ),
      meetingsHosted: (hostCountryId, page) => this.meetings({ hostCountryId }, page),
    },
    organization: {
      members: (organizationId, page) =>
        paged(
          this.db.orgMembership.count({ where: { organizationId } }),
          this.db.orgMembership.findMany({
            where: { organizationId },
            ...page,
            orderBy: [
              { country: { slug: "asc" } },
              { startDate: { sort: "asc", nulls: "first" } },
              { id: "asc" },
            ],
            select: { status: true, startDate: true, endDate: true, country: { select: REF_SELECT.country } },
          }),
          (m) =>
            row(ref("country", m.country), {
              startDate: m.startDate,
              endDate: m.endDate,
              facts: fact("membershipStatus", m.status),
            }),
        ),
      posts: (organizationId, page) => this.posts({ organizationId }, page),
      meetings: (bodyId, page) => this.meetings({ bodyId }, page),
      subOrganizations: (parentId, page) =>
        paged(
          this.db.organization.count({ where: { parentId } }),
          this.db.organization.findMany({
            where: { parentId },
            ...page,
            orderBy: [{ slug: "asc" }],
            select: { ...REF_SELECT.organization, classification: true },
          }),
          (o) => row(ref("organization", o), { facts: fact("organizationClassification", o.classification) }),
        ),
      chairmanships: (organizationId, page) =>
        paged(
          this.db.chairmanship.count({ where: { organizationId } }),
          this.db.chairmanship.findMany({
            where: { organizationId },
            ...page,
            orderBy: [{ startDate: "desc" }, { id: "asc" }],
            select: {
              startDate: true,
              endDate: true,
              country: { select: REF_SELECT.country },
              startedAtMeeting: { select: REF_SELECT.meeting },
              endedAtMeeting: { select: REF_SELECT.meeting },
            },
          }),
          (c) =>
            row(ref("country", c.country), {
              startDate: c.startDate,
              endDate: c.endDate,
              ...termMeetings(c),
            }),
        ),
      documentsAdopted: (adoptingBodyId, page) => this.documents({ adoptingBodyId }, page),
      participations: (representingOrganizationId, page) =>
        this.representations({ representingOrganizationId }, page),
    },
    topic: {
      meetings: (topicId, page) => this.meetings({ topics: { some: { topicId } } }, page),
      documents: (topicId, page) => this.documents({ topics: { some: { topicId } } }, page),
    },
    document: {
      // A document belongs to at most one meeting's package today; a list keeps the page's shape if that changes.
      meetings: (documentId, page) => this.meetings({ documents: { some: { id: documentId } } }, page),
      relatesTo: (fromId, page) =>
        paged(
          this.db.documentRelation.count({ where: { fromId } }),
          this.db.documentRelation.findMany({
            where: { fromId },
            ...page,
            orderBy: [{ type: "asc" }, { id: "asc" }],
            select: { type: true, to: { select: REF_SELECT.document } },
          }),
          (r) =>
            row(ref("document", r.to), {
              startDate: r.to.dateAdopted,
              facts: fact("documentRelationType", r.type),
            }),
        ),
      referredToBy: (toId, page) =>
        paged(
          this.db.documentRelation.count({ where: { toId } }),
          this.db.documentRelation.findMany({
            where: { toId },
            ...page,
            orderBy: [{ type: "asc" }, { id: "asc" }],
            select: { type: true, from: { select: REF_SELECT.document } },
          }),
          (r) =>
            row(ref("document", r.from), {
              startDate: r.from.dateAdopted,
              facts: fact("documentRelationType", r.type),
            }),
        ),
      actions: (documentId, page) =>
        paged(
          this.db.documentAction.count({ where: { documentId } }),
          this.db.documentAction.findMany({
            where: { documentId },
            ...page,
            orderBy: [{ date: { sort: "asc", nulls: "last" } }, { id: "asc" }],
          }),
          (a) =>
            row(null, {
              startDate: a.date,
              facts: fact("documentActionType", a.type),
              note: [a.planned ? "Planned" : null, a.actor, a.reference].filter(Boolean).join(" · ") || null,
            }),
        ),
    },
  };

  /** The sections of links a record of `entityType` has, in the order its page shows them. */
  sectionKeys(entityType: LinkedType): string[] {
    return Object.keys(this.sections[entityType]);
  }

  /**
   * The record and its links: every section, or only `section`, each from `offset` (`limit` rows at most).
   * Trashed records at the other end are listed (and marked): the link is still stored.
   */
  async links(
    entityType: LinkedType,
    id: string,
    { limit = 50, offset = 0, section }: { limit?: number; offset?: number; section?: string } = {},
  ): Promise<RecordLinks> {
    const subject = await this.subject(entityType, id);
    const wanted = Object.entries(this.sections[entityType]).filter(([key]) => !section || key === section);
    const sections = await Promise.all(
      wanted.map(async ([key, load]) => ({
        key,
        offset,
        ...(await load(id, { take: limit, skip: offset })),
      })),
    );
    return { subject, sections };
  }

  private async subject(entityType: LinkedType, id: string): Promise<LinkRow & { record: LinkedRecordRef }> {
    const delegate = this.db[entityType] as unknown as {
      findUnique(args: object): Promise<(RefRow & Record<string, unknown>) | null>;
    };
    const found = await delegate.findUnique({ where: { id } });
    if (!found) throw new RecordNotFoundError(entityType, id);
    const facts: LinkFact[] =
      entityType === "document"
        ? [
            ...fact("documentType", found.type as DocumentType),
            ...fact("adoptionAction", found.action as LabelValue<"adoptionAction">),
            ...fact("legalStatus", found.legalStatus as LabelValue<"legalStatus"> | null),
          ]
        : entityType === "post"
          ? fact("postRole", found.role as LabelValue<"postRole">)
          : entityType === "organization"
            ? fact(
                "organizationClassification",
                found.classification as LabelValue<"organizationClassification">,
              )
            : [];
    const record = ref(entityType, found);
    return {
      ...row(record, {
        facts,
        startDate: (found.validFrom as string | null) ?? null,
        endDate: (found.validTo as string | null) ?? null,
      }),
      record,
    };
  }

  private posts(where: { countryId: string } | { organizationId: string }, page: Page): Promise<SectionPage> {
    return paged(
      this.db.post.count({ where }),
      this.db.post.findMany({
        where,
        ...page,
        orderBy: [{ slug: "asc" }],
        select: { ...REF_SELECT.post, role: true },
      }),
      (p) => row(ref("post", p), { facts: fact("postRole", p.role) }),
    );
  }

  private representations(
    where: { representingCountryId: string } | { representingOrganizationId: string },
    page: Page,
  ): Promise<SectionPage> {
    return paged(
      this.db.participation.count({ where }),
      this.db.participation.findMany({
        where,
        ...page,
        orderBy: [{ meeting: { startDate: "desc" } }, { protocolOrder: "asc" }, { id: "asc" }],
        select: {
          titleAsStated: true,
          category: true,
          role: true,
          meeting: { select: REF_SELECT.meeting },
          person: { select: REF_SELECT.person },
        },
      }),
      (p) =>
        row(ref("meeting", p.meeting), {
          also: [ref("person", p.person)],
          startDate: p.meeting.startDate,
          facts: [...fact("participationCategory", p.category), ...fact("participationRole", p.role)],
          note: p.titleAsStated,
        }),
    );
  }

  private meetings(where: object, page: Page): Promise<SectionPage> {
    return paged(
      this.db.meeting.count({ where }),
      this.db.meeting.findMany({
        where,
        ...page,
        orderBy: [{ startDate: { sort: "desc", nulls: "last" } }, { id: "asc" }],
        select: REF_SELECT.meeting,
      }),
      (m) => row(ref("meeting", m), { startDate: m.startDate }),
    );
  }

  private documents(where: object, page: Page): Promise<SectionPage> {
    return paged(
      this.db.document.count({ where }),
      this.db.document.findMany({
        where,
        ...page,
        orderBy: [{ dateAdopted: { sort: "desc", nulls: "last" } }, { listOrder: "asc" }, { id: "asc" }],
        select: { ...REF_SELECT.document, type: true },
      }),
      (d) => row(ref("document", d), { startDate: d.dateAdopted, facts: fact("documentType", d.type) }),
    );
  }
}
