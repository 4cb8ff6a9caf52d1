import type { Locale, LocalizedText } from "@plenary/domain";
import { localize } from "@plenary/domain";
import { useLocale } from "next-intl";

/** The page's language, from the URL (/en, /ru, /zh). Works in server components. */
export function useSiteLocale(): Locale {
  return useLocale() as Locale;
}

/** A stored multilingual text in the given language, as a plain string (English when it is missing). */
export function inLocale(value: LocalizedText, locale: Locale): string {
  return localize(value, locale).text;
}
