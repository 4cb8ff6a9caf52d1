// pnpm admin:create-user — creates a user who signs in with email + password (the first admin, typically).
//
//   pnpm admin:create-user                                  asks for everything
//   echo "$PASSWORD" | pnpm admin:create-user --email a@example.org --name "Ada" --role admin --password-stdin
//
// There is no default password: it is typed (hidden) or read from standard input, never from a flag, so that it
// stays out of shell history and process listings.
import readline from "node:readline";
import { parseArgs } from "node:util";
import { createDb, createRepositories, isUniqueViolation } from "@plenary/db";
import { withDatabaseUrl } from "@plenary/db/embedded";
import { applyMigrations } from "@plenary/db/migrate";
import { NewPassword, UserRole } from "@plenary/domain";
import { hashPassword } from "better-auth/crypto";
import { z } from "zod";

const USAGE = `Usage: pnpm admin:create-user [--email <email>] [--name <name>] [--role admin|editor|viewer] [--password-stdin]
Asks for what is missing. Without a terminal, pass every option and the password on standard input.`;

const Email = z.email({ error: "Not an email address." }).transform((email) => email.toLowerCase());
const Name = z.string().trim().min(1, { error: "Enter a name." }).max(200);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** A flag's value, or exit naming the flag and what is wrong with it. */
function fromFlag<T>(flag: string, schema: z.ZodType<T>, value: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) fail(`--${flag}: ${parsed.error.issues[0]?.message ?? "invalid value."}`);
  return parsed.data;
}

async function readStdin(): Promise<string> {
  let text = "";
  for await (const chunk of process.stdin) text += String(chunk);
  return text.replace(/\r?\n$/, "");
}

function ask(question: string, hidden = false): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  if (hidden) {
    // Echo nothing while the password is typed.
    (rl as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = (text: string) => {
      if (text.startsWith(question)) process.stdout.write(question);
    };
  }
  return new Promise((resolve) =>
    rl.question(question, (answer) => {
      rl.close();
      if (hidden) process.stdout.write("\n");
      resolve(answer);
    }),
  );
}

/** Asks until the answer is valid. */
async function askValid<T>(question: string, schema: z.ZodType<T>, hidden = false): Promise<T> {
  for (;;) {
    const parsed = schema.safeParse(await ask(question, hidden));
    if (parsed.success) return parsed.data;
    console.error(`  ${parsed.error.issues[0]?.message ?? "Invalid value."}`);
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      "password-stdin": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    allowPositionals: false,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const interactive = process.stdin.isTTY && !values["password-stdin"];
  const missing = (["email", "name"] as const).filter((key) => values[key] === undefined);
  if (!interactive && (missing.length || !values["password-stdin"])) {
    fail(
      `Not a terminal: pass ${[...missing.map((key) => `--${key}`), "--password-stdin"].join(", ")}.\n${USAGE}`,
    );
  }

  const email =
    values.email !== undefined ? fromFlag("email", Email, values.email) : await askValid("Email: ", Email);
  const name =
    values.name !== undefined ? fromFlag("name", Name, values.name) : await askValid("Name: ", Name);
  const role: UserRole =
    values.role !== undefined
      ? fromFlag("role", UserRole, values.role)
      : interactive
        ? await askValid(
            "Role (admin, editor, viewer) [admin]: ",
            z.preprocess((value) => value || "admin", UserRole),
          )
        : "admin";

  let password: string;
  if (values["password-stdin"]) {
    password = await readStdin();
    const problem = NewPassword.safeParse(password);
    if (!problem.success) fail(`Password: ${problem.error.issues[0]?.message}.`);
  } else {
    for (;;) {
      password = await askValid("Password (hidden): ", NewPassword, true);
      if ((await ask("Password again: ", true)) === password) break;
      console.error("  The two passwords differ.");
    }
  }

  await withDatabaseUrl(async (url) => {
    await applyMigrations(url);
    const db = createDb(url);
    try {
      // No signed-in user made it: the audit log names the command instead.
      const user = await createRepositories(db).users.create(
        { email, name, role, passwordHash: await hashPassword(password) },
        { authorId: null, via: "cli" },
      );
      console.log(`Created ${user.role} ${user.email}: sign in to the admin with this email and password.`);
    } catch (error) {
      if (isUniqueViolation(error))
        fail(
          `A user with the email ${email} already exists: an admin can reset their password on the users page.`,
        );
      throw error;
    } finally {
      await db.$disconnect();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
