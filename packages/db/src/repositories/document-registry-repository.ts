import {
  localize,
  type AdoptionAction,
  type Document,
  type DocumentType,
  type LegalStatus,
  type Locale,
  type LocalizedText,
  type Organization,
} from "@plenary/domain";
import type { Db } from "../client";
import { Prisma } from "../generated/prisma/client";
import { keysetOrder, keysetPage, type KeyColumn } from "./keyset";
import { toDocument, toOrganization } from "./mappers";
import {
  withoutTrashedLinks,
  isPublicMeeting,
  publicDocumentTopic,
  publishedDocument,
  unlessTrashed,
} from "./visibility";

export interface DocumentRegistryFilter {
  type?: DocumentType;
  action?: AdoptionAction;
  legalStatus?: LegalStatus;
  /** Slug of the adopting body. */
  body?: string;
  /** Year adopted, "2020". */
  year?: string;
  /** Slug of a topic. */
  topic?: string;
  /** Words every matching document's title has, in any of its languages or its texts' titles (case-insensitive). */
  q?: string;
  /** Newest adopted first (the default), or by title in the reader's language. */
  sort?: DocumentRegistrySort;
  /** The reader's language, for sorting by title. */
  locale?: Locale;
  limit?: number;
  offset?: number;
}

export const DOCUMENT_REGISTRY_SORTS = ["date", "title"] as const;
export type DocumentRegistrySort = (typeof DOCUMENT_REGISTRY_SORTS)[number];

export interface FacetCount<K extends string = string> {
  value: K;
  count: number;
}

export interface DocumentRegistry {
  items: {
    document: Document;
    adoptingBody: Organization | null;
    meeting: { slug: string; titleI18n: LocalizedText } | null;
  }[];
  total: number;
  /** How many of the matching documents fall under each value, to narrow the search further. */
  facets: {
    type: FacetCount<DocumentType>[];
    action: FacetCount<AdoptionAction>[];
    legalStatus: FacetCount<LegalStatus>[];
    body: (FacetCount & { nameI18n: LocalizedText })[];
    year: FacetCount[];
    topic: (FacetCount & { labelI18n: LocalizedText })[];
  };
  /** How many of the matching documents were adopted in each year, by type (years without a date left out). */
  perYear: { year: string; type: DocumentType; count: number }[];
}

