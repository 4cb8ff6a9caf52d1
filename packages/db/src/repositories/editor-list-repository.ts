import {
  countNoun,
  rangeCovers,
  slugify,
  type LocalizedText,
  type PartialDate,
  type PublicationStatus,
} from "@plenary/domain";
import type { Db } from "../client";

export const LISTABLE = [
  "meeting",
  "document",
  "person",
  "post",
  "country",
  "organization",
  "topic",
] as const;
export type ListableType = (typeof LISTABLE)[number];

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
    const where = {
      deletedAt: null,
      ...(status && config.publishable ? { status } : {}),
      ...(text
        ? {
            OR: [
              ...(slugify(text) ? [{ slug: { contains: slugify(text) } }] : []),
              ...(["en", "ru", "zh"] as const).map((lang) => ({
                [config.label]: { path: [lang], string_contains: text },
              })),
            ],
          }
        : {}),
    };
    const orderBy =
      sort === "label"
        ? [{ slug: direction }]
        : sort === "date" && config.date
          ? [{ [config.date]: { sort: direction, nulls: "last" } }, { slug: "asc" }]
          : [{ updatedAt: direction }, { id: "asc" }];
    const table = this.db[entityType] as unknown as ListDelegate;
    const [rows, total] = await Promise.all([
      table.findMany({
        where,
        orderBy,
        take: limit,
        skip: offset,
        ...(config.include ? { include: config.include } : {}),
      }),
      table.count({ where }),
    ]);
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
