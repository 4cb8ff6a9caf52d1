import { defineConfig } from "tsup";

// The domain package is meant for reuse outside this repo, so it ships built ESM and type declarations. The command
// line is a second entry that imports only the library's index (its public surface); the code both share is one chunk.
export default defineConfig({
  entry: { index: "src/index.ts", cli: "src/cli/main.ts" },
  format: ["esm"],
  dts: { entry: { index: "src/index.ts" } },
  clean: true,
  sourcemap: true,
  target: "es2022",
});
