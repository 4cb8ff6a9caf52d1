import {
  nameSlug,
  type LocalizedText,
  type MeetingNewRecordsInput,
  type NewRecordRef,
} from "@plenary/domain";
import type { Db } from "../client";
import { RecordNotFoundError } from "./errors";
import type { Audience, SaveResult } from "./meeting-repository";
import { createdFirst, type NewRecordsWriter } from "./new-records-writer";
import { freeSlug, keepOldSlug } from "./slugs";
import { withSqlNulls } from "./nullable-json";
import { createVersioned, updateVersioned, type Tx, type WriteOptions } from "./versioned-write";
import { Prisma } from "../generated/prisma/client";
import { PUBLIC_SQL } from "./visibility";

/** The calls this repository makes; every Prisma model delegate of a page record has them. */
interface PageDelegate {
  findMany(args: object): Promise<unknown[]>;
  findFirst(args: object): Promise<unknown>;
  count(args: object): Promise<number>;
}

export interface ReferenceConfig<Entity> {
  entityType: "country" | "organization" | "person" | "post" | "topic";
  table: (db: Db | Tx) => PageDelegate;
  toEntity: (row: never) => Entity;
  publicWhere: object;
  orderBy: object;
  /** The English text the slug derives from (rule 8), read from a create input. */
  nameOf: (input: { [key: string]: unknown }) => LocalizedText;
  /** The fields of an update that may name a record made in the form's pickers (a post's new organization). */
  recordRefs?: (input: { [key: string]: unknown }) => NewRecordRef[];
}

export interface ListOptions {
  limit?: number;
  offset?: number;
}

/** A page of a public list by slug: `limit` records after the slug `after` (from the first without it). */
export interface ReferencePageQuery {
  limit: number;
  after?: string | null;
}

/**
 * The condition that the record a filter names by slug exists (and is not in the trash). It refers to no row of
 * the list, so PostgreSQL checks it once before reading any: a slug that names nothing is an empty page at once,
 * not after testing every public row (0.75 s for 20,000 people).
 */
