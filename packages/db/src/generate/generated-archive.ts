import type { Db } from "../client";
import type { Prisma } from "../generated/prisma/client";
import { type ArchiveOptions, GENERATED_ID_PREFIX, planArchive } from "./archive-plan";
import { markEveryPageStale } from "../repositories/stale-pages";
import { REFERENCE_DATA_VIA } from "../reference/load-reference-data";

type Tx = Prisma.TransactionClient;

/** The tables generateArchive writes to. */
const LOADED_TABLES = [
  "Country",
  "Organization",
  "OrgMembership",
  "Post",
  "Person",
  "Occupancy",
  "Chairmanship",
  "MeetingSeries",
  "Meeting",
  "Participation",
  "Document",
  "Revision",
  // Filled by triggers from the searched tables' words (migration search_words).
  "SearchWord",
].map((table) => `"${table}"`);

/** Reports each step's duration (the command prints them). */
export type StepLog = (step: string, milliseconds: number, rows?: number) => void;

export class GenerateRefusedError extends Error {}

const generated = `${GENERATED_ID_PREFIX}%`;

/** Rows per statement: large enough that round trips do not count, small enough to keep each statement's JSON modest. */
const BATCH = 2000;

/**
 * Inserts rows in batches, each batch one statement: the rows travel as one JSON array that
 * jsonb_populate_recordset turns into rows of the table's own type (so enums, arrays, JSON and timestamps need no
 * per-column code). Each planned row names every column; JSON null is SQL NULL. Columns PostgreSQL generates
 * (public search's "searchText") are left for it to compute.
 */
async function insertAll(tx: Tx, table: string, rows: object[]): Promise<void> {
  const written = await tx.$queryRawUnsafe<{ name: string }[]>(
    `select attname as name from pg_attribute
     where attrelid = $1::regclass and attnum > 0 and not attisdropped and attgenerated = ''
     order by attnum`,
    `"${table}"`,
  );
  const columns = written.map((column) => `"${column.name}"`).join(", ");
  for (let i = 0; i < rows.length; i += BATCH) {
    await tx.$executeRawUnsafe(
      `insert into "${table}" (${columns}) select ${columns} from jsonb_populate_recordset(null::"${table}", $1::jsonb)`,
      JSON.stringify(rows.slice(i, i + BATCH)),
    );
  }
}

async function timed<T>(log: StepLog, step: string, work: () => Promise<T>, rows?: number): Promise<T> {
  const started = performance.now();
  const result = await work();
  log(step, performance.now() - started, rows);
  return result;
}

/**
 * Records someone edited: a revision past the first, or one a signed-in user wrote, of a record that is not
 * generated. The seed and the reference data write revisions authored by nobody — the reference load also
 * completes the seed's countries and organizations in later versions, marked `via: "reference-data"` — and user
 * accounts are no archive records.
 */
export async function countEditedRecords(db: Db | Tx): Promise<number> {
  const [row] = await db.$queryRaw<{ count: bigint }[]>`
    select count(distinct ("entityType", "entityId")) as count from "Revision"
    where "entityType" <> 'user' and "entityId" not like ${generated}
      and (version > 1 or "authorId" is not null)
      and not ("authorId" is null and via is not distinct from ${REFERENCE_DATA_VIA})`;
  return Number(row?.count ?? 0);
}

export interface GenerateResult {
  rows: Record<string, number>;
}

/**
 * Loads a made-up archive (see planArchive) in one transaction, in large multi-row inserts, each record with its
 * first revision and published. Refuses when an archive is already generated, and when the database holds records
 * someone edited unless `force` (the generated data would mix with real work).
 */
