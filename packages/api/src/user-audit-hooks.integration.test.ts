// The user's own account changes go through better-auth: a real better-auth instance over the test database, with
// the hooks the admin installs (apps/admin/src/server/auth.ts), called the way the account page calls it.
import { createRepositories } from "@plenary/db";
import { describeEachDatabase } from "@plenary/db/testing";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { createAuthMiddleware } from "better-auth/api";
import { hashPassword } from "better-auth/crypto";
import { twoFactor } from "better-auth/plugins/two-factor";
import { beforeAll, expect, it } from "vitest";
import { totpCode } from "../../../tooling/testing/totp";
import { userAuditHooks } from "./user-audit-hooks";

const SAFE_FIELDS = ["disabled", "email", "name", "role", "twoFactorEnabled"];

describeEachDatabase("the user's own account changes in the audit log", (fixture) => {
  function createTestAuth() {
    const audit = userAuditHooks(createRepositories(fixture.db).users);
    return betterAuth({
      secret: "a-test-secret-of-at-least-32-characters-long",
      baseURL: "http://localhost:3001",
      database: prismaAdapter(fixture.db, { provider: "postgresql" }),
      emailAndPassword: { enabled: true, disableSignUp: true },
      rateLimit: { enabled: false },
      advanced: { database: { generateId: false } },
      databaseHooks: audit.databaseHooks,
      hooks: { after: createAuthMiddleware(async (ctx) => audit.afterEndpoint(ctx)) },
      plugins: [twoFactor({ issuer: "Plenary test" })],
    });
  }
  let auth: ReturnType<typeof createTestAuth>;

  beforeAll(() => {
    auth = createTestAuth();
  });

  /** A user made as an admin makes one (its "created" revision is the admin's), and a signed-in session. */
  async function signedInUser(email: string, password: string) {
    const users = createRepositories(fixture.db).users;
    const user = await users.create(
      { email, name: email.split("@")[0]!, role: "editor", passwordHash: await hashPassword(password) },
      { authorId: null, via: "test" },
    );
    const { headers } = await auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
    return { id: user.id, cookie: cookieFrom(headers) };
  }

  /** The cookie header a browser would send back after these response headers. */
  function cookieFrom(headers: Headers, previous = ""): string {
    const jar = new Map(
      previous ? previous.split("; ").map((pair) => pair.split("=") as [string, string]) : [],
    );
    for (const line of headers.getSetCookie()) {
      const [pair] = line.split(";");
      const index = pair!.indexOf("=");
      jar.set(pair!.slice(0, index), pair!.slice(index + 1));
    }
    return [...jar]
      .filter(([, value]) => value)
      .map(([name, value]) => `${name}=${value}`)
      .join("; ");
  }

  const revisionsOf = (userId: string) =>
    fixture.db.revision.findMany({
      where: { entityType: "user", entityId: userId },
      orderBy: { version: "asc" },
    });

  /** Runs one action and returns the one revision it added, after checking it holds nothing secret. */
  async function onlyNewRevision(userId: string, secrets: string[], action: () => Promise<unknown>) {
    const before = await revisionsOf(userId);
    await action();
    const after = await revisionsOf(userId);
    expect(after).toHaveLength(before.length + 1);
    const revision = after.at(-1)!;
    const stored = JSON.stringify(revision);
    const account = await fixture.db.account.findFirst({ where: { userId } });
    const factor = await fixture.db.twoFactor.findFirst({ where: { userId } });
    const sessions = await fixture.db.session.findMany({ where: { userId } });
    for (const secret of [
      ...secrets,
      account?.password,
      factor?.secret,
      factor?.backupCodes,
      ...sessions.map((s) => s.token),
    ]) {
      if (secret) expect(stored).not.toContain(secret);
    }
    for (const snapshot of [revision.before, revision.after])
      expect(Object.keys(snapshot as object).sort()).toEqual(SAFE_FIELDS);
    return revision;
  }

  it("records a password change once, by the user, even though it also ends their other sessions", async () => {
    const user = await signedInUser("changer@example.org", "the old password here");
    const revision = await onlyNewRevision(user.id, ["the old password here", "the new password here"], () =>
      auth.api.changePassword({
        body: {
          currentPassword: "the old password here",
          newPassword: "the new password here",
          revokeOtherSessions: true,
        },
        headers: new Headers({ cookie: user.cookie }),
      }),
    );
    expect(revision).toMatchObject({ authorId: user.id, action: "password_changed", via: null });
    expect(revision.after).toEqual(revision.before);
  });

  it("records nothing for a refused password change", async () => {
    const user = await signedInUser("wrong@example.org", "the right password");
    const count = (await revisionsOf(user.id)).length;
    await expect(
      auth.api.changePassword({
        body: { currentPassword: "not the password", newPassword: "another new password" },
        headers: new Headers({ cookie: user.cookie }),
      }),
    ).rejects.toThrow();
    expect(await revisionsOf(user.id)).toHaveLength(count);
  });

  it("records turning two-step sign-in on (when confirmed) and off, never the key or the backup codes", async () => {
    const password = "a password for totp";
    const user = await signedInUser("totp@example.org", password);
    const count = (await revisionsOf(user.id)).length;
    const setup = await auth.api.enableTwoFactor({
      body: { password },
      headers: new Headers({ cookie: user.cookie }),
    });
    if (setup.method !== "totp") throw new Error("expected a TOTP set-up");
    // Not on until the first code is confirmed: nothing recorded yet.
    expect(await revisionsOf(user.id)).toHaveLength(count);
    const key = new URL(setup.totpURI).searchParams.get("secret")!;

    let cookie = user.cookie;
    const on = await onlyNewRevision(user.id, [key, ...setup.backupCodes], async () => {
      const { headers } = await auth.api.verifyTOTP({
        body: { code: totpCode(key) },
        headers: new Headers({ cookie }),
        returnHeaders: true,
      });
      cookie = cookieFrom(headers, cookie);
    });
    expect(on).toMatchObject({ authorId: user.id, action: "two_factor_enabled" });
    expect([on.before, on.after]).toMatchObject([{ twoFactorEnabled: false }, { twoFactorEnabled: true }]);

    const off = await onlyNewRevision(user.id, [key, ...setup.backupCodes], () =>
      auth.api.disableTwoFactor({ body: { password }, headers: new Headers({ cookie }) }),
    );
    expect(off).toMatchObject({ authorId: user.id, action: "two_factor_disabled" });
    expect([off.before, off.after]).toMatchObject([{ twoFactorEnabled: true }, { twoFactorEnabled: false }]);
  });

  it("records signing out everywhere once, however many sessions ended", async () => {
    const user = await signedInUser("everywhere@example.org", "a password for sessions");
    await auth.api.signInEmail({
      body: { email: "everywhere@example.org", password: "a password for sessions" },
    });
    expect(await fixture.db.session.count({ where: { userId: user.id } })).toBe(2);
    const revision = await onlyNewRevision(user.id, [], () =>
      auth.api.revokeSessions({ headers: new Headers({ cookie: user.cookie }) }),
    );
    expect(revision).toMatchObject({ authorId: user.id, action: "sessions_revoked" });
    expect(await fixture.db.session.count({ where: { userId: user.id } })).toBe(0);
  });
});
