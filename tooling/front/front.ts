// `pnpm front`: Plenary as it runs in production, on this machine. The database (DATABASE_URL, else the embedded
// one, as `pnpm start`), two web instances sharing their page cache through Redis, the admin, and nginx in front of
// them (nginx.conf.template): the site on PLENARY_FRONT_PORT (8080), the admin on PLENARY_ADMIN_FRONT_PORT (8081).
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freePort, outputOf, startNext, stopServer, waitUntilServing } from "../testing/next-server";
import { openDatabase } from "./database";
import { nginxBinary, startFront } from "./nginx";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const frontPort = Number(process.env.PLENARY_FRONT_PORT || 8080);
const adminFrontPort = Number(process.env.PLENARY_ADMIN_FRONT_PORT || 8081);
const webInstances = Number(process.env.PLENARY_WEB_INSTANCES || 2);
const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379";
/** The front's instances keep their pages under a prefix of their own in the (possibly shared) Redis. */
const redisKeyPrefix = process.env.REDIS_KEY_PREFIX || "plenary:front:";

async function main() {
  nginxBinary();
  for (const app of ["web", "admin"]) {
    if (!fs.existsSync(path.join(repoRoot, "apps", app, ".next/BUILD_ID"))) {
      throw new Error(`No production build of apps/${app}: run pnpm build first.`);
    }
  }
  const database = await openDatabase();
  const url = database.url;
  const stopDatabase = database.stop;

  const siteUrl = process.env.PUBLIC_SITE_URL || `http://localhost:${frontPort}`;
  const shared = {
    DATABASE_URL: url,
    PUBLIC_SITE_URL: siteUrl,
    PLENARY_REVALIDATE_SECRET:
      process.env.PLENARY_REVALIDATE_SECRET || `${crypto.randomUUID()}${crypto.randomUUID()}`,
    // nginx on loopback sets X-Forwarded-For and X-Forwarded-Proto; the apps trust them from there only.
    PLENARY_TRUSTED_PROXIES: process.env.PLENARY_TRUSTED_PROXIES || "loopback",
  };
  const children: ChildProcess[] = [];
  let front: Awaited<ReturnType<typeof startFront>> | undefined = undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await front?.stop();
    await Promise.all(children.map(stopServer));
    await stopDatabase();
    process.exit(code);
  };
  process.once("SIGINT", () => void stop(0));
  process.once("SIGTERM", () => void stop(0));

  const webPorts: number[] = [];
  for (let i = 0; i < webInstances; i++) {
    const port = await freePort();
    webPorts.push(port);
    children.push(
      startNext(path.join(repoRoot, "apps/web"), port, {
        ...shared,
        REDIS_URL: redisUrl,
        REDIS_KEY_PREFIX: redisKeyPrefix,
      }),
    );
  }
  const adminPort = await freePort();
  const admin = startNext(
    path.join(repoRoot, "apps/admin"),
    adminPort,
    {
      ...shared,
      // The admin tells the site which pages a publish made stale through the front: any instance will do, the
      // cache is shared.
      PLENARY_WEB_URL: `http://127.0.0.1:${frontPort}`,
      BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET || database.authSecret(),
    },
    { serverScript: "server.ts" },
  );
  children.push(admin);
  for (const child of children) {
    child.once("exit", (code) => {
      if (!stopping) console.error(`A server stopped (${code}):\n${outputOf(child)}`);
      void stop(code ?? 1);
    });
  }
  await Promise.all([
    ...webPorts.map((port, i) =>
      waitUntilServing(`web instance ${i + 1}`, children[i]!, `http://127.0.0.1:${port}/api/health`),
    ),
    waitUntilServing("the admin", admin, `http://127.0.0.1:${adminPort}/sign-in`),
  ]);
  front = await startFront({
    webServers: webPorts.map((port) => `127.0.0.1:${port}`),
    adminServer: `127.0.0.1:${adminPort}`,
    port: frontPort,
    adminPort: adminFrontPort,
  });
  front.process.once("exit", (code) => void stop(code ?? 1));
  console.log(
    [
      "",
      "Plenary behind its production front (nginx):",
      `  public site  http://localhost:${frontPort}   (web instances on ports ${webPorts.join(", ")}, Redis ${redisUrl}, keys under ${redisKeyPrefix})`,
      `  admin        http://localhost:${adminFrontPort}   (admin on port ${adminPort})`,
      `  request log  ${front.accessLog}`,
      "",
    ].join("\n"),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
