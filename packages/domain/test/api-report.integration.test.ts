/// <reference types="node" />
// The public surface is recorded in etc/domain.api.md; this fails when the built declarations and the report differ,
// so that every change to what the package exports is seen (and versioned) in review.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

it("the API report etc/domain.api.md matches the public surface", () => {
  if (!existsSync(join(packageDir, "dist", "index.d.ts"))) {
    spawnSync("pnpm", ["build"], { cwd: packageDir, stdio: "ignore" });
  }
  const extractor = join(packageDir, "node_modules", "@microsoft", "api-extractor", "bin", "api-extractor");
  const result = spawnSync("node", [extractor, "run"], { cwd: packageDir, encoding: "utf8" });
  const stale =
    "The public surface changed: review the diff and run `pnpm --filter @plenary/domain api:update`, then commit etc/domain.api.md";
  expect(result.status, `${stale}\n${result.stdout}${result.stderr}`).toBe(0);
});
