import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRepositories } from "@plenary/db";
import { describeEachDatabase } from "@plenary/db/testing";
import { beforeAll, expect, it } from "vitest";
import { callersFor } from "../test-callers";
import { trpcError } from "../test-errors";

type Callers = Awaited<ReturnType<typeof callersFor>>;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
/** The only fields a user revision may hold. */
const SAFE_FIELDS = ["disabled", "email", "name", "role", "twoFactorEnabled"];

const codeOf = async (promise: Promise<unknown>) => (await trpcError(promise)).code;

/** `pnpm admin:create-user` against the test database, the password on standard input. */
function createUserWithCli(url: string, email: string, password: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      "pnpm",
      [
        "--silent",
        "admin:create-user",
        "--email",
        email,
        "--name",
        "Cli User",
        "--role",
        "editor",
        "--password-stdin",
      ],
      {
        cwd: repoRoot,
        env: { ...process.env, DATABASE_URL: url },
        stdio: ["pipe", "pipe", "pipe"],
      },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`admin:create-user exited ${code}:\n${output}`)),
    );
    child.stdin.end(`${password}\n`);
  });
}

describeEachDatabase("user management in the audit log", (fixture) => {
  let callers: Callers;
  let adminId: string;

  beforeAll(async () => {
    callers = await callersFor(fixture.db);
    adminId = (await callers.admin.user.me())!.id;
  });

  const revisionsOf = (userId: string) =>
    fixture.db.revision.findMany({
      where: { entityType: "user", entityId: userId },
      orderBy: { version: "asc" },
    });

  /** Runs one action and returns the single revision it stored for the user, checking that it holds no secret. */
  async function onlyNewRevision(userId: string, action: () => Promise<unknown>) {
    const before = await revisionsOf(userId);
    await action();
    const after = await revisionsOf(userId);
    expect(after).toHaveLength(before.length + 1);
    const revision = after.at(-1)!;
    const accounts = await fixture.db.account.findMany({ where: { userId } });
    const stored = JSON.stringify([revision.before, revision.after]);
    for (const account of accounts) if (account.password) expect(stored).not.toContain(account.password);
    for (const snapshot of [revision.before, revision.after]) {
      if (snapshot) expect(Object.keys(snapshot as object).sort()).toEqual(SAFE_FIELDS);
    }
    return revision;
  }

  it("records each admin action once, with the admin as author and the safe fields before and after", async () => {
    const password = "a first secret password";
    const user = await callers.admin.user.create({
      email: "audit@example.org",
      name: "Audited",
      role: "viewer",
      password,
    });
    const id = user.id;
    const [first, ...rest] = await revisionsOf(id);
    expect(rest).toHaveLength(0);
    expect(first).toMatchObject({
      authorId: adminId,
      action: "created",
      version: 1,
      via: null,
      before: null,
    });
    expect(first!.after).toEqual({
      email: "audit@example.org",
      name: "Audited",
      role: "viewer",
      disabled: false,
      twoFactorEnabled: false,
    });
    expect(JSON.stringify(first)).not.toContain(password);

    const role = await onlyNewRevision(id, () => callers.admin.user.setRole({ id, role: "editor" }));
    expect(role).toMatchObject({ authorId: adminId, action: "role_changed", version: 2 });
    expect(role.before).toMatchObject({ role: "viewer" });
    expect(role.after).toMatchObject({ role: "editor" });

    const disabled = await onlyNewRevision(id, () => callers.admin.user.setDisabled({ id, disabled: true }));
    expect(disabled).toMatchObject({ authorId: adminId, action: "disabled" });
    expect([disabled.before, disabled.after]).toMatchObject([{ disabled: false }, { disabled: true }]);

    const enabled = await onlyNewRevision(id, () => callers.admin.user.setDisabled({ id, disabled: false }));
    expect(enabled).toMatchObject({ authorId: adminId, action: "enabled" });
    expect([enabled.before, enabled.after]).toMatchObject([{ disabled: true }, { disabled: false }]);

    const newPassword = "the password an admin set";
    const reset = await onlyNewRevision(id, () =>
      callers.admin.user.resetPassword({ id, password: newPassword }),
    );
    expect(reset).toMatchObject({ authorId: adminId, action: "password_reset" });
    expect(JSON.stringify(reset)).not.toContain(newPassword);
    expect(reset.after).toEqual(reset.before);

    const ended = await onlyNewRevision(id, () =>
      createRepositories(fixture.db).users.endSessions(id, { authorId: adminId }),
    );
    expect(ended).toMatchObject({ authorId: adminId, action: "sessions_revoked" });
  });

  it("writes nothing when the action is refused", async () => {
    const user = await callers.admin.user.create({
      email: "refused@example.org",
      name: "Refused",
      role: "viewer",
      password: "long enough password",
    });
    const count = (await revisionsOf(user.id)).length;
    expect(await codeOf(callers.editor.user.setRole({ id: user.id, role: "admin" }))).toBe("FORBIDDEN");
    expect(await codeOf(callers.admin.user.setRole({ id: adminId, role: "viewer" }))).toBe("BAD_REQUEST");
    expect(
      await codeOf(
        callers.admin.user.create({
          email: "refused@example.org",
          name: "Again",
          role: "viewer",
          password: "long enough password",
        }),
      ),
    ).toBe("BAD_REQUEST");
    expect(await revisionsOf(user.id)).toHaveLength(count);
    expect(await fixture.db.revision.count({ where: { entityType: "user", entityId: adminId } })).toBe(0);
  });

  it("records a user made with pnpm admin:create-user as made by the command line", async () => {
    const password = "a password read from stdin";
    await createUserWithCli(fixture.database.url, "cli-made@example.org", password);
    const user = await fixture.db.user.findUniqueOrThrow({ where: { email: "cli-made@example.org" } });
    const revisions = await revisionsOf(user.id);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ authorId: null, via: "cli", action: "created", version: 1 });
    expect(revisions[0]!.after).toEqual({
      email: "cli-made@example.org",
      name: "Cli User",
      role: "editor",
      disabled: false,
      twoFactorEnabled: false,
    });
    expect(JSON.stringify(revisions[0])).not.toContain(password);
  }, 120_000);

  it("shows admins the user entries in the audit log, readably, filtered by kind", async () => {
    const user = await callers.admin.user.create({
      email: "shown@example.org",
      name: "Shown",
      role: "viewer",
      password: "long enough password",
    });
    await callers.admin.user.setRole({ id: user.id, role: "editor" });
    const log = await callers.admin.audit.list({ entityType: "user", limit: 200 });
    expect(log.items.every((entry) => entry.entityType === "user")).toBe(true);
    const mine = log.items.filter((entry) => entry.entityId === user.id);
    expect(mine.map((entry) => entry.action)).toEqual(["role_changed", "created"]);
    expect(mine[0]).toMatchObject({
      label: "Shown <shown@example.org>",
      detail: "role: viewer → editor",
      author: { id: adminId },
    });
    const history = await callers.admin.revision.list({ entityType: "user", entityId: user.id });
    expect(history.map((entry) => entry.version)).toEqual([2, 1]);
    const diff = await callers.admin.revision.diff({ toId: history[0]!.id });
    expect(diff.changes).toEqual([{ path: ["role"], before: "viewer", after: "editor" }]);
  });

  it("keeps user entries from non-admins, and never restores an account from them", async () => {
    const user = await callers.admin.user.create({
      email: "private@example.org",
      name: "Private",
      role: "viewer",
      password: "long enough password",
    });
    const [entry] = await callers.admin.revision.list({ entityType: "user", entityId: user.id });
    for (const caller of [callers.viewer, callers.editor]) {
      expect(await codeOf(caller.audit.list({ entityType: "user" }))).toBe("FORBIDDEN");
      expect(await codeOf(caller.audit.list())).toBe("FORBIDDEN");
      expect(await codeOf(caller.revision.list({ entityType: "user", entityId: user.id }))).toBe("FORBIDDEN");
      expect(await codeOf(caller.revision.diff({ toId: entry!.id }))).toBe("FORBIDDEN");
    }
    expect(await codeOf(callers.anonymous.revision.list({ entityType: "user", entityId: user.id }))).toBe(
      "UNAUTHORIZED",
    );
    expect(await codeOf(callers.admin.revision.restore({ revisionId: entry!.id, version: 1 }))).toBe(
      "BAD_REQUEST",
    );
    expect(await revisionsOf(user.id)).toHaveLength(1);
  });
});
