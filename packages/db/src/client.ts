import { PrismaPg } from "@prisma/adapter-pg";
import { databaseUrl, readDbEnv } from "./env";
import { PrismaClient } from "./generated/prisma/client";
import { statementNames } from "./prepared-statements";

export type Db = PrismaClient;

/**
 * The lowest trigram word similarity public search counts as a match. Set on every connection, because the `<%`
 * operator its indexes answer compares against this setting (pg_trgm's default, 0.6, would miss misspellings).
 */
export const WORD_SIMILARITY_THRESHOLD = 0.3;

/**
 * How long a pooled connection may sit idle before it is closed. node-postgres closes one after 10 s by default, and
 * with it go its prepared statements and the plans PostgreSQL keeps for them: on a site searched every few seconds
 * the next search opened connections again and planned every statement anew (a broad word 8-16 ms back to back,
 * 18-29 ms after 11 s of quiet, `pnpm bench:queries`). Ten minutes, as PgBouncer keeps an idle server connection.
 */
export const IDLE_CONNECTION_MS = 10 * 60_000;

/**
 * A Prisma client over node-postgres: the same code path for the embedded server and a real PostgreSQL.
 * JIT is off: the public-visibility filters (visibility.ts) plan as deep EXISTS trees whose estimated cost passes
 * PostgreSQL's JIT thresholds, and compiling them took 16 s of an 18 s country query that runs in 35 ms without.
 */
export function createDb(url: string = databaseUrl(), options: DbOptions = {}): Db {
  const { onQuery } = options;
  const prepared = readDbEnv().PLENARY_PREPARED_STATEMENTS === "on";
  const client = new PrismaClient({
    adapter: new PrismaPg(
      {
        connectionString: url,
        options: `-c jit=off -c pg_trgm.word_similarity_threshold=${WORD_SIMILARITY_THRESHOLD}`,
        idleTimeoutMillis: IDLE_CONNECTION_MS,
        // Idle connections do not keep a process alive (a script ends when its work does, as with the 10 s default).
        allowExitOnIdle: true,
      },
      prepared ? { statementNameGenerator: statementNames() } : {},
    ),
    log: onQuery ? [{ emit: "event", level: "query" }] : [],
    // Prisma's defaults (2 s to start a transaction, 5 s to finish it) refuse a valid write when the machine is
    // busy: a loaded CI run saw a two-statement create expire after 7.4 s. A write waits its turn instead; what
    // truly blocks (a lock cycle) PostgreSQL ends itself, and the writes that lock whole meetings set their own.
    transactionOptions: { maxWait: 15_000, timeout: 30_000 },
  });
  if (onQuery) (client as PrismaClient<"query">).$on("query", (event) => onQuery(event.query, event.params));
  return client;
}

export interface DbOptions {
  /**
   * Called with every SQL statement the client sends and its parameters (a JSON array): tests and benchmarks count
   * them (P2 in the README), and tests ask PostgreSQL how it plans them.
   */
  onQuery?: (sql: string, params: string) => void;
}

const holder = globalThis as typeof globalThis & { plenaryDb?: Db };

/** One client per process (Next.js dev reloads modules; the client must survive them). */
export function getDb(): Db {
  holder.plenaryDb ??= createDb();
  return holder.plenaryDb;
}
