// Attack suite, malformed input: every procedure of the api, called as an admin through the real caller on a
// seeded database, with payloads derived from its own zod input and broken on purpose (wrong types, huge strings
// and arrays, deep nesting, unicode edge cases, prototype-pollution keys, boundary dates). What must hold: no
// internal error (no 5xx), a clear error with a message, the database unchanged after every refused write, and
// Object.prototype untouched. ATTACK_RUNS sets the number of payloads, shared between the databases the
// integration tests run on (1,000 by default; `pnpm test:attack` sends 10,000).
import { appendFileSync } from "node:fs";
import { seed } from "@plenary/db/seed";
import { databaseChecksum, describeEachDatabase } from "@plenary/db/testing";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import fc from "fast-check";
import { beforeAll, expect, inject, it } from "vitest";
import type { z } from "zod";
import { hostilePayloads, type KnownValues } from "./attack/hostile-input";
import { createContext } from "./context";
import { appRouter, createCaller } from "./root";
import { createUser } from "./test-callers";

const RUNS = Math.ceil(Number(process.env.ATTACK_RUNS ?? 1000) / inject("databases").length);

interface Procedure {
  path: string;
  type: "query" | "mutation";
  input: z.ZodType | undefined;
}

const procedures: Procedure[] = Object.entries(
  appRouter._def.procedures as unknown as Record<string, { _def: { type: string; inputs: z.ZodType[] } }>,
).map(([path, procedure]) => ({
  path,
  type: procedure._def.type as Procedure["type"],
  input: procedure._def.inputs[0],
}));

type Caller = ReturnType<typeof createCaller>;

function call(caller: Caller, path: string, input: unknown): Promise<unknown> {
  const procedure = path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
    input: unknown,
  ) => Promise<unknown>;
  return procedure(input);
}

/** A short description of a payload, that stays short for huge, deep or self-sharing values. */
function describeValue(value: unknown): string {
  let budget = 200;
  try {
    const text = JSON.stringify(value, (_key, v: unknown) => {
      if (--budget < 0) throw new Error("too big");
      if (typeof v === "bigint") return `${v}n`;
      if (typeof v === "string" && v.length > 80) return `${v.slice(0, 40)}…(${v.length})`;
      if (Array.isArray(v) && v.length > 20) return [...v.slice(0, 3), `…(${v.length} items)`];
      return v;
    });
    return text && text.length > 400 ? `${text.slice(0, 400)}…` : String(text);
  } catch {
    return `(${Array.isArray(value) ? "array" : typeof value} too large or deep to print)`;
  }
}

describeEachDatabase("attack: malformed input to every procedure", (fixture) => {
  let caller: Caller;
  let known: KnownValues;

  beforeAll(async () => {
    await seed(fixture.db);
    const admin = await createUser(fixture.db, "admin");
    caller = createCaller(createContext({ db: fixture.db, user: admin }));
    const rows = await fixture.db.$queryRawUnsafe<{ id: string; slug: string | null }[]>(
      ["Meeting", "Document", "Person", "Country", "Organization", "Post", "Topic"]
        .map((table) => `select id, slug from "${table}"`)
        .concat(['select id, null as slug from "Occupancy"', 'select id, null as slug from "OrgMembership"'])
        .join(" union all "),
    );
    known = {
      ids: [...rows.map((row) => row.id), admin.id],
      slugs: rows.flatMap((row) => (row.slug ? [row.slug] : [])),
    };
  });

  it(
    `answers ${RUNS} hostile payloads over every procedure with clear errors, writing nothing when it refuses`,
    { timeout: 600_000 },
    async () => {
      const perProcedure = Math.max(1, Math.ceil(RUNS / procedures.length));
      const outcomes = new Map<string, number>();
      const kinds = new Map<string, number>();
      const failures: string[] = [];
      let refusedWrites = 0;
      let slowest = { path: "", ms: 0 };
      let baseline = await databaseChecksum(fixture.db);

      for (const procedure of procedures) {
        await fc
          .assert(
            fc.asyncProperty(hostilePayloads(procedure.input, known), async (payload) => {
              kinds.set(payload.kind, (kinds.get(payload.kind) ?? 0) + 1);
              if (process.env.ATTACK_TRACE)
                appendFileSync(
                  process.env.ATTACK_TRACE,
                  `${procedure.path} ${describeValue(payload.input)}\n`,
                );
              const started = performance.now();
              let outcome = "ok";
              let problem: string | null = null;
              try {
                await call(caller, procedure.path, payload.input);
              } catch (error) {
                if (!(error instanceof TRPCError)) {
                  problem = `threw a non-tRPC error: ${String(error)}`;
                } else {
                  outcome = error.code;
                  const status = getHTTPStatusCodeFromError(error);
                  if (status >= 500)
                    problem = `${error.code} (${status}): ${error.message} ${error.cause ? String(error.cause) : ""}`;
                  else if (!error.message.trim()) problem = `${error.code} without a message`;
                }
              }
              const ms = performance.now() - started;
              if (ms > slowest.ms) slowest = { path: procedure.path, ms };
              outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
              if (({} as Record<string, unknown>).polluted !== undefined) {
                delete (Object.prototype as Record<string, unknown>).polluted;
                problem = "Object.prototype was polluted";
              }
              if (procedure.type === "mutation") {
                const after = await databaseChecksum(fixture.db);
                if (outcome !== "ok") {
                  refusedWrites++;
                  if (after !== baseline) problem ??= `refused with ${outcome} but the database changed`;
                }
                baseline = after;
              }
              if (problem) {
                const line = `${procedure.path}(${describeValue(payload.input)}): ${problem}`;
                failures.push(line);
                throw new Error(line);
              }
            }),
            { numRuns: perProcedure, endOnFailure: true },
          )
          .catch((error: unknown) => {
            // Failures of calls are recorded above; the other procedures are still tried, so one run lists every
            // broken one. Anything else (a payload that could not be made) is recorded here.
            if (!failures.some((line) => line.startsWith(`${procedure.path}(`)))
              failures.push(`${procedure.path}: ${String(error)}`);
          });
      }

      const total = [...outcomes.values()].reduce((a, b) => a + b, 0);
      console.log(
        [
          `[attack: malformed input, ${fixture.database.name}] tried ${total} payloads over ${procedures.length} procedures ` +
            `(${perProcedure} each) as an admin: ${[...kinds].map(([k, n]) => `${n} ${k}`).join(", ")}`,
          `  answers: ${[...outcomes].map(([k, n]) => `${k} ${n}`).join(", ")}`,
          `  ${failures.length ? "held except for the failures below" : "held"}: no 5xx, every error with a message, ${refusedWrites} refused writes left the database checksum unchanged, ` +
            `Object.prototype untouched; slowest call ${Math.round(slowest.ms)} ms (${slowest.path})`,
          ...(failures.length ? [`  FAILED (${failures.length}):`, ...failures.map((f) => `    ${f}`)] : []),
        ].join("\n"),
      );
      expect(failures).toEqual([]);
    },
  );
});
