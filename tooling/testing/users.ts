import { spawn } from "node:child_process";
import { randomInt } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { adminUrl, databaseUrl } from "./apps";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface TestUser {
  email: string;
  name: string;
  role: "admin" | "editor" | "viewer";
  password: string;
}

let counter = 0;

/** A user with a unique email (tests share one database), not yet created. */
export function newTestUser(role: TestUser["role"], name = `Test ${role}`): TestUser {
  counter += 1;
  const unique = `${Date.now().toString(36)}${counter}`;
  return { email: `${role}-${unique}@example.org`, name, role, password: `a long test password ${unique}` };
}

/**
 * Creates the user with the real `pnpm admin:create-user`, non-interactively (password on standard input), on the
 * database the apps serve. Resolves with what the command printed; rejects with its output when it fails.
 */
export function createUserWithCli(user: TestUser): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      "pnpm",
      [
        "--silent",
        "admin:create-user",
        "--email",
        user.email,
        "--name",
        user.name,
        "--role",
        user.role,
        "--password-stdin",
      ],
      {
        cwd: repoRoot,
        env: { ...process.env, DATABASE_URL: databaseUrl() },
        stdio: ["pipe", "pipe", "pipe"],
      },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve(output) : reject(new Error(`pnpm admin:create-user exited ${code}:\n${output}`)),
    );
    child.stdin.end(`${user.password}\n`);
  });
}

let address = 0;
/** Random per test file: addresses must not repeat across files, or one file's lockout would hit another's. */
const network = `10.${randomInt(256)}.${randomInt(256)}`;

/**
 * A page in a fresh browser context (its own cookies), seen by the admin as coming from its own client address
 * (X-Forwarded-For, as a reverse proxy would send it), so that per-address sign-in limits of one test do not
 * spill into another.
 */
export async function newIsolatedPage(browser: Browser): Promise<Page> {
  address += 1;
  const context = await browser.newContext({
    extraHTTPHeaders: { "x-forwarded-for": `${network}.${address % 256}` },
  });
  return context.newPage();
}

/** Fills in the sign-in form the page shows and submits it; does not wait for the outcome. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in through the sign-in page and waits until the admin shows the signed-in user. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${adminUrl()}/sign-in`);
  await submitSignIn(page, email, password);
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  await page.getByRole("button", { name: "Sign out" }).waitFor();
}
