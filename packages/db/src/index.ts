export { createDb, getDb, type Db, type DbOptions } from "./client";
export { databaseUrl, readDbEnv, resolveDataDir, type DbEnv } from "./env";
export * from "./repositories";
export { DatabaseKnowledge, loadReaderKnowledge } from "./repositories/reader-knowledge";
