import type { Db } from "../client";

/**
 * One hash over every row of every table (bar the migrations record), in a stable order: two databases with the
 * same checksum hold the same data. For tests that must show a refused write changed nothing, or a round trip
 * gave back an equal database.
 */
export async function databaseChecksum(db: Db): Promise<string> {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    select tablename from pg_tables where schemaname = 'public' and tablename <> '_prisma_migrations' order by tablename`;
  const parts: string[] = [];
  for (const { tablename } of tables) {
    const [row] = await db.$queryRawUnsafe<{ hash: string | null }[]>(
      `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as hash from "${tablename}" t`,
    );
    parts.push(`${tablename}:${row?.hash}`);
  }
  const [all] = await db.$queryRawUnsafe<{ hash: string }[]>(`select md5($1) as hash`, parts.join(","));
  return all!.hash;
}
