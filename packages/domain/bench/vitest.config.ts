import { defineConfig } from "vitest/config";

// The reader benchmark runs as a single vitest file: vitest is the workspace's TypeScript runner that works
// offline without adding a dependency to this package. Output goes straight to the terminal.
export default defineConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    include: ["bench/reader-bench.ts"],
    disableConsoleIntercept: true,
    reporters: ["dot"],
    // A benchmark, not a timed test: on a loaded machine the 200-odd texts × 33 runs take minutes.
    testTimeout: 900_000,
  },
});
