import { defineConfig } from "vitest/config";

// The reader benchmark runs as a single vitest file: vitest is the workspace's TypeScript runner that works
// offline without adding a dependency to this package. Output goes straight to the terminal.
export default defineConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    include: ["bench/reader-bench.ts"],
    disableConsoleIntercept: true,
    reporters: ["dot"],
    // A benchmark, not a timed test: on a loaded machine the 330-odd texts × 2 readings × 33 runs take minutes (18
    // at load 8 beside a CI run, past the 15 this limit once allowed); the limit only stops a hang.
    testTimeout: 3_600_000,
  },
});
