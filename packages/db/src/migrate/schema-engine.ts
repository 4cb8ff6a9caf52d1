import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import { CatalogFriendlyClient, reportCharColumns } from "./catalog-friendly-client";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

const require = createRequire(import.meta.url);
// One wasm instance per process: the bindings module is shared even when a test runner loads this file twice
// (each project's global set-up has its own module graph), and replacing its instance under a running engine
// corrupts the engine's memory.
const initializedKey = Symbol.for("plenary.schemaEngineWasm.initialized");
let lastPanic: string | null = null;
const processState = globalThis as typeof globalThis & { [initializedKey]?: boolean };

/**
 * Prisma's schema engine compiled to WebAssembly (the build that matches our Prisma CLI), so that migrations run
 * with no native binary download. The package's entry imports a `.wasm` file, which Node 20 only allows behind a
 * flag; instantiating it ourselves and handing it to the bindings avoids the flag.
 */
function initializeWasm(): void {
  if (processState[initializedKey]) return;
  // A Rust panic inside the engine reports its message here before the call fails (Prisma's CLI sets the same).
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
    set_message(message: string) {
      lastPanic = message;
    },
  };
  const bindingsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmModule = new WebAssembly.Module(
    fs.readFileSync(path.join(path.dirname(bindingsPath), "schema_engine_bg.wasm")),
  );
  const instance = new WebAssembly.Instance(wasmModule, { "./schema_engine_bg.js": engineBindings });
  engineBindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  processState[initializedKey] = true;
}

export interface SchemaEngineOptions {
  /** The database to migrate. */
  url: string;
  /** The Prisma schema, when the command compares against it. */
  schema?: { path: string; content: string };
  /** A factory for a fresh, empty database, for commands that need a shadow database (diff). */
  shadowUrl?: string;
}

/** Runs `fn` with a schema engine connected to `options.url`, and always releases its connections. */
export async function withSchemaEngine<T>(
  options: SchemaEngineOptions,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  initializeWasm();
  const main = new PrismaPg({ connectionString: options.url, Client: CatalogFriendlyClient });
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: async () => reportCharColumns(await main.connect()),
    // PrismaPg's own shadow connection reuses the main database; a separate empty database is what diff needs.
    connectToShadowDb: async () => {
      if (!options.shadowUrl) throw new Error("This schema engine command needs a shadow database.");
      return reportCharColumns(
        await new PrismaPg({ connectionString: options.shadowUrl, Client: CatalogFriendlyClient }).connect(),
      );
    },
  };
  const logs: string[] = [];
  const engine = await engineBindings.SchemaEngine.new(
    { datamodels: options.schema ? [[options.schema.path, options.schema.content]] : undefined },
    (log: string) => logs.push(log),
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await fn(engine);
  } catch (error) {
    const panic = lastPanic ? `\nSchema engine panic: ${lastPanic}` : "";
    lastPanic = null;
    throw new Error(`${describeEngineError(error)}${panic}${logs.length ? `\n${logs.join("\n")}` : ""}`, {
      cause: error,
    });
  } finally {
    engine.free();
  }
}

function describeEngineError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error && "message" in error)
    return String((error as { message: unknown }).message);
  return JSON.stringify(error);
}
