import type { UserRole } from "@plenary/domain";
import type { Db } from "../client";
import { RecordNotFoundError } from "./errors";
import type { Tx } from "./versioned-write";

/** better-auth's provider id for email + password accounts: the password hash lives on that account row. */
export const CREDENTIAL_PROVIDER = "credential";

/** A user as the users page shows it (never the password hash). */
export interface UserSummary {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  disabledAt: Date | null;
  twoFactorEnabled: boolean;
  createdAt: Date;
  /** Sessions not yet expired. */
  activeSessions: number;
}

/** The user a session belongs to, as sign-in checks need it. */
export interface SessionOwner {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  disabledAt: Date | null;
}

export interface NewUser {
  email: string;
  name: string;
  role: UserRole;
  /** Already hashed by the auth layer (scrypt, better-auth's format). */
  passwordHash: string;
}

/**
 * A user as the audit log keeps them, before and after each change: only these fields, never a password hash,
 * TOTP secret, backup code or session token.
 */
export interface UserAuditSnapshot {
  email: string;
  name: string;
  role: UserRole;
  disabled: boolean;
  twoFactorEnabled: boolean;
}

/** What was done to an account, as the audit log names it. */
export type UserAuditAction =
  | "created"
  | "role_changed"
  | "disabled"
  | "enabled"
  | "password_reset"
  | "password_changed"
  | "two_factor_enabled"
  | "two_factor_disabled"
  | "sessions_revoked"
  | "updated";

/** Who made a change to an account: a signed-in user, or (authorId null) a tool such as the CLI named by `via`. */
export interface UserAuditOptions {
  authorId: string | null;
  via?: string;
}

const auditSelect = {
  email: true,
  name: true,
  role: true,
  disabledAt: true,
  twoFactorEnabled: true,
  version: true,
} as const;

function toSnapshot(row: {
  email: string;
  name: string;
  role: UserRole;
  disabledAt: Date | null;
  twoFactorEnabled: boolean;
}): UserAuditSnapshot {
  return {
    email: row.email,
    name: row.name,
    role: row.role,
    disabled: row.disabledAt !== null,
    twoFactorEnabled: row.twoFactorEnabled,
  };
}

async function snapshotOf(tx: Tx, id: string): Promise<UserAuditSnapshot> {
  const row = await tx.user.findUnique({ where: { id }, select: auditSelect });
  if (!row) throw new RecordNotFoundError("user", id);
  return toSnapshot(row);
}

/**
 * Stores the audit revision of a change to a user, in the transaction that made it: the user's version goes up by
 * one (so every audited change has its own version) and the revision keeps the safe fields before and after.
 */
async function recordUserRevision(
  tx: Tx,
  id: string,
  action: UserAuditAction,
  before: UserAuditSnapshot | null,
  { authorId, via }: UserAuditOptions,
): Promise<void> {
  const row = await tx.user.update({
    where: { id },
    data: { version: { increment: 1 } },
    select: auditSelect,
  });
  await tx.revision.create({
    data: {
      entityType: "user",
      entityId: id,
      version: row.version,
      authorId,
      via: via ?? null,
      action,
      ...(before ? { before: { ...before } } : {}),
      after: { ...toSnapshot(row) },
    },
  });
}

/**
 * Admin-side accounts. Sign-in itself is better-auth's (it reads and writes the same tables); this repository is
 * what admins and the create-user command do to accounts. Every change that takes access away also ends the
 * user's sessions, so it applies at once rather than at the next sign-in. Every change stores a revision of the
 * user (the audit log) in the same transaction, with who made it.
 */
export class UserRepository {
  constructor(private readonly db: Db) {}

