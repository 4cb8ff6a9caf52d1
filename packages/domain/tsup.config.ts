import { defineConfig } from "tsup";

// The domain package is meant for reuse outside this repo, so it ships built ESM and type declarations.
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
});
