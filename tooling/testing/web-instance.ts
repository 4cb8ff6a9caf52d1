import type { ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { databaseUrl, revalidateSecret } from "./apps";
import { freePort, startNext, waitUntilServing } from "./next-server";

// One more instance of the public site for tests that need their own (several sharing one cache, a cache of
// another size): `next start` of the built apps/web on the tests' database, stopped with stopServer(child).

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../apps/web");

export interface WebInstance {
  url: string;
  child: ChildProcess;
}

/** A web instance on a free port, serving the global set-up's database, with `env` added to its settings. */
export async function startWebInstance(env: Record<string, string> = {}): Promise<WebInstance> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = startNext(webDir, port, {
    DATABASE_URL: databaseUrl(),
    PLENARY_REVALIDATE_SECRET: revalidateSecret(),
    ...env,
  });
  await waitUntilServing("a web instance", child, url);
  return { url, child };
}