  async list(): Promise<UserSummary[]> {
    const users = await this.db.user.findMany({
      orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { email: "asc" }],
      select: summarySelect(),
    });
    return users.map(toSummary);
  }

  async sessionOwner(userId: string): Promise<SessionOwner | null> {
    return this.db.user.findUnique({
      where: { id: userId },
      select: { id: true, email: true, name: true, role: true, disabledAt: true },
    });
  }

  /** Admins who can still sign in: `pnpm start` hints at `pnpm admin:create-user` while there are none. */
  countActiveAdmins(): Promise<number> {
    return this.db.user.count({ where: { role: "admin", disabledAt: null } });
  }

  /** The user and their email + password account, in one transaction. A taken email is a unique violation. */
  async create(input: NewUser, options: UserAuditOptions): Promise<UserSummary> {
    const user = await this.db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { email: input.email.toLowerCase(), name: input.name, role: input.role },
      });
      await tx.account.create({
        data: {
          userId: created.id,
          accountId: created.id,
          providerId: CREDENTIAL_PROVIDER,
          password: input.passwordHash,
        },
      });
      await tx.revision.create({
        data: {
          entityType: "user",
          entityId: created.id,
          version: created.version,
          authorId: options.authorId,
          via: options.via ?? null,
          action: "created",
          after: { ...toSnapshot(created) },
        },
      });
      return created;
    });
    return this.summary(user.id);
  }

  async setRole(id: string, role: UserRole, options: UserAuditOptions): Promise<UserSummary> {
    await this.db.$transaction(async (tx) => {
      const before = await snapshotOf(tx, id);
      await tx.user.update({ where: { id }, data: { role } });
      await recordUserRevision(tx, id, "role_changed", before, options);
    });
    return this.summary(id);
  }

  /** Disabled users cannot sign in, and their open sessions end now. */
  async setDisabled(id: string, disabled: boolean, options: UserAuditOptions): Promise<UserSummary> {
    await this.db.$transaction(async (tx) => {
      const before = await snapshotOf(tx, id);
      await tx.user.update({ where: { id }, data: { disabledAt: disabled ? new Date() : null } });
      if (disabled) await tx.session.deleteMany({ where: { userId: id } });
      await recordUserRevision(tx, id, disabled ? "disabled" : "enabled", before, options);
    });
    return this.summary(id);
  }

  /** Replaces the password (creating the email + password account if missing) and ends every session. */
  async setPassword(id: string, passwordHash: string, options: UserAuditOptions): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const before = await snapshotOf(tx, id);
      const { count } = await tx.account.updateMany({
        where: { userId: id, providerId: CREDENTIAL_PROVIDER },
        data: { password: passwordHash },
      });
      if (count === 0) {
        await tx.account.create({
          data: { userId: id, accountId: id, providerId: CREDENTIAL_PROVIDER, password: passwordHash },
        });
      }
      await tx.session.deleteMany({ where: { userId: id } });
      await recordUserRevision(tx, id, "password_reset", before, options);
    });
  }

  /** The user's fields as the audit log keeps them (to compare with after a change made outside this repository). */
  async auditSnapshot(id: string): Promise<UserAuditSnapshot> {
    return snapshotOf(this.db, id);
  }

  /**
   * Records a change that sign-in (better-auth) made to the account on the user's own request: a password change,
   * ending every session, or (with `before`) a change of the user's fields such as turning on a second factor.
   * A field change that changed none of the audited fields records nothing.
   */
  async recordAccountEvent(
    id: string,
    event: { action: "password_changed" | "sessions_revoked" } | { before: UserAuditSnapshot },
    options: UserAuditOptions,
  ): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const current = await snapshotOf(tx, id);
      if ("action" in event) return recordUserRevision(tx, id, event.action, current, options);
      const { before } = event;
      const changed = (Object.keys(current) as (keyof UserAuditSnapshot)[]).filter(
        (key) => current[key] !== before[key],
      );
      if (!changed.length) return;
      const action: UserAuditAction =
        changed.length === 1 && changed[0] === "twoFactorEnabled"
          ? current.twoFactorEnabled
            ? "two_factor_enabled"
            : "two_factor_disabled"
          : "updated";
      await recordUserRevision(tx, id, action, before, options);
    });
  }

  /** Ends one session (e.g. past the absolute timeout). */
  async endSession(token: string): Promise<void> {
    await this.db.session.deleteMany({ where: { token } });
  }

  /** Ends every session of the user (sign out everywhere), recorded in the audit log; returns how many ended. */
  async endSessions(userId: string, options: UserAuditOptions): Promise<number> {
    return this.db.$transaction(async (tx) => {
      const before = await snapshotOf(tx, userId);
      const { count } = await tx.session.deleteMany({ where: { userId } });
      await recordUserRevision(tx, userId, "sessions_revoked", before, options);
      return count;
    });
  }

  private async summary(id: string): Promise<UserSummary> {
    const found = await this.db.user.findUnique({ where: { id }, select: summarySelect() });
    if (!found) throw new RecordNotFoundError("user", id);
    return toSummary(found);
  }
}

function summarySelect() {
  return {
    id: true,
    email: true,
    name: true,
    role: true,
    disabledAt: true,
    twoFactorEnabled: true,
    createdAt: true,
    _count: { select: { sessions: { where: { expiresAt: { gt: new Date() } } } } },
  } as const;
}

function toSummary({
  _count,
  ...user
}: Omit<UserSummary, "activeSessions"> & { _count: { sessions: number } }): UserSummary {
  return { ...user, activeSessions: _count.sessions };
}
