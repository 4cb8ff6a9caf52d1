// One example address for every HTML page route of the public site, taken from the route inventory
// (public-routes.ts): the conformance tests (Nu HTML checker, axe-core) check each kind of page once, and a page
// route without an example fails them instead of escaping them.
import { appRoutes, PUBLIC_ROUTES, type AppRoute, type RecordKind } from "./public-routes";

export const LOCALES = ["en", "ru", "zh"] as const;
export type Locale = (typeof LOCALES)[number];

/** A published record of each kind in the seed (`@plenary/db/seed`), whose page every test database has. */
export const SEED_SLUGS: Record<Exclude<RecordKind, "post">, string> = {
  meeting: "meeting-of-the-sco-council-of-heads-of-state-2020-11-10",
  document: "moscow-declaration-2020-11-10",
  person: "jumakhon-giyosov",
  country: "tajikistan",
  organization: "shanghai-cooperation-organisation",
  topic: "drug-threat",
};

/** The year of the seed's meeting, for the year archive. */
export const SEED_YEAR = "2020";

/**
 * A query that makes a page show what it is for (search results rather than an empty form), by route. Routes
 * without one are checked bare.
 */
const QUERIES: Record<string, string> = {
  "/[locale]/search": "?q=Gijesov",
};

/** Routes answered by an HTML page (page.tsx) that the public can reach. */
export function pageRoutes(routes: AppRoute[] = appRoutes()): AppRoute[] {
  return routes.filter(
    (route) => route.file.endsWith("page.tsx") && PUBLIC_ROUTES[route.path]?.shows !== "private",
  );
}

export interface PageExample {
  /** The route pattern ("/[locale]/meetings/[slug]"). */
  route: string;
  /** The address to request, relative to the site ("/ru/meetings/…"). */
  path: string;
  locale: Locale;
  /** The status the page must answer with: the catch-all route is the "not found" page. */
  status: 200 | 404;
}

/**
 * The example of one page route in one language, or null when a dynamic segment has no example (a new kind of
 * segment, or a records route that does not say which kind it selects).
 */
export function pageExample(route: string, locale: Locale): PageExample | null {
  const routeClass = PUBLIC_ROUTES[route];
  if (!routeClass) return null;
  const subject = routeClass.shows === "records" ? routeClass.subject : null;
  let status: 200 | 404 = 200;
  const segments = route.split("/").map((segment) => {
    if (segment === "[locale]") return locale;
    if (segment === "[year]") return subject === "meeting" ? SEED_YEAR : null;
    if (segment === "[slug]") return subject && subject !== "post" ? SEED_SLUGS[subject] : null;
    if (/^\[\.\.\..+\]$/.test(segment) && routeClass.shows === "static") {
      status = 404;
      return "no-such-page";
    }
    if (segment.startsWith("[")) return null;
    return segment;
  });
  if (segments.includes(null)) return null;
  return { route, path: `${segments.join("/")}${QUERIES[route] ?? ""}`, locale, status };
}

/**
 * Every page route's example, one language each, rotating en, ru, zh through the routes in order, and the routes
 * that have none.
 */
export function pageExamples(routes: AppRoute[] = pageRoutes()): {
  examples: PageExample[];
  missing: string[];
} {
  const examples: PageExample[] = [];
  const missing: string[] = [];
  routes.forEach((route, index) => {
    const example = pageExample(route.path, LOCALES[index % LOCALES.length]!);
    if (example) examples.push(example);
    else missing.push(route.path);
  });
  return { examples, missing };
}
