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
 * Starts every database integration tests run against, migrated and empty: a throwaway embedded PostgreSQL and a
 * throwaway database on the real PostgreSQL (dropped by `stop`). An unreachable PostgreSQL fails the run; only
 * PLENARY_TEST_SKIP_POSTGRES=1 skips that half, with a notice, and never under CI.
 */
export async function startTestDatabases(): Promise<{
  databases: TestDatabase[];
  notice: string | null;
  stop(): Promise<void>;
}> {
  const skipReal = process.env.PLENARY_TEST_SKIP_POSTGRES === "1" && !process.env.CI;
  const shownUrl = adminUrl.replace(/\/\/[^@]*@/, "//");
  if (!skipReal && !(await reachable(adminUrl))) {
    throw new Error(
      `The integration tests run against PostgreSQL too, but ${shownUrl} is not reachable. Start it, point ` +
        `PLENARY_TEST_POSTGRES_URL at another server, or (locally, never in CI) set PLENARY_TEST_SKIP_POSTGRES=1.`,
    );
  }
  const embedded = await startEmbeddedServer({ port: 0 });
  const databases: TestDatabase[] = [{ name: "embedded", url: embedded.url }];
  let dropReal = async () => {};
  let notice: string | null = null;

  if (skipReal) {
    notice = `NOTICE: PLENARY_TEST_SKIP_POSTGRES=1: the real-PostgreSQL half of the integration tests is skipped.`;
  } else {
    const name = `plenary_test_${process.pid}_${Date.now().toString(36)}`;
    await adminQuery(`CREATE DATABASE "${name}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    databases.push({ name: "postgresql", url: url.toString() });
    dropReal = () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
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
