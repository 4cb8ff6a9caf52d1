// What users do to their own account goes through better-auth's endpoints (change password, two-step sign-in, sign
// out everywhere), not through our procedures. These hooks record those changes in the same audit log as the
// admins' actions: a revision of the user, with the safe fields only (UserRepository.recordAccountEvent).
//
// better-auth's Prisma adapter runs without transactions here, so a change it made and its audit revision are two
// writes: the revision is stored right after the change succeeded (its "after" hooks), never for a failed request.
import type { UserAuditSnapshot, UserRepository } from "@plenary/db";

/** The parts of better-auth's endpoint context the hooks read (its types are not exported in this shape). */
export interface AuthEndpointContext {
  path?: string;
  context?: { session?: { user?: { id?: string } } | null; returned?: unknown };
}

/** User fields better-auth may change that the audit log keeps. */
const AUDITED_FIELDS = ["email", "name", "twoFactorEnabled"] as const;
/** Endpoints that set a password on the user's own request. */
const PASSWORD_PATHS = new Set(["/change-password", "/reset-password", "/set-password"]);
/** Endpoints that end the user's sessions on their own request. */
const SESSION_PATHS = new Set(["/revoke-sessions", "/revoke-other-sessions"]);

function actorOf(ctx: AuthEndpointContext | null | undefined): string | null {
  return ctx?.context?.session?.user?.id ?? null;
}

/** A failed endpoint's result is an APIError (better-auth's, so checked by shape rather than class). */
function failed(returned: unknown): boolean {
  return (
    returned instanceof Error ||
    (typeof returned === "object" &&
      returned !== null &&
      "statusCode" in returned &&
      Number((returned as { statusCode: unknown }).statusCode) >= 400)
  );
}

/**
 * better-auth options (databaseHooks, and a function for hooks.after) that record the user's own account changes.
 * Each action records exactly one revision: a password change (whatever sessions it also ends), turning the second
 * factor on or off, and ending every session.
 */
export function userAuditHooks(users: UserRepository) {
  // The user's audited fields as they were before better-auth's update, per request.
  const pending = new WeakMap<object, { userId: string; before: UserAuditSnapshot }>();

  return {
    databaseHooks: {
      user: {
        update: {
          async before(data: Record<string, unknown>, ctx: AuthEndpointContext | null) {
            const userId = actorOf(ctx);
            if (!ctx || !userId || !AUDITED_FIELDS.some((field) => field in data)) return;
            pending.set(ctx, { userId, before: await users.auditSnapshot(userId) });
          },
          async after(user: { id: string }, ctx: AuthEndpointContext | null) {
            const change = ctx ? pending.get(ctx) : undefined;
            if (!ctx || !change) return;
            pending.delete(ctx);
            if (change.userId !== user.id) return;
            await users.recordAccountEvent(user.id, { before: change.before }, { authorId: change.userId });
          },
        },
      },
      account: {
        update: {
          async after(account: { userId: string }, ctx: AuthEndpointContext | null) {
            if (!ctx?.path || !PASSWORD_PATHS.has(ctx.path)) return;
            await users.recordAccountEvent(
              account.userId,
              { action: "password_changed" },
              { authorId: actorOf(ctx) ?? account.userId },
            );
          },
        },
      },
    },
    /** Call from hooks.after: records "sign out everywhere" once the sessions are gone. */
    async afterEndpoint(ctx: AuthEndpointContext): Promise<void> {
      if (!ctx.path || !SESSION_PATHS.has(ctx.path) || failed(ctx.context?.returned)) return;
      const userId = actorOf(ctx);
      if (userId)
        await users.recordAccountEvent(userId, { action: "sessions_revoked" }, { authorId: userId });
    },
  };
}
