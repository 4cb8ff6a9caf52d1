export { createDb, getDb, type Db } from "./client";
export { databaseUrl, readDbEnv, type DbEnv } from "./env";
export * from "./repositories";
