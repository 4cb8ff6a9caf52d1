export {
  applyMigrations,
  createMigration,
  migrationStatus,
  readMigrations,
  type MigrationStatus,
} from "./migrations";
