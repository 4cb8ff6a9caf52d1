import pg from "pg";
import { startEmbeddedServer } from "../embedded/embedded-server";
import { applyMigrations } from "../migrate/migrations";

export interface TestDatabase {
  name: "embedded" | "postgresql";
  url: string;
}

/** The server test runs create their throwaway database on; trust auth as on these machines. */
const adminUrl = process.env.PLENARY_TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/postgres";

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Starts every database integration tests run against, migrated and empty: an in-memory embedded server and a
 * throwaway database on the real PostgreSQL (dropped by `stop`). Without a reachable PostgreSQL that half is
 * skipped with a notice — except in CI, where it must run.
 */
export async function startTestDatabases(): Promise<{ databases: TestDatabase[]; notice: string | null; stop(): Promise<void> }> {
  const embedded = await startEmbeddedServer({ port: 0 });
  const databases: TestDatabase[] = [{ name: "embedded", url: embedded.url }];
  let dropReal = async () => {};
  let notice: string | null = null;

  if (await reachable(adminUrl)) {
    const name = `plenary_test_${process.pid}_${Date.now().toString(36)}`;
    await adminQuery(`CREATE DATABASE "${name}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    databases.push({ name: "postgresql", url: url.toString() });
    dropReal = () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } else if (process.env.CI) {
    await embedded.stop();
    throw new Error(`CI must test against PostgreSQL, but ${adminUrl.replace(/\/\/[^@]*@/, "//")} is not reachable.`);
  } else {
    notice = `NOTICE: no PostgreSQL reachable at ${adminUrl}: the real-PostgreSQL half of the integration tests is skipped.`;
  }

  try {
    for (const database of databases) await applyMigrations(database.url);
  } catch (error) {
    await dropReal();
    await embedded.stop();
    throw error;
  }

  return {
    databases,
    notice,
    async stop() {
      await dropReal();
      await embedded.stop();
    },
  };
}
