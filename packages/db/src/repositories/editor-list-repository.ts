import {
  countNoun,
  PageKind,
  rangeCovers,
  slugify,
  type LocalizedText,
  type PartialDate,
  type PublicationStatus,
} from "@plenary/domain";
import type { Db } from "../client";

/** The kinds the editor lists: those with a page of their own (the domain's registry of record kinds). */
export const LISTABLE = PageKind.options;
export type ListableType = PageKind;

export interface EditorListItem {
  entityType: ListableType;
  id: string;
  slug: string;
  version: number;
  labelI18n: LocalizedText;
  status: PublicationStatus | null;
  /** The date that orders the record: a meeting's start, a document's adoption, a person's birth. */
  date: PartialDate | null;
  updatedAt: Date;
  /** One more column per type: participants, document type, post role, ISO code, classification. */
  detail: string | null;
}

export interface EditorListQuery {
  entityType: ListableType;
  /** Matches the English name (any case, through the slug) and the text of any language. */
  q?: string;
  status?: PublicationStatus;
  sort?: "label" | "date" | "updatedAt";
  direction?: "asc" | "desc";
  limit?: number;
  offset?: number;
}

interface ListConfig {
  label: string;
  date: string | null;
  detail: (row: Record<string, unknown>) => string | null;
  include?: object;
  publishable: boolean;
}

const PARTICIPANT = { one: "participant", other: "participants" };

const CONFIG: Record<ListableType, ListConfig> = {
  meeting: {
    label: "titleI18n",
    date: "startDate",
    publishable: true,
    include: { _count: { select: { participations: true } } },
    detail: (row) => countNoun((row._count as { participations: number }).participations, PARTICIPANT),
  },
  document: { label: "titleI18n", date: "dateAdopted", publishable: true, detail: (row) => String(row.type) },
  person: {
    label: "nameI18n",
    date: "birthDate",
    publishable: false,
    detail: (row) => (row.sortName as string | null) ?? null,
  },
  post: { label: "labelI18n", date: null, publishable: false, detail: (row) => String(row.role) },
  country: { label: "nameI18n", date: null, publishable: false, detail: (row) => String(row.iso2) },
  organization: {
    label: "nameI18n",
    date: "foundingDate",
    publishable: false,
    detail: (row) => String(row.classification),
  },
  topic: { label: "labelI18n", date: null, publishable: false, detail: () => null },
};

const TABLE: Record<ListableType, string> = {
  meeting: "Meeting",
  document: "Document",
  person: "Person",
  post: "Post",
  country: "Country",
  organization: "Organization",
  topic: "Topic",
};

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The admin's search as you type: $1 is a LIKE pattern for the lower-cased label in any language, $2 one for the
 * slug (or null). Both sides are expressions the search_indexes migration and schema.prisma index with trigrams.
 */
export function listSearchSql(entityType: ListableType): string {
  return `
    select t.id from "${TABLE[entityType]}" t
    where plenary_list_text(t."${CONFIG[entityType].label}") like $1 or t.slug like $2`;
}

/** The parameters of listSearchSql for what the editor typed. */
export function listSearchParams(text: string): [string, string | null] {
  return [`%${escapeLike(text.toLowerCase())}%`, slugify(text) ? `%${escapeLike(slugify(text))}%` : null];
}

/** At most this many exact matches are lifted to the top of a searched list. */
const EXACT_FIRST = 20;

interface ListDelegate {
  findMany(args: object): Promise<Record<string, unknown>[]>;
  count(args: object): Promise<number>;
}

/**
 * The editor's list views and relation pickers: every record type with search as you type, filters, sort and
 * pagination done in the database, so they stay fast with thousands of records.
 */
export class EditorListRepository {
  constructor(private readonly db: Db) {}

