import { LOCALES, type Locale } from "@plenary/domain";
import type { Metadata } from "next";
import { meetingsFeedLink } from "./feed-texts";

/**
 * The page's own address and its translations, for `<link rel="canonical">` and `hreflang` alternates.
 * `path` is the address without the locale ("/meetings/x").
 */
export function alternatesFor(path: string, locale: Locale): Metadata["alternates"] {
  const suffix = path === "/" ? "" : path;
  return {
    canonical: `/${locale}${suffix}`,
    languages: {
      ...Object.fromEntries(LOCALES.map((other) => [other, `/${other}${suffix}`])),
      "x-default": `/en${suffix}`,
    },
    types: { "application/atom+xml": [meetingsFeedLink(locale)] },
  };
}
