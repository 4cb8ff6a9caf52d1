import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

/**
 * The attack suite (`pnpm test:attack`, README "Security"): the attack tests that also run in `pnpm test`, with
 * ATTACK_RUNS=10000, plus the slow ones (`*.attack.test.ts`: crashes). Defined only when PLENARY_ATTACK=1, so that
 * `pnpm test` does not run them twice.
 */
const attackProjects: TestProjectInlineConfiguration[] = [
  {
    test: {
      name: "attack",
      include: [
        "packages/api/src/malformed-input.integration.test.ts",
        "packages/api/src/concurrency.integration.test.ts",
        "packages/api/src/authorization.integration.test.ts",
        "packages/*/src/**/*.attack.test.ts",
      ],
      globalSetup: ["tooling/testing/databases.global-setup.ts"],
      fileParallelism: false,
      testTimeout: 3_600_000,
      hookTimeout: 300_000,
    },
  },
  {
    test: {
      name: "attack-e2e",
      include: [
        "apps/admin/e2e/csrf.test.ts",
        "apps/admin/e2e/authorization.test.ts",
        "apps/*/e2e/xss.test.ts",
      ],
      globalSetup: ["tooling/testing/apps.global-setup.ts"],
      fileParallelism: false,
      testTimeout: 600_000,
      hookTimeout: 300_000,
    },
  },
];

// One runner for the whole repo (tRPC's next-prisma-starter style): unit tests run in parallel; everything that
// talks to a database or a browser runs one file at a time, because each file empties and fills the one
// database its project shares. Vitest puts every such file of every project in one queue, so `pnpm test` runs the
// e2e project in a second Vitest process beside the others (package.json's `test:all`).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts", "apps/*/src/**/*.test.ts"],
          exclude: [
            "packages/domain/src/**",
            "**/*.integration.test.ts",
            "**/*.attack.test.ts",
            "**/node_modules/**",
          ],
          testTimeout: 30_000,
        },
      },
      {
        // The domain package's own tests (the entities, their rules and the press-release reader: 200 files and
        // more, pure functions, no mocks, no environment, no I/O) share one module graph instead of importing the
        // domain and building the reader's tables again for each file, which took most of their time: 213 files
        // took 249 s isolated and 41–44 s together at load 1–1.5. A test that needs its own module state (vi.mock,
        // vi.stubEnv, fake timers) belongs in the "unit" project above.
        test: {
          name: "domain-unit",
          include: ["packages/domain/src/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "**/*.attack.test.ts", "**/node_modules/**"],
          isolate: false,
          // The first reading of a press release builds the reader's tables (4.3 s seen for a test that then takes
          // milliseconds, at load 8 with the browser tests running beside it): Vitest's 5 s was too short on these
          // 2-core machines. A hang still fails.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "domain-package",
          include: ["packages/domain/test/**/*.integration.test.ts"],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: "integration",
          include: ["packages/*/src/**/*.integration.test.ts", "apps/*/src/**/*.integration.test.ts"],
          globalSetup: ["tooling/testing/databases.global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["apps/*/e2e/**/*.test.ts"],
          globalSetup: ["tooling/testing/apps.global-setup.ts"],
          fileParallelism: false,
          // A browser journey of a few dozen steps took 60 s on a CI machine shared with other work; a hang still fails.
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // What a page shows after a reload or a save, polled: vitest's one second was too short for a reload and
          // its data on a loaded machine (occupancy.test.ts saw the select still empty); the condition is unchanged.
          expect: { poll: { timeout: 10_000 } },
        },
      },
      ...(process.env.PLENARY_ATTACK === "1" ? attackProjects : []),
    ],
  },
});
