import {
  type Correction,
  checkMeeting,
  termLinksAt,
  type MeetingRecordChairmanship,
  errorsOf,
  warningsOf,
  type Chairmanship,
  type Country,
  type Document,
  type DocumentAction,
  type DocumentRelation,
  type DocumentText,
  type HandoverEnd,
  type LocalizedText,
  type Meeting,
  type MeetingSeries,
  type Occupancy,
  type Organization,
  type OutcomeTally,
  type Participation,
  type PartialDate,
  type Person,
  type Post,
  type PublicationStatus,
  type RuleIssue,
  type Speech,
  type Topic,
} from "@plenary/domain";
import type { Db } from "../client";
import { Prisma } from "../generated/prisma/client";
import { RecordNotFoundError, RuleViolationError } from "./errors";
import { handoverLinks, handoverOrder, handoverTerms, heldHandover, withPublicLinks } from "./handover-terms";
import {
  toChairmanship,
  toCountry,
  toDocument,
  toDocumentAction,
  toDocumentRelation,
  toDocumentText,
  toMeeting,
  toMeetingSeries,
  toOccupancy,
  toOrganization,
  toOutcomeTally,
  toParticipation,
  toPerson,
  toPost,
  toSpeech,
  toTopic,
} from "./mappers";
import { reviewIssuesFor } from "./editorial-review-repository";
import { draftDocumentsOf, refuseUnconfirmed } from "./publish-confirmation";
import { writeHeldHandover } from "./meeting-record-writer";
import { updateVersioned, type Tx, type WriteOptions } from "./versioned-write";
import { meetingSummarySelect, toMeetingSummary } from "./public-summaries";
import { keysetPage, type KeyColumn } from "./keyset";
import {
  documentLinks,
  notTrashed,
  withoutTrashedLinks,
  publicDocumentTopic,
  publicMeetingTopic,
  publicParticipation,
  publicSpeech,
  publishedDocument,
  publishedMeeting,
  unlessTrashed,
} from "./visibility";
import { correctionsOf } from "./public-corrections";

const map = <T, U>(value: T | null, to: (value: T) => U): U | null => (value ? to(value) : null);

/** Who may see what: the public sees published, non-trashed records only; editors see drafts too. */
export type Audience = "public" | "editor";

/** The JSON API's order of meetings: newest first, undated last, the id breaking ties. */
const MEETING_PAGE_ORDER = [
  { field: "startDate", direction: "desc", nullable: true },
  { field: "id", direction: "desc" },
] as const satisfies readonly KeyColumn[];

/** Where a page of meetings ends: the last meeting's start date and id. */
export interface MeetingKey {
  startDate: string | null;
  id: string;
}

export interface MeetingPageQuery {
  limit: number;
  after?: MeetingKey | null;
  year?: number;
  organization?: string;
  country?: string;
}

export interface MeetingSummary {
  id: string;
  slug: string;
  titleI18n: LocalizedText;
  startDate: PartialDate | null;
  endDate: PartialDate | null;
  status: PublicationStatus;
  body: { slug: string; nameI18n: LocalizedText; abbreviationI18n: LocalizedText | null } | null;
  participantCount: number;
}

export interface ParticipationEntry {
  participation: Participation;
  person: Person;
  occupancy: Occupancy | null;
  /** The post held that day, through the occupancy. */
  post: Post | null;
  country: Country | null;
  organization: Organization | null;
}

export interface DocumentRelationEntry {
  relation: DocumentRelation;
  /** outgoing: this document —type→ other; incoming: other —type→ this document. */
  direction: "outgoing" | "incoming";
  other: Document;
}

export interface DocumentEntry {
  document: Document;
  actions: DocumentAction[];
  texts: DocumentText[];
  relations: DocumentRelationEntry[];
}

/** Everything a meeting page shows, loaded in a fixed number of queries whatever the meeting's size. */
export interface MeetingDetail {
  meeting: Meeting;
  series: MeetingSeries | null;
  body: Organization | null;
  /** The organization the body belongs to (the body itself when it has no parent). */
  organization: Organization | null;
  hostCountry: Country | null;
  venueCountry: Country | null;
  participations: ParticipationEntry[];
  documents: DocumentEntry[];
  tallies: OutcomeTally[];
  /** The terms handed over here: `at` says whether each started or ended at this meeting. */
  chairmanships: { at: HandoverEnd; chairmanship: Chairmanship; country: Country }[];
  speeches: { speech: Speech; person: Person }[];
  topics: Topic[];
  previous: MeetingSummary | null;
  next: MeetingSummary | null;
  /** When the public record was last corrected, and the corrections the public can see (newest first). */
  lastCorrectedAt: Date | null;
  corrections: Correction[];
}

