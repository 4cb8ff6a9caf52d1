import { beforeAll, expect, it } from "vitest";
import { createDb } from "../client";
import { describeEachDatabase } from "../testing";
import { runMixedWorkload, seedWorkload, WORKLOAD_COUNTRIES } from "../testing/mixed-workload";

/**
 * The app's own data layer under concurrent traffic of many shapes (see mixed-workload.ts). The embedded database
 * once mixed one connection's Bind into another's Parse under exactly this kind of load; it must be impossible,
 * not rare. `pnpm bench:db` runs the same load at 50,000 requests and compares the two databases' throughput.
 */
describeEachDatabase("concurrent queries through the data layer", (fixture) => {
  beforeAll(async () => {
    await seedWorkload(fixture.db);
  });

  it("answers every request with its own parameters' result, reads and writes mixed", async () => {
    // A separate client with its own pool, as each app process has.
    const app = createDb(fixture.database.url);
    try {
      const result = await runMixedWorkload(app, { requests: 800, concurrency: 16 });
      expect(result.errors).toEqual([]);
      expect(result.wrong).toEqual([]);
      // Every committed write is there once: the versions went up by exactly the number of writes.
      const versions = await fixture.db.country.aggregate({ _sum: { version: true } });
      expect(versions._sum.version).toBe(WORKLOAD_COUNTRIES + result.writes);
      expect(result.writes).toBe(160);
    } finally {
      await app.$disconnect();
    }
  });
});
