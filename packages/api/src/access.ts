// The api's role policy as data: every procedure by its dotted path, with the access level it declares and enforces.
// Tests of the admin's screens check what a screen calls against this, so that the screens and the server cannot
// drift apart (authorization.integration.test.ts checks that each level is what the middleware enforces).
import type { AccessLevel } from "@plenary/domain";
import { appRouter } from "./root";
import type { ProcedureMeta } from "./trpc";

interface ProcedureDef {
  _def: { type: "query" | "mutation" | "subscription"; meta?: ProcedureMeta };
}

export interface ProcedureAccess {
  type: "query" | "mutation" | "subscription";
  /** Undefined for a procedure built without one of the procedures of trpc.ts (a mistake the tests catch). */
  access: AccessLevel | undefined;
}

/** Every procedure of the api ("trash.purge", …) with its type and access level. */
export function procedureAccess(): Record<string, ProcedureAccess> {
  const procedures = appRouter._def.procedures as unknown as Record<string, ProcedureDef>;
  return Object.fromEntries(
    Object.entries(procedures).map(([path, { _def }]) => [
      path,
      { type: _def.type, access: _def.meta?.access },
    ]),
  );
}
