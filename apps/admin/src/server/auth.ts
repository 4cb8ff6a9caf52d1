import "server-only";
import { userAuditHooks } from "@plenary/api";
import { createRepositories, getDb, type ThrottlePolicy } from "@plenary/db";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { twoFactor } from "better-auth/plugins/two-factor";
import { env } from "~/env";
import { resolveAuthSecret } from "./auth-secret";
import { CLIENT_ADDRESS_HEADER } from "./client-address";
import { ownOrigins } from "./same-origin";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@plenary/domain";
import { IDLE_SESSION_MS } from "~/lib/auth-policy";

/** Failed sign-ins to one account before it is locked for a while (the password's owner included). */
export const ACCOUNT_THROTTLE: ThrottlePolicy = {
  maxFailures: 5,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
};
/** Failed sign-ins from one address, across accounts (guessing one password against many accounts). */
export const IP_THROTTLE: ThrottlePolicy = { maxFailures: 10, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

/** Wrong second-factor codes for one account before it is locked for 15 minutes. */
export const TOTP_MAX_FAILURES = 5;

const SIGN_IN_PATH = "/sign-in/email";
/** The client's address as server.ts worked it out (see client-address.ts); null when the app runs without it. */
export function clientIp(headers: Headers | undefined): string | null {
  return headers?.get(CLIENT_ADDRESS_HEADER)?.trim() || null;
}

function throttleKeys(
  email: unknown,
  headers: Headers | undefined,
): { account: string | null; ip: string | null } {
  const ip = clientIp(headers);
  return {
    account: typeof email === "string" && email ? `account:${email.trim().toLowerCase()}` : null,
    ip: ip ? `ip:${ip}` : null,
  };
}

function createAuth() {
  const db = getDb();
  const repos = createRepositories(db);
  // The user's own account changes (password, second factor, sign out everywhere) go to the audit log too.
  const audit = userAuditHooks(repos.users);
  return betterAuth({
    appName: "Plenary admin",
    secret: resolveAuthSecret(env.BETTER_AUTH_SECRET, env.NODE_ENV),
    baseURL: env.BETTER_AUTH_URL,
    // Writes to /api/auth must come from the admin's own pages (the same rule as /api/trpc's).
    trustedOrigins: (request) => (request ? ownOrigins(request) : []),
    database: prismaAdapter(db, { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      // Admins create accounts (users page, pnpm admin:create-user); nobody signs themselves up.
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      revokeSessionsOnPasswordReset: true,
    },
    session: {
      // Idle timeout: a session unused this long expires; each use (at most every updateAge) extends it.
      expiresIn: Math.round(IDLE_SESSION_MS / 1000),
      updateAge: 5 * 60,
      // Every request reads the session row, so sign-out everywhere and disabling a user apply at once.
      cookieCache: { enabled: false },
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: { [SIGN_IN_PATH]: { window: 60, max: 20 }, "/two-factor/*": { window: 60, max: 10 } },
    },
    advanced: {
      // Always on: better-auth turns both off by itself when it sees TEST or NODE_ENV=test in the environment.
      disableOriginCheck: false,
      disableCSRFCheck: false,
      cookiePrefix: "plenary",
      // Prisma fills ids (cuid), as for every other table.
      database: { generateId: false },
      // better-auth's own rate limits key on the same address as ours.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
      defaultCookieAttributes: { sameSite: "lax", httpOnly: true },
    },
    databaseHooks: {
      ...audit.databaseHooks,
      session: {
        create: {
          // Runs after the password (and second factor) checked out: a disabled user gets no session.
          async before(session) {
            const owner = await repos.users.sessionOwner(session.userId);
            if (!owner || owner.disabledAt) {
              throw new APIError("FORBIDDEN", {
                message: "This account is disabled. Ask an admin to enable it.",
              });
            }
          },
        },
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== SIGN_IN_PATH) return;
        // Counted before the password is checked, so that parallel attempts cannot all get in under the limit; the
        // address first, so that an address already locked out does not lock accounts too.
        const keys = throttleKeys((ctx.body as { email?: unknown } | undefined)?.email, ctx.headers);
        const until =
          (keys.ip ? await repos.signInThrottle.recordAttempt(keys.ip, IP_THROTTLE) : null) ??
          (keys.account ? await repos.signInThrottle.recordAttempt(keys.account, ACCOUNT_THROTTLE) : null);
        if (until) {
          const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
          throw new APIError("TOO_MANY_REQUESTS", {
            message: `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
          });
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        await audit.afterEndpoint(ctx);
        if (ctx.path !== SIGN_IN_PATH || ctx.context.returned instanceof APIError) return;
        // The password was right: the attempt was no failure.
        const keys = throttleKeys((ctx.body as { email?: unknown } | undefined)?.email, ctx.headers);
        if (keys.account) await repos.signInThrottle.clear(keys.account);
        if (keys.ip) await repos.signInThrottle.forgiveAttempt(keys.ip);
      }),
    },
    plugins: [
      twoFactor({
        issuer: "Plenary admin",
        // Wrong codes per account, whichever address they come from (per address: rateLimit's "/two-factor/*").
        accountLockout: { enabled: true, maxFailedAttempts: TOTP_MAX_FAILURES, durationSeconds: 15 * 60 },
      }),
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const holder = globalThis as typeof globalThis & { plenaryAuth?: Auth };

/** One instance per process, made on first use (not while `next build` collects pages). */
export function getAuth(): Auth {
  holder.plenaryAuth ??= createAuth();
  return holder.plenaryAuth;
}