export interface SaveResult<T> {
  record: T;
  /** Domain-rule warnings: shown to the editor, never blocking. */
  warnings: RuleIssue[];
}

/**
 * What one read of a meeting page may see: the meeting, its documents (and the other end of their relations), and
 * the meetings it links to as previous and next in its series.
 */
interface DetailScope {
  meeting: Prisma.MeetingWhereInput;
  documents: Prisma.DocumentWhereInput;
  neighbours: Prisma.MeetingWhereInput;
  /** As the public sees it: trashed people, posts, countries, organizations and topics read as absent. */
  publicReferences: boolean;
}

const AUDIENCE_SCOPES: Record<Audience, DetailScope> = {
  public: {
    meeting: publishedMeeting,
    documents: publishedDocument,
    neighbours: publishedMeeting,
    publicReferences: true,
  },
  editor: {
    meeting: { deletedAt: null },
    documents: { deletedAt: null },
    neighbours: { deletedAt: null },
    publicReferences: false,
  },
};

/**
 * The meeting as its public page will read once published. Publishing a meeting publishes its draft documents
 * (setStatus), so while the meeting is not published they show beside the published ones; series neighbours and
 * other meetings' documents stay public-only, as on the public page.
 */
function previewScope(id: string): DetailScope {
  return {
    meeting: { deletedAt: null },
    documents: {
      deletedAt: null,
      OR: [
        { status: "published" },
        { status: "draft", meetingId: id, meeting: { status: { not: "published" } } },
      ],
    },
    neighbours: publishedMeeting,
    publicReferences: true,
  };
}

function detailInclude({ documents: documentWhere, publicReferences }: DetailScope) {
  const only = <W extends object>(where: W) => (publicReferences ? { where } : {});
  const documentWithTopics = {
    include: { topics: { ...only(publicDocumentTopic), select: { topicId: true } }, ...documentLinks },
  };
  return {
    topics: { ...only(publicMeetingTopic), include: { topic: true }, orderBy: { topic: { slug: "asc" } } },
    series: true,
    body: { include: { parent: true } },
    hostCountry: true,
    venueCountry: true,
    participations: {
      ...only(publicParticipation),
      orderBy: { protocolOrder: "asc" },
      include: {
        person: true,
        occupancy: { include: { post: true } },
        representingCountry: true,
        representingOrganization: true,
      },
    },
    documents: {
      where: documentWhere,
      orderBy: [{ listOrder: "asc" }, { createdAt: "asc" }],
      include: {
        topics: { ...only(publicDocumentTopic), select: { topicId: true } },
        ...documentLinks,
        actions: { orderBy: { createdAt: "asc" } },
        texts: { orderBy: { lang: "asc" } },
        relationsFrom: { where: { to: documentWhere }, include: { to: documentWithTopics } },
        relationsTo: { where: { from: documentWhere }, include: { from: documentWithTopics } },
      },
    },
    tallies: { orderBy: { documentType: "asc" } },
    speeches: { ...only(publicSpeech), orderBy: { order: "asc" }, include: { person: true } },
    chairsStarted: {
      ...only({ country: notTrashed }),
      orderBy: handoverOrder,
      include: { country: true, ...handoverLinks },
    },
    chairsEnded: {
      ...only({ country: notTrashed }),
      orderBy: handoverOrder,
      include: { country: true, ...handoverLinks },
    },
  } satisfies Prisma.MeetingInclude;
}

export class MeetingRepository {
  constructor(private readonly db: Db) {}

  /** Newest first. The public sees published meetings; editors see every meeting not in the trash. */
  async list(audience: Audience, { limit = 50, offset = 0 }: { limit?: number; offset?: number } = {}) {
    const where = audience === "public" ? publishedMeeting : { deletedAt: null };
    const [rows, total] = await Promise.all([
      this.db.meeting.findMany({
        where,
        select: meetingSummarySelect,
        // The id last, so that the order is total and pages by offset neither skip nor repeat a meeting.
        orderBy: [{ startDate: "desc" }, { createdAt: "desc" }, { id: "desc" }],
        take: limit,
        skip: offset,
      }),
      this.db.meeting.count({ where }),
    ]);
    return { items: rows.map(toMeetingSummary), total };
  }

