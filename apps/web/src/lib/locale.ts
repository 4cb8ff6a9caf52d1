import type { Locale, LocalizedText } from "@plenary/domain";
import { localize } from "@plenary/domain";

/** The site speaks English for now; every label and text goes through this one locale. */
export const LOCALE: Locale = "en";

/** A stored multilingual text in the site's language (English is always there to fall back to). */
export function inLocale(value: LocalizedText): string {
  return localize(value, LOCALE).text;
}
