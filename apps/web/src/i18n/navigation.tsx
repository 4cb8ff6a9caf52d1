import type { Locale } from "@plenary/domain";
import type { ComponentProps } from "react";
import { useSiteLocale } from "~/lib/locale";

/**
 * An address of this site in a language: `/meetings/x` → `/ru/meetings/x`, `/` → `/ru`. The language is always
 * the address's first segment (routing.ts: `localePrefix: "always"`, no localized pathnames). Written here rather
 * than taken from next-intl's createNavigation, whose module also defines its client Link: importing it put
 * next-intl's client code (use-intl's formatter) on every page, used or not.
 */
export function localizedPath(pathname: string, locale: Locale): string {
  return pathname === "/" ? `/${locale}` : `/${locale}${pathname}`;
}

/** An address of this site without the locale (`"/meetings/x"`), or such a path with its query. */
type Href = string | { pathname: string; query?: Partial<Record<string, string>> };

/**
 * A link to a page of this site in the page's language (`href="/meetings/x"` is `/ru/meetings/x` on a Russian page;
 * an empty query adds no `?`). A plain `<a>` rendered on the server: the public site navigates by loading pages,
 * which are cached whole, so its links ship no client code — a client-side router link would add next/link and
 * next-intl's client to every page, which a site of records does not need.
 */
export function Link({ href, ...anchor }: Omit<ComponentProps<"a">, "href"> & { href: Href }) {
  const locale = useSiteLocale();
  const { pathname, query } = typeof href === "string" ? { pathname: href, query: undefined } : href;
  return <a {...anchor} href={withQuery(localizedPath(pathname, locale), query)} />;
}

/** An address with a query string of the parameters that have a value (`/ru/x` and `{}` give `/ru/x`, no `?`). */
export function withQuery(path: string, query: Partial<Record<string, string>> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) search.set(key, value);
  return search.size ? `${path}?${search}` : path;
}
