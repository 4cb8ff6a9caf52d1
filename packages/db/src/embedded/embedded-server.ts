import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedServerOptions {
  /** A directory for the data, or undefined for a throwaway in-memory database. */
  dataDir?: string;
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** PGlite runs one transaction at a time; more connections just queue, but let several clients connect. */
  maxConnections?: number;
}

export interface EmbeddedServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export class EmbeddedServerError extends Error {}

const LOCK_FILE = "plenary-server.lock";

interface LockContent {
  pid: number;
  port: number;
  startedAt: string;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * PGlite must never be opened by two processes at once: it would corrupt the data. A lock file with the owner's
 * pid refuses a second server on the same directory, and a stale lock (its process gone) is taken over.
 */
function acquireLock(dataDir: string, port: number): () => void {
  const lockPath = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const content: LockContent = { pid: process.pid, port, startedAt: new Date().toISOString() };
      fs.writeFileSync(lockPath, JSON.stringify(content), { flag: "wx" });
      return () => fs.rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readLock(lockPath);
      if (holder && isProcessAlive(holder.pid)) {
        throw new EmbeddedServerError(
          `The embedded database in ${dataDir} is already served by process ${holder.pid} on port ${holder.port} ` +
            `(since ${holder.startedAt}). Use that server (PLENARY_DB_PORT=${holder.port}), stop it, ` +
            `or choose another directory with PLENARY_DATA_DIR.`,
        );
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new EmbeddedServerError(`Could not take the lock ${lockPath}.`);
}

function readLock(lockPath: string): LockContent | null {
  try {
    return JSON.parse(fs.readFileSync(lockPath, "utf8")) as LockContent;
  } catch {
    return null;
  }
}

async function findFreePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

async function assertPortFree(host: string, port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new EmbeddedServerError(
              `Port ${port} on ${host} is already in use, so the embedded database cannot be served there. ` +
                `Set PLENARY_DB_PORT to a free port, or DATABASE_URL to use a running PostgreSQL.`,
            )
          : error,
      ),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/** Serves PGlite on loopback so that several processes (web, admin, CLI) share one embedded database. */
export async function startEmbeddedServer(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const host = options.host ?? "127.0.0.1";
  const port = options.port === 0 ? await findFreePort(host) : options.port;
  await assertPortFree(host, port);

  let releaseLock = () => {};
  if (options.dataDir) {
    fs.mkdirSync(options.dataDir, { recursive: true });
    releaseLock = acquireLock(options.dataDir, port);
  }
  try {
    const db = await PGlite.create(options.dataDir ?? "memory://", { extensions: { pg_trgm, unaccent } });
    const server = new PGLiteSocketServer({ db, port, host, maxConnections: options.maxConnections ?? 32 });
    await server.start();
    return {
      url: `postgresql://postgres:postgres@${host}:${port}/postgres?sslmode=disable`,
      port,
      async stop() {
        await server.stop();
        await db.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}
