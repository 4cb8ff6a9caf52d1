import type { Db, Repositories } from "@plenary/db";
import { createRepositories } from "@plenary/db";
import type { UserRole } from "@plenary/domain";

/** The signed-in user as procedures see it. Sign-in itself lives in the admin app. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: UserRole;
}

export interface Context {
  repos: Repositories;
  user: SessionUser | null;
}

export function createContext({ db, user = null }: { db: Db; user?: SessionUser | null }): Context {
  return { repos: createRepositories(db), user };
}
