// Test helper: callers for each kind of user, over a real database (no mocks of Prisma).
import type { Db } from "@plenary/db";
import type { UserRole } from "@plenary/domain";
import { createContext, type SessionUser } from "./context";
import { createCaller } from "./root";

export async function createUser(db: Db, role: UserRole): Promise<SessionUser> {
  const user = await db.user.create({
    data: { email: `${role}-${Math.random().toString(36).slice(2)}@example.org`, name: `Test ${role}`, role },
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export async function callersFor(db: Db) {
  return {
    anonymous: createCaller(createContext({ db, user: null })),
    viewer: createCaller(createContext({ db, user: await createUser(db, "viewer") })),
    editor: createCaller(createContext({ db, user: await createUser(db, "editor") })),
    admin: createCaller(createContext({ db, user: await createUser(db, "admin") })),
  };
}
