import { startTestDatabases } from "@plenary/db/testing";
import type { TestProject } from "vitest/node";

/** Starts the databases every integration test file runs against, and removes them afterwards. */
export default async function setup(project: TestProject) {
  const { databases, notice, stop } = await startTestDatabases();
  if (notice) console.warn(`\n${notice}\n`);
  project.provide("databases", databases);
  return stop;
}