  /**
   * One page of published meetings for the JSON API, newest first (start date, then id, both descending; meetings
   * without a date last), after the `after` key of the previous page's last meeting (keyset pagination: the same
   * cost on every page). Filters: the start year, an organization (the body or the body's parent, by slug), a
   * country (host or represented by a participant, by slug). `next` is the key to ask for the following page.
   */
  async publicPage(query: MeetingPageQuery): Promise<{ items: MeetingSummary[]; next: MeetingKey | null }> {
    const filters: Prisma.MeetingWhereInput[] = [publishedMeeting];
    if (query.year) filters.push({ startDate: { startsWith: String(query.year) } });
    if (query.organization) {
      const slug = query.organization;
      filters.push({ body: { OR: [{ slug }, { parent: { slug } }] } });
    }
    if (query.country) {
      const slug = query.country;
      filters.push({
        OR: [{ hostCountry: { slug } }, { participations: { some: { representingCountry: { slug } } } }],
      });
    }
    const { rows, next } = await keysetPage(
      MEETING_PAGE_ORDER,
      { limit: query.limit, after: query.after ?? null, where: { AND: filters } },
      (args) =>
        this.db.meeting.findMany({
          ...(args as Pick<Prisma.MeetingFindManyArgs, "where" | "orderBy" | "take">),
          select: meetingSummarySelect,
        }),
      (row) => ({ startDate: row.startDate, id: row.id }),
    );
    return { items: rows.map(toMeetingSummary), next: next as MeetingKey | null };
  }

  async detailBySlug(slug: string, audience: Audience): Promise<MeetingDetail> {
    return this.detail({ slug }, AUDIENCE_SCOPES[audience]);
  }

  async detailById(id: string, audience: Audience): Promise<MeetingDetail> {
    return this.detail({ id }, AUDIENCE_SCOPES[audience]);
  }

  /** Any meeting not in the trash, draft or published, as its public page will show it once published. */
  async previewById(id: string): Promise<MeetingDetail> {
    return this.detail({ id }, previewScope(id));
  }

  private async detail(key: { slug: string } | { id: string }, scope: DetailScope): Promise<MeetingDetail> {
    const row = await this.db.meeting.findFirst({
      where: { ...key, ...scope.meeting },
      include: detailInclude(scope),
      relationLoadStrategy: "join",
    });
    if (!row) throw new RecordNotFoundError("meeting", "slug" in key ? key.slug : key.id);

    const [previous, next] =
      row.seriesId && row.startDate
        ? await this.neighbours(row.seriesId, row.startDate, scope.neighbours)
        : [null, null];

    const held = heldHandover(row);
    const shown = <T extends { deletedAt: Date | null }>(value: T | null): T | null =>
      scope.publicReferences ? unlessTrashed(value) : value;
    const links = <T extends object>(
      value: T,
      linked: { [K in keyof T]?: { deletedAt: Date | null } | null },
    ): T => (scope.publicReferences ? withoutTrashedLinks(value, linked) : value);
    const document = <
      T extends { adoptingBodyId: string | null; adoptingBody: { deletedAt: Date | null } | null },
    >(
      d: T,
    ) => links(d, { adoptingBodyId: d.adoptingBody } as never);
    const body = shown(row.body);
    const organization = body && body.parent ? shown(body.parent) : body;
    return {
      meeting: toMeeting(
        links(row, { bodyId: row.body, hostCountryId: row.hostCountry, venueCountryId: row.venueCountry }),
      ),
      series: row.series ? toMeetingSeries(row.series) : null,
      body: body ? toOrganization(body) : null,
      organization: organization ? toOrganization(organization) : null,
      hostCountry: map(shown(row.hostCountry), toCountry),
      venueCountry: map(shown(row.venueCountry), toCountry),
      participations: row.participations.map((p) => {
        const post = shown(p.occupancy?.post ?? null);
        return {
          participation: toParticipation(
            links(p, {
              representingCountryId: p.representingCountry,
              representingOrganizationId: p.representingOrganization,
            }),
          ),
          person: toPerson(p.person),
          occupancy: p.occupancy && post ? toOccupancy(p.occupancy) : null,
          post: map(post, toPost),
          country: map(shown(p.representingCountry), toCountry),
          organization: map(shown(p.representingOrganization), toOrganization),
        };
      }),
      documents: row.documents.map((d) => ({
        document: toDocument(document(d)),
        actions: d.actions.map(toDocumentAction),
        texts: d.texts.map(toDocumentText),
        relations: [
          ...d.relationsFrom.map((r) => ({
            relation: toDocumentRelation(r),
            direction: "outgoing" as const,
            other: toDocument(document(r.to)),
          })),
          ...d.relationsTo.map((r) => ({
            relation: toDocumentRelation(r),
            direction: "incoming" as const,
            other: toDocument(document(r.from)),
          })),
        ],
      })),
      tallies: row.tallies.map(toOutcomeTally),
      // Only a meeting not yet published holds a handover, so only the editor and the preview read one.
      chairmanships: held
        ? await this.heldTerms(row.id, held)
        : handoverTerms(row).map(({ at, chairmanship: c }) => ({
            at,
            chairmanship: toChairmanship(withPublicLinks(c, row.id)),
            country: toCountry(c.country),
          })),
      speeches: row.speeches.map((s) => ({ speech: toSpeech(s), person: toPerson(s.person) })),
      topics: row.topics.map((t) => toTopic(t.topic)),
      previous,
      next,
      // The documents loaded above, as the public sees them: a change to a draft document is not reported.
      ...(await correctionsOf(this.db, "meeting", row.id, {
        publicDocumentIds: new Set(
          row.documents.filter((d) => d.status === "published" && !d.deletedAt).map((d) => d.id),
        ),
      })),
    };
  }

