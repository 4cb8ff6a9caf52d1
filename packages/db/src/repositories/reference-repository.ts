import { nameSlug, type LocalizedText } from "@plenary/domain";
import type { Db } from "../client";
import { Prisma } from "../generated/prisma/client";
import { RecordNotFoundError } from "./errors";
import type { Audience, SaveResult } from "./meeting-repository";
import { NULLABLE_JSON } from "./revision-repository";
import { freeSlug, keepOldSlug } from "./slugs";
import { createVersioned, updateVersioned, type Tx, type WriteOptions } from "./versioned-write";

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
}

export interface ListOptions {
  limit?: number;
  offset?: number;
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
      const slug =
        input.slug ??
        (await freeSlug(tx, this.config.entityType, nameSlug(this.config.nameOf(input as never).en)));
      const id = await createVersioned(tx, this.config.entityType, { ...this.toData(input), slug }, options);
      return { record: await this.inTx(tx, id), warnings: [] };
    });
  }

  async update(input: Update, options: WriteOptions): Promise<SaveResult<Entity>> {
    return this.db.$transaction(async (tx) => {
      const { id, version, ...fields } = input;
      const before = await this.inTx(tx, id);
      await updateVersioned(tx, this.config.entityType, id, version, this.toData(fields as never), options);
      if (fields.slug && fields.slug !== before.slug)
        await keepOldSlug(tx, this.config.entityType, before.slug, id);
      return { record: await this.inTx(tx, id), warnings: [] };
    });
  }

  /**
   * Input fields → columns; identical for most records, except that a localized text cleared with null (an official
   * name, an abbreviation, a summary) is stored as SQL NULL: the JSON value null is no localized text, and the
   * search indexes' functions refuse it.
   */
  protected toData(input: object): object {
    return Object.fromEntries(
      Object.entries(input).map(([key, value]) => [
        key,
        value === null && NULLABLE_JSON.has(key) ? Prisma.DbNull : value,
      ]),
    );
  }

  protected async inTx(tx: Tx, id: string): Promise<Entity> {
    const row = await this.config.table(tx).findFirst({ where: { id, deletedAt: null } });
    if (!row) throw new RecordNotFoundError(this.config.entityType, id);
    return this.config.toEntity(row as never);
  }
}
