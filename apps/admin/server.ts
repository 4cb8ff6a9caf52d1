// The admin's server: Next's request handler behind a plain Node HTTP server, so that the app learns the client's
// address from the socket (Next alone only passes on X-Forwarded-For, which any client can send). Run by
// `pnpm --filter @plenary/admin start` / `dev`; options: --dev, --port N (or PORT), --hostname H.
import { createServer, type IncomingMessage } from "node:http";
import { parseArgs } from "node:util";
import { env } from "./src/env";
import { resolveAuthSecret } from "./src/server/auth-secret";
import { CLIENT_ADDRESS_HEADER, parseProxyTrust, resolveForwarding } from "./src/server/client-address";

const { values } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    port: { type: "string" },
    hostname: { type: "string" },
  },
});
// Refuse to start without a strong secret in production (rather than on the first sign-in). Elsewhere, a missing
// one is made up for this process and handed to the app through its environment (env.ts reads it there).
try {
  process.env.BETTER_AUTH_SECRET = resolveAuthSecret(env.BETTER_AUTH_SECRET, env.NODE_ENV);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
if (!env.BETTER_AUTH_SECRET) {
  console.warn("No BETTER_AUTH_SECRET: using a random one for this process; sessions end when it stops.");
}
const port = Number(values.port ?? env.PORT);
const trust = parseProxyTrust(env.PLENARY_TRUSTED_PROXIES);
// Loaded only once the settings are known to be good.
const { default: next } = await import("next");
const app = next({ dev: values.dev, dir: import.meta.dirname, hostname: values.hostname, port });
const handle = app.getRequestHandler();

await app.prepare();
const server = createServer((req, res) => {
  const started = performance.now();
  resolveForwarding(req, trust);
  res.once("finish", () => logRequest(req, res.statusCode, performance.now() - started));
  void handle(req, res);
}).listen(port, values.hostname, () => {
  console.log(`Plenary admin ready on http://${values.hostname ?? "localhost"}:${port}`);
});

// Graceful shutdown (a deploy or the launcher stopping it): stop accepting connections, let the requests in flight
// finish — a save answers, its transaction and its refresh of the site complete — then close Next and exit. A request
// that hangs does not hold the process for ever: after SHUTDOWN_GRACE_MS it exits anyway (an unfinished transaction
// is rolled back by PostgreSQL, so nothing is half-written). The server runs as `node --import tsx server.ts`, never
// under the tsx command: that wrapper relays SIGTERM, and when a busy server did not acknowledge it within 60 ms it
// killed the server outright (SIGKILL, exit 143), dropping the requests in flight.
const SHUTDOWN_GRACE_MS = 10_000;
let stopping = false;
function shutDown(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  console.log(JSON.stringify({ event: "shutdown", signal, time: new Date().toISOString() }));
  setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
  server.close(() => {
    void app.close().finally(() => process.exit(0));
  });
  server.closeIdleConnections();
}
process.on("SIGTERM", shutDown);
process.on("SIGINT", shutDown);

/** One JSON object per request on standard output: what a log collector indexes (no query strings, no cookies). */
function logRequest(req: IncomingMessage, status: number, durationMs: number) {
  if (req.url?.startsWith("/_next/")) return;
  console.log(
    JSON.stringify({
      time: new Date().toISOString(),
      method: req.method,
      path: (req.url ?? "").split("?")[0],
      status,
      durationMs: Math.round(durationMs),
      client: req.headers[CLIENT_ADDRESS_HEADER],
    }),
  );
}
