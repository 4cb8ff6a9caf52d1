import { describe, expect, it } from "vitest";
import { statementNames } from "./prepared-statements";

describe("statementNames", () => {
  it("gives the same SQL the same name and different SQL different names", () => {
    const name = statementNames();
    const first = name({ sql: 'select * from "Person" where id = $1' });
    expect(first).toMatch(/^plenary_[\w-]+$/);
    expect(name({ sql: 'select * from "Person" where id = $1' })).toBe(first);
    expect(name({ sql: 'select * from "Country" where id = $1' })).not.toBe(first);
  });

  it("keeps naming the statements it named but leaves new ones unnamed past its cap", () => {
    const name = statementNames(2);
    const a = name({ sql: "select 1" });
    const b = name({ sql: "select 2" });
    expect(name({ sql: "select 3" })).toBe("");
    expect(name({ sql: "select 1" })).toBe(a);
    expect(name({ sql: "select 2" })).toBe(b);
  });

  it("leaves a list of several parameters unnamed, since every length would be a statement of its own", () => {
    const name = statementNames();
    expect(
      name({ sql: 'SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE "t0"."id" IN ($1,$2,$3)' }),
    ).toBe("");
    expect(name({ sql: 'SELECT "t0"."id" FROM "public"."Person" AS "t0" WHERE "t0"."id" IN ($1)' })).not.toBe(
      "",
    );
    expect(name({ sql: 'select t.id from "Country" t where t.id = any($1::text[])' })).not.toBe("");
  });

  it("names fit PostgreSQL's 63-byte identifiers", () => {
    const name = statementNames();
    expect(name({ sql: "x".repeat(100_000) }).length).toBeLessThanOrEqual(63);
  });
});
