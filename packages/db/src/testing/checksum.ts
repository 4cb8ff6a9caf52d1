import type { Db } from "../client";

/**
 * One hash over every row of every table (bar the migrations record), in a stable order: two databases with the
 * same checksum hold the same data. For tests that must show a refused write changed nothing, or a round trip
 * gave back an equal database. The tables are hashed in one statement (one round trip), so that attack tests can
 * afford it after every call.
 */
export async function databaseChecksum(db: Db): Promise<string> {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    select tablename from pg_tables
    where schemaname = 'public' and tablename not in ('_prisma_migrations', 'RevalidationRequest')
    order by tablename`;
  if (tables.length === 0) return "empty";
  const parts = tables.map(
    ({ tablename }, index) =>
      `select ${index} as n, '${tablename}:' || md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as part from "${tablename}" t`,
  );
  const [all] = await db.$queryRawUnsafe<{ hash: string }[]>(
    `select md5(string_agg(part, ',' order by n)) as hash from (${parts.join(" union all ")}) tables`,
  );
  return all!.hash;
}
