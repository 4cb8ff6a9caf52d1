// The inventory of the admin's screens, read from apps/admin's route tree, with who may use each one and an address
// that shows it. The walk of every screen per role (apps/admin/e2e/role-walk.test.ts) takes its list from here, and a
// page that is in the tree but not listed below fails apps/admin/src/admin-routes.test.ts: a new screen cannot escape
// the walk.
import { fileURLToPath } from "node:url";
import type { ProcedureAccess } from "@plenary/api";
import { MergeableKind, PageKind } from "@plenary/domain";
import { appRoutes, type AppRoute } from "./public-routes";

/** The access levels of the api's role policy (the domain's AccessLevel). */
type AccessLevel = NonNullable<ProcedureAccess["access"]>;

export const ADMIN_APP_DIR = fileURLToPath(new URL("../../apps/admin/src/app", import.meta.url));

/** Every page of the admin (route handlers under /api are not screens). */
export function adminPageRoutes(appDir: string = ADMIN_APP_DIR): AppRoute[] {
  return appRoutes(appDir).filter((route) => route.file === "page.tsx" || route.file.endsWith("/page.tsx"));
}

/** Records the examples' addresses name: the seed's, and those the walk creates in its set-up. */
export interface ExampleRecords {
  /** The seed meeting (published). Meetings have screens of their own (/meetings/…), not /records/meeting/[id]. */
  meeting: { id: string; slug: string };
  /**
   * One record of every other kind with a page of its own (the registry's PageKind: the kinds without one are
   * edited inside these): seed records, and a topic the set-up created and changed once, so that its history has a
   * version to restore.
   */
  records: Record<Exclude<PageKind, "meeting">, string>;
}

/** Every kind of record with a list and a page of its own (the registry's PageKind), with its example record. */
function everyRecord({ meeting, records }: ExampleRecords): [PageKind, string][] {
  return PageKind.options.map((kind) => [kind, kind === "meeting" ? meeting.id : records[kind]]);
}

export interface AdminScreen {
  /**
   * Who may use the screen, as the access level of what it does: a role the level does not admit is shown why
   * instead (a refusal, no controls), and no other screen links to it for that role.
   */
  needs: AccessLevel | "signedOut";
  /** Addresses that show it; a route with several kinds of record gives one per kind that looks different. */
  examples: (records: ExampleRecords) => string[];
  /** The signed-in user's own account: every role changes its own password and second factor here. */
  ownAccount?: true;
}

export const ADMIN_ROUTES: Record<string, AdminScreen> = {
  "/": { needs: "signedIn", examples: () => ["/"] },
  "/account": { needs: "signedIn", examples: () => ["/account"], ownAccount: true },
  "/audit": { needs: "admin", examples: () => ["/audit"] },
  "/history/[entityType]/[id]": {
    needs: "signedIn",
    examples: (records) => everyRecord(records).map(([kind, id]) => `/history/${kind}/${id}`),
  },
  "/meetings/[slug]": { needs: "signedIn", examples: ({ meeting }) => [`/meetings/${meeting.slug}`] },
  "/meetings/edit/[id]": { needs: "signedIn", examples: ({ meeting }) => [`/meetings/edit/${meeting.id}`] },
  "/meetings/from-release": { needs: "editor", examples: () => ["/meetings/from-release"] },
  "/meetings/import": { needs: "editor", examples: () => ["/meetings/import"] },
  "/meetings/new": { needs: "editor", examples: () => ["/meetings/new"] },
  "/merge/[entityType]": {
    needs: "editor",
    examples: () => MergeableKind.options.map((kind) => `/merge/${kind}`),
  },
  "/records/[entityType]": {
    needs: "signedIn",
    examples: () => PageKind.options.map((kind) => `/records/${kind}`),
  },
  "/records/[entityType]/[id]": {
    needs: "signedIn",
    examples: (records) =>
      everyRecord(records)
        .filter(([kind]) => kind !== "meeting")
        .map(([kind, id]) => `/records/${kind}/${id}`),
  },
  "/sign-in": { needs: "signedOut", examples: () => ["/sign-in"] },
  "/trash": { needs: "signedIn", examples: () => ["/trash"] },
  "/users": { needs: "admin", examples: () => ["/users"] },
};

/** Pages in the tree that are not listed above, and listings of pages that no longer exist. */
export function unlistedAdminRoutes(routes: AppRoute[] = adminPageRoutes()): {
  unlisted: string[];
  stale: string[];
} {
  const paths = new Set(routes.map((route) => route.path));
  return {
    unlisted: [...paths].filter((path) => !(path in ADMIN_ROUTES)),
    stale: Object.keys(ADMIN_ROUTES).filter((path) => !paths.has(path)),
  };
}

/** The inventoried route an address inside the admin belongs to ("/merge/post" → "/merge/[entityType]"), if any. */
export function adminRouteOf(pathname: string): string | undefined {
  const segments = pathname.split("/").filter(Boolean);
  const matches = Object.keys(ADMIN_ROUTES).filter((route) => {
    const pattern = route.split("/").filter(Boolean);
    return (
      pattern.length === segments.length &&
      pattern.every((part, i) => /^\[.+\]$/.test(part) || part === segments[i])
    );
  });
  // A fixed segment wins over a dynamic one ("/meetings/new" over "/meetings/[slug]").
  const fixedParts = (route: string) =>
    route.split("/").filter((part) => part && !part.startsWith("[")).length;
  return matches.sort((a, b) => fixedParts(b) - fixedParts(a))[0];
}
