import "server-only";
import { getDb } from "@plenary/db";
import { createClient } from "@redis/client";
import { env } from "~/env";
import { readiness, TIMEOUT_MS, type Readiness } from "~/lib/readiness";

/** This instance's readiness: its database, and the shared page cache when REDIS_URL is set. */
export function thisInstanceReadiness(): Promise<Readiness> {
  const redisUrl = env.REDIS_URL;
  return readiness({
    database: () => getDb().$queryRaw`SELECT 1`,
    cache: redisUrl ? () => pingRedis(redisUrl) : null,
  });
}
async function pingRedis(url: string): Promise<void> {
  const client = createClient({ url, socket: { connectTimeout: TIMEOUT_MS, reconnectStrategy: false } });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.ping();
  } finally {
    client.destroy();
  }
}