export async function generateArchive(
  db: Db,
  options: ArchiveOptions,
  { force = false, log = () => {} }: { force?: boolean; log?: StepLog } = {},
): Promise<GenerateResult> {
  const existing = await db.generatedArchive.findUnique({ where: { id: "archive" } });
  if (existing) {
    throw new GenerateRefusedError(
      `This database already holds a generated archive (seed ${existing.seed}). Remove it first: pnpm db:generate --remove`,
    );
  }
  const edited = await countEditedRecords(db);
  if (edited > 0 && !force) {
    throw new GenerateRefusedError(
      `This database holds ${edited} record(s) edited beyond the seed and reference data; generated records would ` +
        `mix with them. Use another database, or pass --force to generate anyway.`,
    );
  }

  const plan = await timed(log, "plan", async () => planArchive(options));
  const rows: Record<string, number> = {};
  await db.$transaction(
    async (tx) => {
      const load = async (name: string, table: string, list: object[]) => {
        rows[name] = list.length;
        await timed(log, `insert ${name}`, () => insertAll(tx, table, list), list.length);
      };
      await load("countries", "Country", plan.countries);
      // Parents first: an organization's body refers to it.
      await load("organizations", "Organization", [
        ...plan.organizations.filter((o) => o.parentId === null),
        ...plan.organizations.filter((o) => o.parentId !== null),
      ]);
      await load("memberships", "OrgMembership", plan.memberships);
      await load("posts", "Post", plan.posts);
      await load("people", "Person", plan.people);
      await load("occupancies", "Occupancy", plan.occupancies);
      await load("chairmanships", "Chairmanship", plan.chairmanships);
      await load("meeting series", "MeetingSeries", plan.series);
      await load("meetings", "Meeting", plan.meetings);
      await load("participations", "Participation", plan.participations);
      await load("documents", "Document", plan.documents);
      await load("revisions", "Revision", plan.revisions);
      await tx.generatedArchive.create({ data: { seed: options.seed, options: { ...options } } });
      // A running site refreshes its lists once the archive commits (and forgets it again on --remove).
      await markEveryPageStale(tx);
    },
    { timeout: 60 * 60_000, maxWait: 30_000 },
  );
  // Fresh statistics, so the planner sees the new sizes at once rather than after autovacuum gets to them; and
  // VACUUM, not ANALYZE alone, because it also merges the GIN indexes' pending lists, which the bulk insert filled and
  // which make the planner (rightly) avoid those indexes until merged.
  await timed(log, "vacuum analyze", () =>
    db.$executeRawUnsafe(`VACUUM (ANALYZE) ${LOADED_TABLES.join(", ")}`),
  );
  return { rows };
}

/** Deletes every generated record and its history in one transaction; false when there was none. */
export async function removeGeneratedArchive(
  db: Db,
  { log = () => {} }: { log?: StepLog } = {},
): Promise<boolean> {
  const existing = await db.generatedArchive.findUnique({ where: { id: "archive" } });
  const marked = await db.person.count({ where: { id: { startsWith: GENERATED_ID_PREFIX } } });
  if (!existing && marked === 0) return false;
  await db.$transaction(
    async (tx) => {
      // Children before parents; every table whose rows can be generated.
      const tables = [
        "Revision",
        "SlugRedirect",
        "Participation",
        "Document",
        "Chairmanship",
        "Meeting",
        "MeetingSeries",
        "Occupancy",
        "Person",
        "Post",
        "OrgMembership",
      ];
      for (const table of tables) {
        const column = table === "Revision" || table === "SlugRedirect" ? "entityId" : "id";
        await timed(log, `delete ${table}`, () =>
          tx.$executeRawUnsafe(`delete from "${table}" where "${column}" like $1`, generated),
        );
      }
      await timed(log, "delete Organization", async () => {
        await tx.$executeRawUnsafe(
          `delete from "Organization" where id like $1 and "parentId" is not null`,
          generated,
        );
        await tx.$executeRawUnsafe(`delete from "Organization" where id like $1`, generated);
      });
      await timed(log, "delete Country", () =>
        tx.$executeRawUnsafe(`delete from "Country" where id like $1`, generated),
      );
      await tx.generatedArchive.deleteMany({});
      await markEveryPageStale(tx);
    },
    { timeout: 30 * 60_000, maxWait: 30_000 },
  );
  return true;
}
