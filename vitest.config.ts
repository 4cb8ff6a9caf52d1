import { defineConfig } from "vitest/config";

// One runner for the whole repo (tRPC's next-prisma-starter style): unit tests run in parallel; everything that
// talks to a database or a browser runs one file at a time, because each file empties and fills the one
// database its project shares.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts", "apps/*/src/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "**/node_modules/**"],
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
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
