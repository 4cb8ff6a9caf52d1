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
  publicOrganization,
  publicTopic,
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
    const where = await this.whereOf(filter);
    const [rows, counts] = await Promise.all([this.page(where, filter), this.counts(where)]);
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
    const where = await this.whereOf(filter);
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
      this.counts(where),
    ]);
    return { registry: { items: rows.map(toItem), ...counts }, next: next as DocumentKey | null };
  }

  private async whereOf(filter: DocumentRegistryFilter): Promise<Prisma.DocumentWhereInput> {
    const matching = await this.idsMatching(filter.q);
    return {
      ...publishedDocument,
      ...(matching ? { id: { in: matching } } : {}),
      ...(filter.type ? { type: filter.type } : {}),
      ...(filter.action ? { action: filter.action } : {}),
      ...(filter.legalStatus ? { legalStatus: filter.legalStatus } : {}),
      ...(filter.body ? { adoptingBody: { slug: filter.body } } : {}),
      ...(filter.year ? { dateAdopted: { startsWith: filter.year } } : {}),
      ...(filter.topic ? { topics: { some: { topic: { slug: filter.topic } } } } : {}),
    };
  }

  /** How many documents match, and how many under each facet value and per year. */
  private async counts(where: Prisma.DocumentWhereInput): Promise<Omit<DocumentRegistry, "items">> {
    const [total, types, actions, statuses, bodies, dates, topics] = await Promise.all([
      this.db.document.count({ where }),
      this.db.document.groupBy({ by: ["type"], where, _count: { _all: true } }),
      this.db.document.groupBy({ by: ["action"], where, _count: { _all: true } }),
      this.db.document.groupBy({ by: ["legalStatus"], where, _count: { _all: true } }),
      this.db.organization.findMany({
        where: { ...publicOrganization, adoptedDocuments: { some: where } },
        select: { slug: true, nameI18n: true, _count: { select: { adoptedDocuments: { where } } } },
      }),
      this.db.document.groupBy({ by: ["dateAdopted", "type"], where, _count: { _all: true } }),
      this.db.topic.findMany({
        where: { ...publicTopic, documents: { some: { document: where } } },
        select: {
          slug: true,
          labelI18n: true,
          _count: { select: { documents: { where: { document: where } } } },
        },
      }),
    ]);
    const years = new Map<string, number>();
    const perYear = new Map<string, { year: string; type: DocumentType; count: number }>();
    for (const d of dates) {
      if (!d.dateAdopted) continue;
      const year = d.dateAdopted.slice(0, 4);
      years.set(year, (years.get(year) ?? 0) + d._count._all);
      const entry = perYear.get(`${year} ${d.type}`) ?? { year, type: d.type, count: 0 };
      entry.count += d._count._all;
      perYear.set(`${year} ${d.type}`, entry);
    }
    return {
      total,
      facets: {
        type: types.map((t) => ({ value: t.type, count: t._count._all })).sort(byCount),
        action: actions.map((a) => ({ value: a.action, count: a._count._all })).sort(byCount),
        legalStatus: statuses
          .flatMap((s) => (s.legalStatus ? [{ value: s.legalStatus, count: s._count._all }] : []))
          .sort(byCount),
        body: bodies
          .map((b) => ({
            value: b.slug,
            nameI18n: b.nameI18n as LocalizedText,
            count: b._count.adoptedDocuments,
          }))
          .sort(byCount),
        year: [...years]
          .map(([value, count]) => ({ value, count }))
          .sort((a, b) => b.value.localeCompare(a.value)),
        topic: topics
          .map((t) => ({ value: t.slug, labelI18n: t.labelI18n as LocalizedText, count: t._count.documents }))
          .sort(byCount),
      },
      perYear: [...perYear.values()].sort(
        (a, b) => a.year.localeCompare(b.year) || a.type.localeCompare(b.type),
      ),
    };
  }
}