  /** Previous and next meeting of the same series, by date. */
  private async neighbours(seriesId: string, startDate: string, visibility: Prisma.MeetingWhereInput) {
    const [previous, next] = await Promise.all([
      this.db.meeting.findFirst({
        where: { ...visibility, seriesId, startDate: { lt: startDate } },
        orderBy: { startDate: "desc" },
        select: meetingSummarySelect,
      }),
      this.db.meeting.findFirst({
        where: { ...visibility, seriesId, startDate: { gt: startDate } },
        orderBy: { startDate: "asc" },
        select: meetingSummarySelect,
      }),
    ]);
    return [previous && toMeetingSummary(previous), next && toMeetingSummary(next)] as const;
  }

  /**
   * Publishing checks rule 7 and every other rule on the whole record; errors block it. The documents the meeting
   * lists are published with it, in the same transaction.
   */
  async setStatus(
    id: string,
    version: number,
    status: PublicationStatus,
    options: WriteOptions & {
      /**
       * Publishing: the ids of the meeting's draft documents the editor saw by name and confirmed. Checked in the
       * transaction that publishes, so a document added meanwhile is never published unseen.
       */
      confirmedDocumentIds?: string[];
    },
  ): Promise<SaveResult<Meeting>> {
    const { confirmedDocumentIds = [], ...writeOptions } = options;
    return this.db.$transaction(async (tx) => {
      const before = await this.meetingById(tx, id);
      const drafts = status === "published" ? await draftDocumentsOf(tx, id) : [];
      refuseUnconfirmed(drafts, confirmedDocumentIds);
      if (status === "published") {
        const row = await tx.meeting.findUniqueOrThrow({
          where: { id },
          select: { id: true, reviewState: true, reviewApprovedVersion: true },
        });
        const reviewIssues = await reviewIssuesFor(tx, row);
        if (reviewIssues.length) throw new RuleViolationError(reviewIssues);
      }
      const warnings = await this.check(tx, id, { ...before, status });
      // The handover the draft held becomes the shared terms' now (checked again against them as they are).
      if (status === "published") await writeHeldHandover(tx, id, writeOptions);
      const action = status === "published" ? "published" : "unpublished";
      // A change of status ends the editorial workflow's cycle: the review is done, a pending schedule is moot.
      const workflowDone = {
        reviewState: "none" as const,
        reviewRequestedById: null,
        reviewComment: null,
        reviewApprovedVersion: null,
        publishAt: null,
        publishAtById: null,
        publishAtDocumentIds: [],
        scheduleError: null,
      };
      await updateVersioned(
        tx,
        "meeting",
        id,
        version,
        { status, ...workflowDone, ...(status === "published" ? { heldChairmanships: Prisma.DbNull } : {}) },
        { ...writeOptions, action },
      );
      for (const draft of drafts)
        await updateVersioned(
          tx,
          "document",
          draft.id,
          draft.version,
          { status: "published" },
          { ...writeOptions, action: "published" },
        );
      return { record: await this.meetingById(tx, id), warnings };
    });
  }

