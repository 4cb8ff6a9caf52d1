import net from "node:net";
import { databaseUrl, readDbEnv, resolveDataDir } from "../env";
import type { DbEnv } from "../env";
import { startEmbeddedServer } from "./embedded-server";

function isListening(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * Gives a command a database for its duration: DATABASE_URL when set; else the embedded server if one is already
 * running (e.g. under `pnpm start`); else an embedded server started just for this command.
 */
export async function withDatabaseUrl<T>(
  fn: (url: string) => Promise<T>,
  env: DbEnv = readDbEnv(),
): Promise<T> {
  if (env.DATABASE_URL || (await isListening(env.PLENARY_DB_PORT))) return fn(databaseUrl(env));
  const server = await startEmbeddedServer({
    dataDir: resolveDataDir(env.PLENARY_DATA_DIR),
    port: env.PLENARY_DB_PORT,
  });
  try {
    return await fn(server.url);
  } finally {
    await server.stop();
  }
}
