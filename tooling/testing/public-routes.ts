// The inventory of the public site's routes, read from apps/web's route tree (Next.js App Router file conventions),
// and what each one may show. Tests that must cover every public surface (the visibility matrix, conformance and
// role tests) take their list from here, and a route that is in the tree but not classified below fails them: a new
// route cannot escape them.
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const WEB_APP_DIR = fileURLToPath(new URL("../../apps/web/src/app", import.meta.url));

/** A route of the app: its path pattern as the route tree spells it ("/[locale]/meetings/[slug]", "/sitemap.xml"). */
export interface AppRoute {
  path: string;
  /** The file that answers it, relative to the app directory. */
  file: string;
}

/** Files that answer a request (pages, route handlers) and metadata routes, by the address they answer. */
const ROUTE_FILES: Record<string, (dir: string) => string> = {
  "page.tsx": (dir) => dir,
  "route.ts": (dir) => dir,
  "sitemap.ts": (dir) => `${dir === "/" ? "" : dir}/sitemap.xml`,
  "robots.ts": (dir) => `${dir === "/" ? "" : dir}/robots.txt`,
  "manifest.ts": (dir) => `${dir === "/" ? "" : dir}/manifest.webmanifest`,
};

/** Every route in the app's directory tree. Route groups "(name)" take no part in the address; private "_folders" are not routes. */
export function appRoutes(appDir: string = WEB_APP_DIR): AppRoute[] {
  const routes: AppRoute[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith("_")) walk(path);
        continue;
      }
      const toAddress = ROUTE_FILES[entry.name];
      if (!toAddress) continue;
      const segments = relative(appDir, dir)
        .split(sep)
        .filter((segment) => segment && !/^\(.*\)$/.test(segment));
      routes.push({
        path: toAddress(`/${segments.join("/")}`),
        file: relative(appDir, path).split(sep).join("/"),
      });
    }
  };
  walk(appDir);
  return routes.sort((a, b) => a.path.localeCompare(b.path));
}

/** The record kinds the public can see, one page (or none, for posts) each. */
export const RECORD_KINDS = [
  "meeting",
  "document",
  "person",
  "country",
  "organization",
  "post",
  "topic",
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/**
 * What a route shows:
 * - `records`: published records; `subject` names the kind its dynamic segment ([slug], [year]) selects, if any;
 * - `static`: fixed text, no record data (the data catalogue, robots.txt, the 404 page);
 * - `private`: not a public surface (preview for signed-in editors, the revalidation hook), guarded by a secret.
 */
export type RouteClass =
  { shows: "records"; subject: RecordKind | null } | { shows: "static" } | { shows: "private" };

export const PUBLIC_ROUTES: Record<string, RouteClass> = {
  "/[locale]": { shows: "records", subject: null },
  "/[locale]/[...rest]": { shows: "static" },
  "/[locale]/archive": { shows: "records", subject: null },
  "/[locale]/archive/[year]": { shows: "records", subject: "meeting" },
  "/[locale]/countries/[slug]": { shows: "records", subject: "country" },
  "/[locale]/data": { shows: "static" },
  "/[locale]/documents": { shows: "records", subject: null },
  "/[locale]/documents/[slug]": { shows: "records", subject: "document" },
  "/[locale]/documents/per-year.svg": { shows: "records", subject: null },
  "/[locale]/meetings/[slug]": { shows: "records", subject: "meeting" },
  "/[locale]/meetings/[slug]/map.svg": { shows: "records", subject: "meeting" },
  "/[locale]/organizations/[slug]": { shows: "records", subject: "organization" },
  "/[locale]/organizations/[slug]/chairmanships.svg": { shows: "records", subject: "organization" },
  "/[locale]/organizations/[slug]/members.svg": { shows: "records", subject: "organization" },
  "/[locale]/organizations/[slug]/documents-per-year.svg": { shows: "records", subject: "organization" },
  "/[locale]/people/[slug]": { shows: "records", subject: "person" },
  "/[locale]/people/[slug]/posts.svg": { shows: "records", subject: "person" },
  "/[locale]/search": { shows: "records", subject: null },
  "/[locale]/topics": { shows: "records", subject: null },
  "/[locale]/topics/[slug]": { shows: "records", subject: "topic" },
  "/api/health": { shows: "static" },
  "/api/preview": { shows: "private" },
  "/api/preview/exit": { shows: "private" },
  "/api/ready": { shows: "static" },
  "/api/revalidate": { shows: "private" },
  "/api/v1/countries": { shows: "records", subject: null },
  "/api/v1/countries/[slug]": { shows: "records", subject: "country" },
  "/api/v1/documents": { shows: "records", subject: null },
  "/api/v1/documents.csv": { shows: "records", subject: null },
  "/api/v1/documents/[slug]": { shows: "records", subject: "document" },
  "/api/v1/exports": { shows: "records", subject: null },
  "/api/v1/exports/[file]": { shows: "records", subject: null },
  "/api/v1/meetings": { shows: "records", subject: null },
  "/api/v1/meetings/[slug]": { shows: "records", subject: "meeting" },
  "/api/v1/meetings/[slug]/participants.csv": { shows: "records", subject: "meeting" },
  "/api/v1/meetings/[slug]/popolo": { shows: "records", subject: "meeting" },
  "/api/v1/organizations": { shows: "records", subject: null },
  "/api/v1/organizations/[slug]": { shows: "records", subject: "organization" },
  "/api/v1/people": { shows: "records", subject: null },
  "/api/v1/people/[slug]": { shows: "records", subject: "person" },
  "/api/v1/popolo": { shows: "records", subject: null },
  "/api/v1/schemas/[file]": { shows: "static" },
  "/feeds/countries/[slug]": { shows: "records", subject: "country" },
  "/feeds/meetings": { shows: "records", subject: null },
  "/feeds/organizations/[slug]": { shows: "records", subject: "organization" },
  "/feeds/people/[slug]": { shows: "records", subject: "person" },
  "/manifest.webmanifest": { shows: "static" },
  "/robots.txt": { shows: "static" },
  "/sitemap.xml": { shows: "records", subject: null },
  "/sitemaps/[file]": { shows: "records", subject: null },
};

/** Routes in the tree that are not classified above, and classifications of routes that no longer exist. */
export function unclassifiedRoutes(routes: AppRoute[] = appRoutes()): {
  unclassified: string[];
  stale: string[];
} {
  const paths = new Set(routes.map((route) => route.path));
  return {
    unclassified: [...paths].filter((path) => !(path in PUBLIC_ROUTES)),
    stale: Object.keys(PUBLIC_ROUTES).filter((path) => !paths.has(path)),
  };
}

/** The routes that show published records, with the kind each one's address selects. */
export function recordRoutes(
  routes: AppRoute[] = appRoutes(),
): { path: string; subject: RecordKind | null }[] {
  return routes.flatMap(({ path }) => {
    const routeClass = PUBLIC_ROUTES[path];
    return routeClass?.shows === "records" ? [{ path, subject: routeClass.subject }] : [];
  });
}
