import { expect, it } from "vitest";
import { describeEachDatabase } from "./testing";

// The client prepares each statement on a connection once (prepared-statements.ts), so PostgreSQL keeps its plan.
describeEachDatabase("prepared statements", (fixture) => {
  it("prepares a read on its connection once and runs it again from there", async () => {
    const { db } = fixture;
    // An interactive transaction holds one connection, so the server's view of prepared statements is the one the
    // reads ran on.
    const { before, after } = await db.$transaction(async (tx) => {
      await tx.person.findMany({ where: { slug: "no-one" } });
      const before = await tx.$queryRaw<{ count: number }[]>`
        select count(*)::int as count from pg_prepared_statements where name like 'plenary_%'`;
      await tx.person.findMany({ where: { slug: "no-one-else" } });
      const after = await tx.$queryRaw<{ name: string; statement: string; calls: number }[]>`
        select name, statement, (generic_plans + custom_plans)::int as calls from pg_prepared_statements
        where name like 'plenary_%' and statement like 'SELECT %FROM "public"."Person"%'`;
      return { before: before[0]!.count, after };
    });
    expect(before).toBeGreaterThan(0);
    expect(after).toHaveLength(1);
    expect(after[0]!.calls).toBe(2);
  });
});
