import type { Locale } from "@plenary/domain";
import { createTranslator } from "next-intl";
import en from "../messages/en.json";
import ru from "../messages/ru.json";
import zh from "../messages/zh.json";

const MESSAGES = { en, ru, zh };

/** A feed's texts in its language: titles, the author, each entry's one-line summary. */
export function feedTranslator(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: "Feeds" });
}

/** A feed's address in a language: English without a query, the others with `?lang=`. */
export function feedPath(path: string, locale: Locale): string {
  return locale === "en" ? path : `${path}?lang=${locale}`;
}

/** The site-wide feed as pages announce it (`<link rel="alternate" type="application/atom+xml">`), in their language. */
export function meetingsFeedLink(locale: Locale) {
  return { url: feedPath("/feeds/meetings", locale), title: feedTranslator(locale)("meetings") };
}
