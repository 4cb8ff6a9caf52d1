// pnpm db:backup [file] | pnpm db:restore <file> — the embedded database or DATABASE_URL, with PostgreSQL's own
// pg_dump / pg_restore (custom format). A restore replaces the data in one transaction.
import path from "node:path";
import { backupDatabase, restoreDatabase } from "../backup/backup";
import { withDatabaseUrl } from "../embedded/database-url";
import { repoRoot } from "../env";
import { runCli } from "./run-cli";

const [command, file] = process.argv.slice(2);

runCli(async () => {
  if (command === "backup") {
    const target = path.resolve(
      process.env.INIT_CWD ?? process.cwd(),
      file ??
        path.join(
          repoRoot,
          ".plenary/backups",
          `plenary-${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}.dump`,
        ),
    );
    const { bytes } = await withDatabaseUrl((url) => backupDatabase(url, target));
    console.log(
      `Backed up to ${target} (${(bytes / 1024).toFixed(0)} KiB). Restore with: pnpm db:restore ${target}`,
    );
    return;
  }
  if (command === "restore") {
    if (!file)
      throw new Error("Usage: pnpm db:restore <file> — replaces the database's data with the backup.");
    const source = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
    await withDatabaseUrl((url) => restoreDatabase(url, source));
    console.log(
      `Restored ${source}. Restart the apps (or publish any change) so that cached public pages are rebuilt.`,
    );
    return;
  }
  throw new Error("Usage: pnpm db:backup [file] | pnpm db:restore <file>");
});
