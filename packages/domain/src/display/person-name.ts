import type { Locale, Localized, LocalizedText } from "../common/localized-text";
import { localize } from "../common/localized-text";

/**
 * A person's canonical name in the reader's language, falling back to English visibly (`isFallback`). Other
 * names (transliterations, misspellings from sources) are never used here: they exist for search and for
 * tracing sources, not for display.
 */
export function personName(person: { nameI18n: LocalizedText }, locale: Locale): Localized {
  return localize(person.nameI18n, locale);
}

/** The key to sort people by: their sortName ("Putin, Vladimir") when given, else the English name. */
export function personSortKey(person: { nameI18n: LocalizedText; sortName?: string | null }): string {
  return (person.sortName ?? person.nameI18n.en).toLocaleLowerCase("en");
}