export function namedRecordExists(table: "Meeting" | "Country" | "Organization", slug: string): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM ${Prisma.raw(`"${table}"`)} WHERE slug = ${slug} AND "deletedAt" IS NULL)`;
}

/**
 * Countries, organizations, people, posts and topics: records with a page, no status of their own (public once a
 * published meeting or document refers to them), a slug derived from their English name, and versioned writes.
 */
export class ReferenceRepository<
  Entity extends { id: string; slug: string },
  Create extends { slug?: string },
  Update extends { id: string; version: number; slug?: string },
> {
  constructor(
    protected readonly db: Db,
    protected readonly config: ReferenceConfig<Entity>,
    private readonly newRecords?: NewRecordsWriter,
  ) {}

  protected visibility(audience: Audience): object {
    return audience === "public" ? this.config.publicWhere : { deletedAt: null };
  }

  async list(
    audience: Audience,
    { limit = 100, offset = 0 }: ListOptions = {},
  ): Promise<{ items: Entity[]; total: number }> {
    const where = this.visibility(audience);
    const table = this.config.table(this.db);
    const [rows, total] = await Promise.all([
      table.findMany({ where, orderBy: this.config.orderBy, take: limit, skip: offset }),
      table.count({ where }),
    ]);
    return { items: rows.map((row) => this.config.toEntity(row as never)), total };
  }

  /**
   * One page of the public records by slug, after the slug `after` (keyset pagination: the same cost on every
   * page), narrowed by `filter` (SQL conditions on the row alias `t`); `next` is the slug to ask for the next page.
   * The ids are selected in SQL with the public rule as PUBLIC_SQL states it (visibility.ts): PostgreSQL walks the
   * slug's unique index from `after` and checks each row's links through their indexes, about 10 ms a page of 200
   * people of 20,000, where the same rule as a Prisma filter hashed every participation (about 200 ms).
   */
  protected async publicPageOf(
    table: "Person" | "Country" | "Organization",
    { limit, after }: ReferencePageQuery,
    filter: Prisma.Sql[] = [],
  ): Promise<{ items: Entity[]; next: string | null }> {
    const conditions = [
      Prisma.raw(PUBLIC_SQL[table]),
      ...(after ? [Prisma.sql`t.slug > ${after}`] : []),
      ...filter,
    ];
    const ids = await this.db.$queryRaw<{ id: string }[]>(
      Prisma.sql`SELECT t.id FROM ${Prisma.raw(`"${table}"`)} t WHERE ${Prisma.join(conditions, " AND ")}
                 ORDER BY t.slug LIMIT ${limit + 1}`,
    );
    const rows = (await this.config.table(this.db).findMany({
      where: { id: { in: ids.slice(0, limit).map((row) => row.id) } },
      orderBy: { slug: "asc" },
    })) as { slug: string }[];
    const last = rows.at(-1);
    return {
      items: rows.map((row) => this.config.toEntity(row as never)),
      next: ids.length > limit && last ? last.slug : null,
    };
  }

  async bySlug(slug: string, audience: Audience): Promise<Entity> {
    const row = await this.config.table(this.db).findFirst({ where: { slug, ...this.visibility(audience) } });
    if (!row) throw new RecordNotFoundError(this.config.entityType, slug);
    return this.config.toEntity(row as never);
  }

  async byId(id: string, audience: Audience): Promise<Entity> {
    const row = await this.config.table(this.db).findFirst({ where: { id, ...this.visibility(audience) } });
    if (!row) throw new RecordNotFoundError(this.config.entityType, id);
    return this.config.toEntity(row as never);
  }

  async create(input: Create, options: WriteOptions): Promise<SaveResult<Entity>> {
    return this.db.$transaction(async (tx) => {
      const id = await this.createIn(tx, input, options);
      return { record: await this.inTx(tx, id), warnings: [] };
    });
  }

  /** Creates the record inside a transaction someone else holds (a meeting's save); returns its id. */
  async createIn(tx: Tx, input: Create, options: WriteOptions): Promise<string> {
    const slug =
      input.slug ??
      (await freeSlug(tx, this.config.entityType, nameSlug(this.config.nameOf(input as never).en)));
    return createVersioned(tx, this.config.entityType, { ...this.toData(input), slug }, options);
  }

  /**
   * Saves from the version the form was loaded at; `newRecords` (made in the form's pickers) are created first in the
   * same transaction, and the record's temporary ids name them. A refusal or a conflict creates none of them.
   */
  async update(
    input: Update,
    options: WriteOptions,
    newRecords?: MeetingNewRecordsInput,
  ): Promise<SaveResult<Entity>> {
    return this.db.$transaction(async (tx) => {
      const refs = this.config.recordRefs?.(input) ?? [];
      const real = await createdFirst(
        this.newRecords,
        tx,
        refs,
        newRecords,
        `this ${this.config.entityType}`,
        options,
      );
      const { id, version, ...fields } = {
        ...input,
        ...Object.fromEntries(refs.map((ref) => [ref.path[0], real(ref.id)])),
      };
      const before = await this.inTx(tx, id);
      await updateVersioned(tx, this.config.entityType, id, version, this.toData(fields as never), options);
      if (fields.slug && fields.slug !== before.slug)
        await keepOldSlug(tx, this.config.entityType, before.slug, id);
      return { record: await this.inTx(tx, id), warnings: [] };
    });
  }

  /** Input fields → columns: the same names, a nullable JSON field's null written as SQL NULL. */
  protected toData(input: object): object {
    return withSqlNulls(input);
  }

  protected async inTx(tx: Tx, id: string): Promise<Entity> {
    const row = await this.config.table(tx).findFirst({ where: { id, deletedAt: null } });
    if (!row) throw new RecordNotFoundError(this.config.entityType, id);
    return this.config.toEntity(row as never);
  }
}
