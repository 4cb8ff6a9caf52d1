// pnpm db:serve — serves the embedded database on loopback until stopped, so that web, admin and the CLI share it.
import { startEmbeddedServer } from "../embedded/embedded-server";
import { readDbEnv, resolveDataDir } from "../env";
import { applyMigrations } from "../migrate/migrations";
import { runCli } from "./run-cli";

runCli(async () => {
  const env = readDbEnv();
  if (env.DATABASE_URL)
    throw new Error("DATABASE_URL is set: Plenary uses that PostgreSQL, and the embedded one is not needed.");
  const dataDir = resolveDataDir(env.PLENARY_DATA_DIR);
  const server = await startEmbeddedServer({ dataDir, port: env.PLENARY_DB_PORT });
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  await applyMigrations(server.url);
  console.log(`Embedded PostgreSQL ready at ${server.url} (data in ${dataDir}).`);
});
