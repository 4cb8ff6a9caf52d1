import type { UserRole } from "@plenary/domain";
import type { Db } from "../client";
import { RecordNotFoundError } from "./errors";

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
 * Admin-side accounts. Sign-in itself is better-auth's (it reads and writes the same tables); this repository is
 * what admins and the create-user command do to accounts. Every change that takes access away also ends the
 * user's sessions, so it applies at once rather than at the next sign-in.
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
  async create(input: NewUser): Promise<UserSummary> {
    const user = await this.db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { email: input.email.toLowerCase(), name: input.name, role: input.role },
      });
      await tx.account.create({
        data: { userId: created.id, accountId: created.id, providerId: CREDENTIAL_PROVIDER, password: input.passwordHash },
      });
      return created;
    });
    return this.summary(user.id);
  }

  async setRole(id: string, role: UserRole): Promise<UserSummary> {
    await this.update(id, { role });
    return this.summary(id);
  }

  /** Disabled users cannot sign in, and their open sessions end now. */
  async setDisabled(id: string, disabled: boolean): Promise<UserSummary> {
    await this.db.$transaction(async (tx) => {
      const { count } = await tx.user.updateMany({
        where: { id },
        data: { disabledAt: disabled ? new Date() : null, version: { increment: 1 } },
      });
      if (count === 0) throw new RecordNotFoundError("user", id);
      if (disabled) await tx.session.deleteMany({ where: { userId: id } });
    });
    return this.summary(id);
  }

  /** Replaces the password (creating the email + password account if missing) and ends every session. */
  async setPassword(id: string, passwordHash: string): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id }, select: { id: true } });
      if (!user) throw new RecordNotFoundError("user", id);
      const { count } = await tx.account.updateMany({
        where: { userId: id, providerId: CREDENTIAL_PROVIDER },
        data: { password: passwordHash },
      });
      if (count === 0) {
        await tx.account.create({ data: { userId: id, accountId: id, providerId: CREDENTIAL_PROVIDER, password: passwordHash } });
      }
      await tx.session.deleteMany({ where: { userId: id } });
    });
  }

  /** Ends one session (e.g. past the absolute timeout). */
  async endSession(token: string): Promise<void> {
    await this.db.session.deleteMany({ where: { token } });
  }

  /** Ends every session of the user (sign out everywhere); returns how many ended. */
  async endSessions(userId: string): Promise<number> {
    const { count } = await this.db.session.deleteMany({ where: { userId } });
    return count;
  }

  private async update(id: string, data: { role?: UserRole }): Promise<void> {
    const { count } = await this.db.user.updateMany({ where: { id }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new RecordNotFoundError("user", id);
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

function toSummary({ _count, ...user }: Omit<UserSummary, "activeSessions"> & { _count: { sessions: number } }): UserSummary {
  return { ...user, activeSessions: _count.sessions };
}
