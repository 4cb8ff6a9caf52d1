// Every procedure of the api, not a sample: anonymous callers reach only the public allow-list, viewers never
// write, and admin-only procedures refuse editors. Procedures added later are covered by the same loops.
import { describeEachDatabase } from "@plenary/db/testing";
import { roleMay } from "@plenary/domain";
import { TRPCError } from "@trpc/server";
import { beforeAll, expect, it } from "vitest";
import { procedureAccess } from "./access";
import { appRouter } from "./root";
import { callersFor } from "./test-callers";

/** What anonymous visitors (the public site) may call: reads of published records. Nothing else. */
const PUBLIC = new Set([
  "meeting.list",
  // The JSON API's paged lists: public records only (meeting-page and api-pages integration tests).
  "meeting.page",
  "document.page",
  "person.page",
  "country.page",
  "organization.page",
  "meeting.bySlug",
  "meeting.redirect",
  "document.list",
  "document.bySlug",
  "person.list",
  "person.bySlug",
  "person.detail",
  "country.list",
  "country.bySlug",
  "organization.list",
  "organization.bySlug",
  "post.list",
  "post.bySlug",
  "topic.list",
  "topic.bySlug",
  "search.all",
  // A draft, but only for a valid, unexpired preview token naming it: the procedure checks the token itself.
  "preview.meeting",
]);
/** Routers that exist only to serve the public site: every procedure in them is public (and must only read). */
const PUBLIC_ROUTERS = ["publicPages"];
const isPublic = (path: string) => PUBLIC.has(path) || PUBLIC_ROUTERS.includes(path.split(".")[0]!);

/** Only admins: managing users, the audit log and purging the trash. */
const ADMIN_ONLY = new Set(["audit.list", "trash.purge"]);
const isAdminOnly = (path: string) =>
  ADMIN_ONLY.has(path) || (path.startsWith("user.") && path !== "user.me");

type Callers = Awaited<ReturnType<typeof callersFor>>;
type Caller = Callers[keyof Callers];

const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>,
).map(([path, procedure]) => ({ path, type: procedure._def.type as "query" | "mutation" | "subscription" }));

/** Calls a procedure by its dotted path with no input: access checks run before input validation. */
async function codeOf(caller: Caller, path: string): Promise<string | null> {
  const call = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  try {
    await (call as (input?: unknown) => Promise<unknown>)(undefined);
    return null;
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

const REFUSED = ["UNAUTHORIZED", "FORBIDDEN"];

describeEachDatabase("authorization across every procedure", (fixture) => {
  let callers: Callers;

  beforeAll(async () => {
    callers = await callersFor(fixture.db);
  });

  it("knows the api's procedures, and none of the public ones writes", () => {
    expect(procedures.length).toBeGreaterThan(40);
    const publicWrites = procedures.filter((p) => isPublic(p.path) && p.type !== "query").map((p) => p.path);
    expect(publicWrites).toEqual([]);
  });

  it("refuses anonymous callers on every procedure outside the public allow-list", async () => {
    const admitted: string[] = [];
    for (const { path } of procedures.filter((p) => !isPublic(p.path))) {
      if ((await codeOf(callers.anonymous, path)) !== "UNAUTHORIZED") admitted.push(path);
    }
    expect(admitted).toEqual([]);
  });

  it("answers anonymous callers on the public allow-list", async () => {
    const refused: string[] = [];
    for (const { path } of procedures.filter((p) => isPublic(p.path))) {
      const code = await codeOf(callers.anonymous, path);
      if (code && REFUSED.includes(code)) refused.push(`${path}: ${code}`);
    }
    expect(refused).toEqual([]);
  });

  it("refuses every write to viewers", async () => {
    const allowed: string[] = [];
    for (const { path } of procedures.filter((p) => p.type !== "query")) {
      if ((await codeOf(callers.viewer, path)) !== "FORBIDDEN") allowed.push(path);
    }
    expect(allowed).toEqual([]);
  });

  it("lets viewers read everything but admin-only procedures", async () => {
    const refused: string[] = [];
    for (const { path } of procedures.filter((p) => p.type === "query" && !isAdminOnly(p.path))) {
      const code = await codeOf(callers.viewer, path);
      if (code && REFUSED.includes(code)) refused.push(`${path}: ${code}`);
    }
    expect(refused).toEqual([]);
  });

  it("refuses admin-only procedures to editors and viewers, not to admins", async () => {
    const adminOnly = procedures.filter((p) => isAdminOnly(p.path));
    expect(adminOnly.map((p) => p.path)).toEqual(
      expect.arrayContaining(["user.list", "user.create", "user.setDisabled"]),
    );
    const wrong: string[] = [];
    for (const { path } of adminOnly) {
      for (const who of ["editor", "viewer"] as const) {
        const code = await codeOf(callers[who], path);
        if (code !== "FORBIDDEN") wrong.push(`${who} ${path}: ${code}`);
      }
      const adminCode = await codeOf(callers.admin, path);
      if (adminCode && REFUSED.includes(adminCode)) wrong.push(`admin ${path}: ${adminCode}`);
    }
    expect(wrong).toEqual([]);
  });

  it("enforces for every role exactly the access level each procedure declares (what the admin's screens read)", async () => {
    const declared = procedureAccess();
    expect(Object.keys(declared).sort()).toEqual(procedures.map((p) => p.path).sort());
    const wrong: string[] = [];
    for (const [path, { access }] of Object.entries(declared)) {
      if (!access) {
        wrong.push(`${path}: declares no access level`);
        continue;
      }
      for (const who of ["anonymous", "viewer", "editor", "admin"] as const) {
        const code = await codeOf(callers[who], path);
        const refused = code !== null && REFUSED.includes(code);
        const role = who === "anonymous" ? null : who;
        if (refused === roleMay(role, access))
          wrong.push(`${who} ${path} (${access}): ${code ?? "answered"}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
