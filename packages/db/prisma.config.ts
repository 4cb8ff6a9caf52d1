import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

// `prisma generate` does not need the native schema engine, but the CLI looks for one before it starts and would
// try to download it. Point it at any existing file: migrations run through the wasm schema engine instead
// (src/migrate/), so no binary is ever fetched.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
