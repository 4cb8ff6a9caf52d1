import { describeEachDatabase } from "@plenary/db/testing";
import { TRPCError } from "@trpc/server";
import { verifyPassword } from "better-auth/crypto";
import { beforeAll, expect, it } from "vitest";
import { callersFor } from "../test-callers";

type Callers = Awaited<ReturnType<typeof callersFor>>;

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
  throw new Error("expected the call to fail");
}

describeEachDatabase("user procedures", (fixture) => {
  let callers: Callers;

  beforeAll(async () => {
    callers = await callersFor(fixture.db);
  });

  async function sessionFor(userId: string) {
    return fixture.db.session.create({
      data: {
        userId,
        token: `token-${Math.random().toString(36).slice(2)}`,
        expiresAt: new Date(Date.now() + 3_600_000),
      },
    });
  }

  it("creates a user whose password better-auth's sign-in accepts (scrypt), never returning the hash", async () => {
    const created = await callers.admin.user.create({
      email: "Ada@Example.org",
      name: "Ada Lovelace",
      role: "editor",
      password: "correct horse battery",
    });
    expect(created).toMatchObject({ email: "ada@example.org", role: "editor", disabledAt: null });
    expect(JSON.stringify(created)).not.toContain("password");
    const account = await fixture.db.account.findFirstOrThrow({
      where: { userId: created.id, providerId: "credential" },
    });
    expect(account.password).not.toContain("correct horse");
    expect(await verifyPassword({ hash: account.password!, password: "correct horse battery" })).toBe(true);
    expect((await callers.admin.user.list()).map((u) => u.email)).toContain("ada@example.org");
  });

  it("refuses a second user with the same email and a short password, at the field", async () => {
    const duplicate = callers.admin.user.create({
      email: "ada@example.org",
      name: "Other",
      role: "viewer",
      password: "another long password",
    });
    expect(await codeOf(duplicate)).toBe("BAD_REQUEST");
    const short = await callers.admin.user
      .create({ email: "short@example.org", name: "Short", role: "viewer", password: "short" })
      .catch((error: TRPCError) => error);
    expect(short).toBeInstanceOf(TRPCError);
    expect((short as TRPCError).code).toBe("BAD_REQUEST");
    expect(JSON.stringify((short as TRPCError).cause)).toContain("password");
  });

  it("changes a role, disables (ending sessions) and enables a user", async () => {
    const user = await callers.admin.user.create({
      email: "bo@example.org",
      name: "Bo",
      role: "viewer",
      password: "a long enough password",
    });
    expect((await callers.admin.user.setRole({ id: user.id, role: "editor" })).role).toBe("editor");
    await sessionFor(user.id);
    expect((await callers.admin.user.list()).find((u) => u.id === user.id)?.activeSessions).toBe(1);
    const disabled = await callers.admin.user.setDisabled({ id: user.id, disabled: true });
    expect(disabled.disabledAt).toBeInstanceOf(Date);
    expect(disabled.activeSessions).toBe(0);
    expect(await fixture.db.session.count({ where: { userId: user.id } })).toBe(0);
    expect((await callers.admin.user.setDisabled({ id: user.id, disabled: false })).disabledAt).toBeNull();
  });

  it("resets a password and ends the user's sessions", async () => {
    const user = await callers.admin.user.create({
      email: "cy@example.org",
      name: "Cy",
      role: "viewer",
      password: "the first password",
    });
    await sessionFor(user.id);
    await callers.admin.user.resetPassword({ id: user.id, password: "the second password" });
    const account = await fixture.db.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(await verifyPassword({ hash: account.password!, password: "the second password" })).toBe(true);
    expect(await verifyPassword({ hash: account.password!, password: "the first password" })).toBe(false);
    expect(await fixture.db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("keeps admins from demoting or disabling themselves, and names unknown users", async () => {
    const me = await callers.admin.user.me();
    expect(await codeOf(callers.admin.user.setRole({ id: me!.id, role: "viewer" }))).toBe("BAD_REQUEST");
    expect(await codeOf(callers.admin.user.setDisabled({ id: me!.id, disabled: true }))).toBe("BAD_REQUEST");
    expect(await codeOf(callers.admin.user.setRole({ id: "cnosuchuser00000", role: "viewer" }))).toBe(
      "NOT_FOUND",
    );
  });

  it("tells each signed-in user who they are", async () => {
    expect(await callers.viewer.user.me()).toMatchObject({ role: "viewer" });
    expect(await codeOf(callers.anonymous.user.me())).toBe("UNAUTHORIZED");
  });
});
