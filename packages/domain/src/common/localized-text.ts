import { z } from "zod";

export const Locale = z.enum(["en", "ru", "zh"]);
export type Locale = z.infer<typeof Locale>;
export const LOCALES = Locale.options;

/** ISO 639 language code with optional BCP 47 subtags: "en", "ru", "zh", "zh-Hans". */
export const LanguageCode = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
  error: "Must be a language code such as en, ru, zh or zh-Hans",
});
export type LanguageCode = z.infer<typeof LanguageCode>;

const translation = z
  .string()
  .trim()
  .min(1, { error: "Leave a translation out instead of leaving it empty" });

/** English is required because every reader can fall back to it; other languages are added as they are known. */
export const LocalizedText = z.object({
  en: z.string().trim().min(1, { error: "English text is required" }),
  ru: translation.optional(),
  zh: translation.optional(),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

export type Localized = {
  text: string;
  /** The language the text is actually in, for the `lang` attribute. */
  lang: Locale;
  /** True when the requested language was missing and English is shown instead, so the page can say so. */
  isFallback: boolean;
};

export function localize(text: LocalizedText, locale: Locale): Localized {
  const wanted = text[locale];
  if (wanted !== undefined && wanted.trim() !== "") return { text: wanted, lang: locale, isFallback: false };
  return { text: text.en, lang: "en", isFallback: locale !== "en" };
}

/** Free text that must say something: trimmed and non-empty. */
export const NonEmptyString = z.string().trim().min(1, { error: "Must not be empty" });
