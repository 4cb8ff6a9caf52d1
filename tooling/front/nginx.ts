// Runs the production front (nginx.conf.template) as a child process: its own prefix directory under the system's
// temporary directory (configuration, pid, logs, caches), listening on the ports it is given, never daemonised and
// never the machine's nginx service. Used by `pnpm front`, the front's test and `pnpm bench`.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export const TEMPLATE_FILE = path.join(import.meta.dirname, "nginx.conf.template");

export interface FrontOptions {
  /** host:port of each web instance (two or more in production). */
  webServers: string[];
  /** host:port of the admin. */
  adminServer: string;
  /** Port of the public site, and of the admin, on 127.0.0.1. */
  port: number;
  adminPort: number;
}

export interface RunningFront {
  url: string;
  adminUrl: string;
  /** The prefix directory: nginx.conf, access.log (one JSON object per request), caches. */
  prefix: string;
  accessLog: string;
  process: ChildProcess;
  /** Stops nginx and removes its prefix directory. */
  stop(): Promise<void>;
}

/** The template with its ${PLENARY_…} placeholders replaced, as `envsubst` would; every placeholder must be given. */
export function renderTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\$\{(PLENARY_[A-Z_]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for \${${name}} in the nginx template`);
    return value;
  });
}

export function frontConfig(options: FrontOptions): string {
  if (!options.webServers.length) throw new Error("The front needs at least one web instance");
  return renderTemplate(fs.readFileSync(TEMPLATE_FILE, "utf8"), {
    PLENARY_FRONT_LISTEN: `127.0.0.1:${options.port}`,
    PLENARY_ADMIN_FRONT_LISTEN: `127.0.0.1:${options.adminPort}`,
    PLENARY_WEB_SERVERS: options.webServers.map((server) => `server ${server};`).join(" "),
    PLENARY_ADMIN_SERVER: `server ${options.adminServer};`,
  });
}

/** nginx from PLENARY_NGINX, the PATH or Debian's /usr/sbin; an error that says how to install it otherwise. */
export function nginxBinary(): string {
  const candidates = [process.env.PLENARY_NGINX, "nginx", "/usr/sbin/nginx"].filter(Boolean) as string[];
  for (const candidate of candidates) {
    try {
      execFileSync(candidate, ["-v"], { stdio: "ignore" });
      return candidate;
    } catch {
      // not this one
    }
  }
  throw new Error(
    "nginx was not found: install it (Debian: apt-get install nginx-light) or set PLENARY_NGINX to its path.",
  );
}

/**
 * Writes `config` into a fresh prefix directory and runs nginx on it in the foreground (a child of this process,
 * in its own process group), resolving once it accepts connections on `ports`.
 */
export async function startNginx(
  config: string,
  ports: number[],
  name = "plenary-front",
): Promise<RunningNginx> {
  const binary = nginxBinary();
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  // Run as root, nginx's workers run as an unprivileged user: they must reach the caches under the prefix.
  fs.chmodSync(prefix, 0o755);
  fs.mkdirSync(path.join(prefix, "temp"));
  fs.mkdirSync(path.join(prefix, "cache"));
  const configFile = path.join(prefix, "nginx.conf");
  fs.writeFileSync(configFile, config);
  const args = ["-p", `${prefix}/`, "-c", configFile, "-e", "stderr", "-g", "daemon off;"];
  // Refuse a broken configuration with nginx's own message before starting.
  try {
    execFileSync(binary, [...args, "-t", "-q"], { stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    fs.rmSync(prefix, { recursive: true, force: true });
    throw new Error(`nginx refused the configuration:\n${(error as { stderr?: Buffer }).stderr?.toString()}`);
  }
  const child = spawn(binary, args, { detached: true, stdio: ["ignore", "inherit", "pipe"] });
  const errors: string[] = [];
  child.stderr?.on("data", (chunk: Buffer) => {
    errors.push(chunk.toString());
    if (errors.length > 100) errors.shift();
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      // SIGQUIT: finish the requests in flight, then exit.
      child.kill("SIGQUIT");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(prefix, { recursive: true, force: true });
  };
  try {
    for (const port of ports) await waitForPort(port, child, errors);
  } catch (error) {
    await stop();
    throw error;
  }
  return { prefix, process: child, stop, errors };
}

export interface RunningNginx {
  prefix: string;
  process: ChildProcess;
  stop(): Promise<void>;
  /** What nginx wrote to its error log (standard error) lately. */
  errors: string[];
}

/** The front over the given instances, on the given ports. */
export async function startFront(options: FrontOptions): Promise<RunningFront> {
  const nginx = await startNginx(frontConfig(options), [options.port, options.adminPort]);
  return {
    ...nginx,
    url: `http://127.0.0.1:${options.port}`,
    adminUrl: `http://127.0.0.1:${options.adminPort}`,
    accessLog: path.join(nginx.prefix, "access.log"),
  };
}

async function waitForPort(port: number, child: ChildProcess, errors: string[]): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`nginx exited (${child.exitCode ?? child.signalCode}):\n${errors.join("")}`);
    }
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nginx did not listen on port ${port} within 10 s:\n${errors.join("")}`);
}
