export { createDb, getDb, type Db } from "./client";
export { databaseUrl, readDbEnv, resolveDataDir, type DbEnv } from "./env";
export * from "./repositories";
export { loadReaderKnowledge } from "./repositories/reader-knowledge";