/** The words of a keyword query, each as an ILIKE pattern matching it literally anywhere. */
function keywordPatterns(q: string | undefined): string[] {
  return (q ?? "")
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 10)
    .map((word) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

/** The registry's order, newest adopted first, undated last, the meeting's own order, then the unique slug. */
const REGISTRY_ORDER = [
  { field: "dateAdopted", direction: "desc", nullable: true },
  { field: "listOrder", direction: "asc" },
  { field: "slug", direction: "asc" },
] as const satisfies readonly KeyColumn[];

/** Where a page of the registry ends, in REGISTRY_ORDER: the last document's date adopted, list order and slug. */
export interface DocumentKey {
  dateAdopted: string | null;
  listOrder: number;
  slug: string;
}

/** A page of the JSON API's document registry: the registry's filters, `limit` documents after `after`. */
export interface DocumentPageQuery extends Omit<
  DocumentRegistryFilter,
  "sort" | "locale" | "limit" | "offset"
> {
  limit: number;
  after?: DocumentKey | null;
}

const map = <T, U>(value: T | null, to: (value: T) => U): U | null => (value ? to(value) : null);
const byCount = <T extends { count: number; value: string }>(a: T, b: T) =>
  b.count - a.count || a.value.localeCompare(b.value);

/** What a registry item reads besides the document. */
const ITEM_INCLUDE = {
  topics: { where: publicDocumentTopic, select: { topicId: true } },
  adoptingBody: true,
  meeting: { select: { slug: true, titleI18n: true, status: true, deletedAt: true } },
} satisfies Prisma.DocumentInclude;

type ItemRow = Prisma.DocumentGetPayload<{ include: typeof ITEM_INCLUDE }>;

function toItem(row: ItemRow): DocumentRegistry["items"][number] {
  return {
    document: toDocument(withoutTrashedLinks(row, { adoptingBodyId: row.adoptingBody })),
    adoptingBody: map(unlessTrashed(row.adoptingBody), toOrganization),
    meeting: isPublicMeeting(row.meeting)
      ? { slug: row.meeting.slug, titleI18n: row.meeting.titleI18n as LocalizedText }
      : null,
  };
}

/** A row of DocumentRegistryRepository.counts: a count of the matching documents under one facet value. */
interface FacetRow {
  facet: "total" | "type" | "action" | "legalStatus" | "year" | "body" | "topic";
  value: string | null;
  /** The document type of a "year" row (the counts per year are by type too). */
  type: string | null;
  count: number;
  /** A body's name or a topic's label. */
  label: unknown;
}

/** The public document registry: published documents filtered by facets, with a count for every facet value. */
export class DocumentRegistryRepository {
  constructor(private readonly db: Db) {}

  /** The ids of documents whose titles (any language, or a text's title) hold every word; null without words. */
  private async idsMatching(q: string | undefined): Promise<string[] | null> {
    const patterns = keywordPatterns(q);
    if (!patterns.length) return null;
    const conditions = patterns.map(
      (pattern) => Prisma.sql`(
        EXISTS (SELECT 1 FROM jsonb_each_text(d."titleI18n") t WHERE t.value ILIKE ${pattern})
        OR EXISTS (SELECT 1 FROM "DocumentText" x WHERE x."documentId" = d.id AND x.title ILIKE ${pattern})
      )`,
    );
    const rows = await this.db.$queryRaw<{ id: string }[]>(
      Prisma.sql`SELECT d.id FROM "Document" d WHERE ${Prisma.join(conditions, " AND ")}`,
    );
    return rows.map((row) => row.id);
  }

  /** One page of ids ordered by title as the reader sees it (their language, else English). */
  private async idsByTitle(where: Prisma.DocumentWhereInput, locale: Locale, skip: number, take: number) {
    const all = await this.db.document.findMany({ where, select: { id: true, titleI18n: true, slug: true } });
    const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
    return all
      .map((d) => ({ id: d.id, slug: d.slug, title: localize(d.titleI18n as LocalizedText, locale).text }))
      .sort((a, b) => collator.compare(a.title, b.title) || a.slug.localeCompare(b.slug))
      .slice(skip, skip + take)
      .map((d) => d.id);
  }

  private async page(where: Prisma.DocumentWhereInput, filter: DocumentRegistryFilter) {
    const take = filter.limit ?? 100;
    const skip = filter.offset ?? 0;
    if (filter.sort === "title") {
      const ids = await this.idsByTitle(where, filter.locale ?? "en", skip, take);
      const rows = await this.db.document.findMany({ where: { id: { in: ids } }, include: ITEM_INCLUDE });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    }
    return this.db.document.findMany({
      where,
      include: ITEM_INCLUDE,
      orderBy: keysetOrder(REGISTRY_ORDER) as Prisma.DocumentOrderByWithRelationInput[],
      take,
      skip,
    });
  }

  /** The registry a page (`offset`) at a time, in the order asked for: the site's registry page. */
  async search(filter: DocumentRegistryFilter = {}): Promise<DocumentRegistry> {
    const { where, sql } = await this.matchingOf(filter);
    const [rows, counts] = await Promise.all([this.page(where, filter), this.counts(sql)]);
    return { items: rows.map(toItem), ...counts };
  }

  /**
   * The registry for the JSON API: newest adopted first (REGISTRY_ORDER), `limit` documents after the `after` key
   * of the previous page's last document (keyset pagination), with the facet counts of all the matching documents;
   * `next` is the key to ask for the following page (null on the last).
   */
  async publicPage({
    limit,
    after,
    ...filter
  }: DocumentPageQuery): Promise<{ registry: DocumentRegistry; next: DocumentKey | null }> {
    const { where, sql } = await this.matchingOf(filter);
    const [{ rows, next }, counts] = await Promise.all([
      keysetPage(
        REGISTRY_ORDER,
        { limit, after: after ?? null, where },
        (args) =>
          this.db.document.findMany({
            ...(args as Pick<Prisma.DocumentFindManyArgs, "where" | "orderBy" | "take">),
            include: ITEM_INCLUDE,
          }),
        (row) => ({ dateAdopted: row.dateAdopted, listOrder: row.listOrder, slug: row.slug }),
      ),
      this.counts(sql),
    ]);
    return { registry: { items: rows.map(toItem), ...counts }, next: next as DocumentKey | null };
  }

  /**
   * The documents the filter selects, twice: as the Prisma filter the page of items is read with, and as the same
   * condition in SQL on the Document alias `d`, which the counts are grouped over (the two must select the same
   * rows: document-registry-repository.integration.test.ts counts the items each filter lists), where `m` is the
   * document's meeting, left joined.
   */
  private async matchingOf(
    filter: DocumentRegistryFilter,
  ): Promise<{ where: Prisma.DocumentWhereInput; sql: Prisma.Sql }> {
    const matching = await this.idsMatching(filter.q);
    const where: Prisma.DocumentWhereInput = {
      ...publishedDocument,
      ...(matching ? { id: { in: matching } } : {}),
      ...(filter.type ? { type: filter.type } : {}),
      ...(filter.action ? { action: filter.action } : {}),
      ...(filter.legalStatus ? { legalStatus: filter.legalStatus } : {}),
      ...(filter.body ? { adoptingBody: { slug: filter.body } } : {}),
      ...(filter.year ? { dateAdopted: { startsWith: filter.year } } : {}),
      ...(filter.topic ? { topics: { some: { topic: { slug: filter.topic } } } } : {}),
    };
    const conditions = [
      // The meeting is joined (LEFT JOIN "Meeting" m in counts), as Prisma does: as an OR EXISTS, PostgreSQL
      // probed a hash of the meetings for every document, four times slower.
      Prisma.sql`d.status = 'published' AND d."deletedAt" IS NULL
        AND (d."meetingId" IS NULL OR (m.status = 'published' AND m."deletedAt" IS NULL))`,
      ...(matching ? [Prisma.sql`d.id = ANY(${matching}::text[])`] : []),
      ...(filter.type ? [Prisma.sql`d.type = ${filter.type}::"DocumentType"`] : []),
      ...(filter.action ? [Prisma.sql`d.action = ${filter.action}::"DocumentAdoptionAction"`] : []),
      ...(filter.legalStatus ? [Prisma.sql`d."legalStatus" = ${filter.legalStatus}::"LegalStatus"`] : []),
      ...(filter.body
        ? [
            Prisma.sql`EXISTS (SELECT 1 FROM "Organization" o WHERE o.id = d."adoptingBodyId" AND o.slug = ${filter.body})`,
          ]
        : []),
      ...(filter.year ? [Prisma.sql`starts_with(d."dateAdopted", ${filter.year})`] : []),
      ...(filter.topic
        ? [
            Prisma.sql`EXISTS (SELECT 1 FROM "DocumentTopic" x JOIN "Topic" t ON t.id = x."topicId"
              WHERE x."documentId" = d.id AND t.slug = ${filter.topic})`,
          ]
        : []),
    ];
    return { where, sql: Prisma.join(conditions, " AND ") };
  }

  /**
   * How many documents match (`matching`, a condition on the Document alias `d`), and how many under each facet
   * value and per year: one statement, grouping the matching documents once. (Seven Prisma reads, two of them with
   * the deep public rules of organizations and topics, took 0.5-0.75 s per page on the 50,000-document archive.)
   * A body or topic counted here is public by the rule itself: it is not in the trash, and a public document (each
   * matching one is) refers to it (visibility.ts), so the deep rules need not be checked.
   */
  private async counts(matching: Prisma.Sql): Promise<Omit<DocumentRegistry, "items">> {
    // One pass over the matching documents groups them every way at once (GROUPING SETS; `unset` tells the sets
    // apart: a bit per column left out, the first column the highest), and the bodies' names are joined to the few
    // rows it gives. Topics are counted from their links to the matching documents.
    const rows = await this.db.$queryRaw<FacetRow[]>(Prisma.sql`
      WITH g AS (
        SELECT GROUPING(d.type, d.action, d."legalStatus", d."adoptingBodyId", left(d."dateAdopted", 4)) AS unset,
          d.type::text AS type, d.action::text AS action, d."legalStatus"::text AS "legalStatus",
          d."adoptingBodyId", left(d."dateAdopted", 4) AS year, count(*)::int AS count
        FROM "Document" d LEFT JOIN "Meeting" m ON m.id = d."meetingId"
        WHERE ${matching}
        GROUP BY GROUPING SETS (
          (), (d.type), (d.action), (d."legalStatus"), (d."adoptingBodyId"), (left(d."dateAdopted", 4), d.type))
      )
      SELECT 'total' AS facet, NULL AS value, NULL AS type, g.count, NULL::jsonb AS label FROM g WHERE g.unset = 31
      UNION ALL SELECT 'type', g.type, NULL, g.count, NULL FROM g WHERE g.unset = 15
      UNION ALL SELECT 'action', g.action, NULL, g.count, NULL FROM g WHERE g.unset = 23
      UNION ALL SELECT 'legalStatus', g."legalStatus", NULL, g.count, NULL FROM g
        WHERE g.unset = 27 AND g."legalStatus" IS NOT NULL
      UNION ALL SELECT 'year', g.year, g.type, g.count, NULL FROM g WHERE g.unset = 14 AND g.year <> ''
      UNION ALL SELECT 'body', o.slug, NULL, g.count, o."nameI18n" FROM g
        JOIN "Organization" o ON o.id = g."adoptingBodyId" WHERE g.unset = 29 AND o."deletedAt" IS NULL
      UNION ALL SELECT 'topic', t.slug, NULL, count(*)::int, t."labelI18n"
        FROM "DocumentTopic" x JOIN "Topic" t ON t.id = x."topicId"
        JOIN "Document" d ON d.id = x."documentId" LEFT JOIN "Meeting" m ON m.id = d."meetingId"
        WHERE t."deletedAt" IS NULL AND ${matching} GROUP BY t.id`);
    const of = (facet: FacetRow["facet"]) => rows.filter((row) => row.facet === facet);
    const counted = (facet: "type" | "action" | "legalStatus") =>
      of(facet)
        .map((row) => ({ value: row.value!, count: row.count }))
        .sort(byCount);
    const labelled = (facet: "body" | "topic") =>
      of(facet)
        .map((row) => ({ value: row.value!, label: row.label as LocalizedText, count: row.count }))
        .sort(byCount);
    const years = new Map<string, number>();
    for (const row of of("year")) years.set(row.value!, (years.get(row.value!) ?? 0) + row.count);
    return {
      total: of("total")[0]?.count ?? 0,
      facets: {
        type: counted("type") as FacetCount<DocumentType>[],
        action: counted("action") as FacetCount<AdoptionAction>[],
        legalStatus: counted("legalStatus") as FacetCount<LegalStatus>[],
        body: labelled("body").map((b) => ({ value: b.value, nameI18n: b.label, count: b.count })),
        year: [...years]
          .map(([value, count]) => ({ value, count }))
          .sort((a, b) => b.value.localeCompare(a.value)),
        topic: labelled("topic").map((t) => ({ value: t.value, labelI18n: t.label, count: t.count })),
      },
      perYear: of("year")
        .map((row) => ({ year: row.value!, type: row.type as DocumentType, count: row.count }))
        .sort((a, b) => a.year.localeCompare(b.year) || a.type.localeCompare(b.type)),
    };
  }
}
