// The admin's server: Next's request handler behind a plain Node HTTP server, so that the app learns the client's
// address from the socket (Next alone only passes on X-Forwarded-For, which any client can send). Run by
// `pnpm --filter @plenary/admin start` / `dev`; options: --dev, --port N (or PORT), --hostname H.
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { env } from "./src/env";
import { resolveAuthSecret } from "./src/server/auth-secret";
import { parseProxyTrust, resolveForwarding } from "./src/server/client-address";

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
createServer((req, res) => {
  resolveForwarding(req, trust);
  void handle(req, res);
}).listen(port, values.hostname, () => {
  console.log(`Plenary admin ready on http://${values.hostname ?? "localhost"}:${port}`);
});
