import type { Locale } from "@plenary/domain";

/** The name of a language in the page's language ("Russian", "русский", "俄语") from its BCP 47 tag; the tag if unknown. */
export function languageName(tag: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language", fallback: "code" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
