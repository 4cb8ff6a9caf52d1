import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";

// Starting and stopping built Next apps (`next start`) for tests: the global set-up's two apps, and tests that need
// instances of their own (several web instances sharing one cache, an instance whose Redis goes away).

const START_TIMEOUT_MS = 60_000;
/** The last lines each server printed, shown when it fails to start. */
const outputs = new WeakMap<ChildProcess, string[]>();

/** `next start` of the app in `dir` on 127.0.0.1:`port`, in production mode, with `env` added to this process's. */
export function startNext(
  dir: string,
  port: number,
  env: Record<string, string>,
  options: { serverScript?: string } = {},
): ChildProcess {
  const listen = ["--port", String(port), "--hostname", "127.0.0.1"];
  // An app with a server of its own (the admin's server.ts) runs it instead of `next start`, as its `start` script
  // does: in one node process with tsx as its loader, so that SIGTERM reaches the server itself.
  const [command, args] = options.serverScript
    ? [process.execPath, ["--import", "tsx", options.serverScript, ...listen]]
    : [path.join(dir, "node_modules/.bin/next"), ["start", ...listen]];
  const child = spawn(command, args, {
    cwd: dir,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      PORT: String(port),
      ...env,
    },
    // Its own process group, so that stopping it stops next and every worker it forks.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  outputs.set(child, output);
  return child;
}

export async function waitUntilServing(name: string, child: ChildProcess, url: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let lastError = "";
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `${name} exited (${child.exitCode ?? child.signalCode}) before serving ${url}:\n${outputOf(child)}`,
      );
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000), redirect: "manual" });
      await response.arrayBuffer();
      if (response.status < 500) return;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `${name} did not answer at ${url} within ${START_TIMEOUT_MS / 1000} s (${lastError}):\n${outputOf(child)}`,
  );
}

/** What the server printed lately (the last 200 chunks). */
export function outputOf(child: ChildProcess): string {
  return (outputs.get(child) ?? []).join("").trim() || "(no output)";
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // the group is already gone
    }
  };
  signalGroup("SIGTERM");
  const timer = setTimeout(() => signalGroup("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("No free port")),
      );
    });
  });
}
