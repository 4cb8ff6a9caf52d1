import { LOCALES } from "@plenary/domain";
import { defineRouting } from "next-intl/routing";

/** The locale is always in the URL (/en/…, /ru/…, /zh/…), so every page has one address per language. */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: "en",
  localePrefix: "always",
  // Readers follow shared links: the address decides the language, never a cookie from an earlier visit.
  localeCookie: false,
});