  /** Resolves an old slug to the meeting's current one, for redirects. */
  async currentSlug(oldSlug: string): Promise<string | null> {
    const redirect = await this.db.slugRedirect.findUnique({
      where: { entityType_slug: { entityType: "meeting", slug: oldSlug } },
    });
    if (!redirect) return null;
    const meeting = await this.db.meeting.findFirst({
      where: { id: redirect.entityId, ...publishedMeeting },
      select: { slug: true },
    });
    return meeting?.slug ?? null;
  }

  /**
   * The handover a meeting not yet published holds, as its page will show it once published: each stored term it
   * starts or ends with the dates the meeting gives, each new term as it will be created (a placeholder id and
   * version until then), the link to the meeting at a term's other end only when that meeting is published.
   */
  private async heldTerms(
    meetingId: string,
    terms: MeetingRecordChairmanship[],
  ): Promise<MeetingDetail["chairmanships"]> {
    const [stored, countries] = await Promise.all([
      this.db.chairmanship.findMany({
        where: { id: { in: terms.flatMap((t) => (t.id ? [t.id] : [])) } },
        include: handoverLinks,
      }),
      this.db.country.findMany({ where: { id: { in: terms.map((t) => t.countryId) } } }),
    ]);
    const now = new Date();
    return terms.flatMap((term, index) => {
      const country = countries.find((c) => c.id === term.countryId);
      if (!country) return [];
      const current = stored.find((c) => c.id === term.id);
      const base = current ?? {
        id: `held${index}x${meetingId}`.slice(0, 32),
        version: 1,
        createdAt: now,
        updatedAt: now,
        sources: [],
        startedAtMeeting: null,
        endedAtMeeting: null,
      };
      const chairmanship = {
        ...base,
        organizationId: term.organizationId,
        countryId: term.countryId,
        startDate: term.startDate,
        endDate: term.endDate,
        themeI18n: term.themeI18n,
        ...termLinksAt(term.at, meetingId, current),
      };
      return [
        {
          at: term.at,
          chairmanship: toChairmanship(withPublicLinks(chairmanship, meetingId)),
          country: toCountry(country),
        },
      ];
    });
  }

  private async meetingById(tx: Tx, id: string, includeTrashed = false): Promise<Meeting> {
    const row = await tx.meeting.findFirst({
      where: { id, ...(includeTrashed ? {} : { deletedAt: null }) },
      include: { topics: { select: { topicId: true } } },
    });
    if (!row) throw new RecordNotFoundError("meeting", id);
    return toMeeting(row);
  }

  /**
   * Runs every domain rule over the meeting as it would be after the save, with the participations, occupancies,
   * memberships, tallies, documents and chairmanships stored for it. Errors abort the transaction.
   */
  private async check(
    tx: Tx,
    id: string | null,
    meeting: Pick<
      Meeting,
      "titleI18n" | "startDate" | "endDate" | "bodyId" | "coChaired" | "status" | "sources"
    > & { slug: string },
  ): Promise<RuleIssue[]> {
    const body = meeting.bodyId
      ? await tx.organization.findUnique({
          where: { id: meeting.bodyId },
          select: { id: true, parentId: true },
        })
      : null;
    const organizationIds = body ? [body.id, ...(body.parentId ? [body.parentId] : [])] : [];
    const [participations, memberships, tallies, documents, chairmanships, existingSlugs] = await Promise.all(
      [
        id ? tx.participation.findMany({ where: { meetingId: id }, include: { occupancy: true } }) : [],
        tx.orgMembership.findMany({ where: { organizationId: { in: organizationIds } } }),
        id ? tx.outcomeTally.findMany({ where: { meetingId: id } }) : [],
        id
          ? tx.document.findMany({
              where: { meetingId: id, deletedAt: null },
              select: { id: true, type: true },
            })
          : [],
        tx.chairmanship.findMany({ where: { organizationId: { in: organizationIds } } }),
        tx.meeting.findMany({
          where: { slug: meeting.slug, ...(id ? { NOT: { id } } : {}) },
          select: { id: true, slug: true },
        }),
      ],
    );
    const issues = checkMeeting({
      meeting: { ...meeting, id },
      participations,
      occupancies: participations.flatMap((p) => (p.occupancy ? [p.occupancy] : [])),
      memberships,
      tallies,
      documents,
      chairmanships,
      existingSlugs,
    });
    const errors = errorsOf(issues);
    if (errors.length) throw new RuleViolationError(errors);
    return warningsOf(issues);
  }
}