  async list({
    entityType,
    q,
    status,
    sort = "updatedAt",
    direction = "desc",
    limit = 25,
    offset = 0,
  }: EditorListQuery) {
    const config = CONFIG[entityType];
    const text = q?.trim();
    const matching = text ? await this.matching(entityType, text) : null;
    const where = {
      deletedAt: null,
      ...(status && config.publishable ? { status } : {}),
      ...(matching ? { id: { in: matching } } : {}),
    };
    const orderBy =
      sort === "label"
        ? [{ slug: direction }]
        : sort === "date" && config.date
          ? [{ [config.date]: { sort: direction, nulls: "last" } }, { slug: "asc" }]
          : [{ updatedAt: direction }, { id: "asc" }];
    const table = this.db[entityType] as unknown as ListDelegate;
    const include = config.include ? { include: config.include } : {};
    // Exact matches first (the name or title is the query, in any language, or its slug is the query's), then
    // the rest in the order asked for: the picker's top hit for "Xi Jinping" is Xi Jinping.
    const exact = text
      ? await table.findMany({
          where: {
            ...where,
            OR: [
              ...(slugify(text) ? [{ slug: slugify(text) }] : []),
              ...(["en", "ru", "zh"] as const).map((lang) => ({
                [config.label]: { path: [lang], equals: text },
              })),
            ],
          },
          orderBy,
          take: EXACT_FIRST,
          ...include,
        })
      : [];
    const exactIds = exact.map((row) => row.id as string);
    const [rest, total] = await Promise.all([
      table.findMany({
        where: exactIds.length ? { ...where, AND: [{ id: { notIn: exactIds } }] } : where,
        orderBy,
        take: limit,
        skip: Math.max(0, offset - exact.length),
        ...include,
      }),
      table.count({ where }),
    ]);
    const rows = [...exact.slice(offset, offset + limit), ...rest].slice(0, limit);
    const items: EditorListItem[] = rows.map((row) => ({
      entityType,
      id: row.id as string,
      slug: row.slug as string,
      version: row.version as number,
      labelI18n: row[config.label] as LocalizedText,
      status: config.publishable ? (row.status as PublicationStatus) : null,
      date: config.date ? ((row[config.date] as PartialDate | null) ?? null) : null,
      updatedAt: row.updatedAt as Date,
      detail: config.detail(row),
    }));
    return { items, total };
  }

  /** The ids of the records whose label (any language, any case) or slug contains the text, through the indexes. */
  private async matching(entityType: ListableType, text: string): Promise<string[]> {
    const rows = await this.db.$queryRawUnsafe<{ id: string }[]>(
      listSearchSql(entityType),
      ...listSearchParams(text),
    );
    return rows.map((row) => row.id);
  }

  /** Labels for ids a form already holds, so pickers show names rather than ids. */
  async labels(entityType: ListableType, ids: string[]): Promise<Record<string, LocalizedText>> {
    if (!ids.length) return {};
    const config = CONFIG[entityType];
    const rows = await (this.db[entityType] as unknown as ListDelegate).findMany({
      where: { id: { in: ids } },
    });
    return Object.fromEntries(rows.map((row) => [row.id as string, row[config.label] as LocalizedText]));
  }

  /** The current versions of records, for actions (merge, bulk) that start from what the editor sees now. */
  async versions(entityType: ListableType, ids: string[]): Promise<Record<string, number>> {
    if (!ids.length) return {};
    const rows = await (this.db[entityType] as unknown as ListDelegate).findMany({
      where: { id: { in: ids } },
      select: { id: true, version: true },
    });
    return Object.fromEntries(rows.map((row) => [row.id as string, row.version as number]));
  }

  /**
   * The posts a person held, with whether each covers a date: the meeting editor proposes the one held on the
   * meeting's date for a participant.
   */
  async occupancies(personId: string, date: PartialDate | null) {
    const rows = await this.db.occupancy.findMany({
      where: { personId },
      include: { post: { select: { id: true, labelI18n: true, countryId: true, organizationId: true } } },
      orderBy: [{ startDate: "desc" }],
    });
    return rows.map((row) => ({
      id: row.id,
      postId: row.postId,
      postLabelI18n: row.post.labelI18n as LocalizedText,
      countryId: row.post.countryId,
      organizationId: row.post.organizationId,
      startDate: row.startDate,
      endDate: row.endDate,
      qualifier: row.qualifier,
      coversDate: date ? rangeCovers({ startDate: row.startDate, endDate: row.endDate }, date) : false,
    }));
  }
}
