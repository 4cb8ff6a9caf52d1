import { PrismaPg } from "@prisma/adapter-pg";
import { databaseUrl } from "./env";
import { PrismaClient } from "./generated/prisma/client";

export type Db = PrismaClient;

/** A Prisma client over node-postgres: the same code path for the embedded server and a real PostgreSQL. */
export function createDb(url: string = databaseUrl()): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}

const holder = globalThis as typeof globalThis & { plenaryDb?: Db };

/** One client per process (Next.js dev reloads modules; the client must survive them). */
export function getDb(): Db {
  holder.plenaryDb ??= createDb();
  return holder.plenaryDb;
}
