import { PrismaPg } from "@prisma/adapter-pg";
import { databaseUrl } from "./env";
import { PrismaClient } from "./generated/prisma/client";

export type Db = PrismaClient;

/**
 * The lowest trigram word similarity public search counts as a match. Set on every connection, because the `<%`
 * operator its indexes answer compares against this setting (pg_trgm's default, 0.6, would miss misspellings).
 */
export const WORD_SIMILARITY_THRESHOLD = 0.3;

/**
 * A Prisma client over node-postgres: the same code path for the embedded server and a real PostgreSQL.
 * JIT is off: the public-visibility filters (visibility.ts) plan as deep EXISTS trees whose estimated cost passes
 * PostgreSQL's JIT thresholds, and compiling them took 16 s of an 18 s country query that runs in 35 ms without.
 */
export function createDb(
  url: string = databaseUrl(),
  {
    onQuery,
  }: { /** Called for every SQL statement sent (benchmarks count them). */ onQuery?: () => void } = {},
): Db {
  const adapter = new PrismaPg({
    connectionString: url,
    options: `-c jit=off -c pg_trgm.word_similarity_threshold=${WORD_SIMILARITY_THRESHOLD}`,
  });
  if (!onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  client.$on("query", onQuery);
  return client;
}

const holder = globalThis as typeof globalThis & { plenaryDb?: Db };

/** One client per process (Next.js dev reloads modules; the client must survive them). */
export function getDb(): Db {
  holder.plenaryDb ??= createDb();
  return holder.plenaryDb;
}
