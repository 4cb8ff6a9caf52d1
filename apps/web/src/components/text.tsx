import type { LocalizedText } from "@plenary/domain";
import { localize } from "@plenary/domain";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useSiteLocale } from "~/lib/locale";

/**
 * English shown on a Russian or Chinese page, where the page's language has no text of its own: `lang="en"` for
 * screen readers, search engines and hyphenation, and a visible "EN" mark that says why, read out in the page's
 * language. Every such text on the site is marked by this one component; on English pages it adds nothing.
 */
export function InEnglish({ children }: { children: ReactNode }) {
  const locale = useSiteLocale();
  const t = useTranslations("Site");
  if (locale === "en") return <>{children}</>;
  return (
    <span lang="en" className="fallback">
      {children}
      <abbr lang={locale} className="fallback-mark" title={t("fallbackTitle")}>
        <span lang="en" aria-hidden="true">
          {t("fallback")}
        </span>
        <span className="visually-hidden"> ({t("fallbackTitle")})</span>
      </abbr>
    </span>
  );
}

/** A stored multilingual text in the page's language; where the translation is missing, the English, marked. */
export function Text({ value }: { value: LocalizedText }) {
  const { text, isFallback } = localize(value, useSiteLocale());
  return isFallback ? <InEnglish>{text}</InEnglish> : <>{text}</>;
}

const LATIN = /\p{Script=Latin}/u;
const OTHER_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Han}]/u;

/**
 * A text stored in one language only, as the editor or the source wrote it (who organizes a step, a source's
 * note, a participant's title in the source's words). The admin is in English, so Latin-script text is English
 * and is marked on Russian and Chinese pages; text written in Cyrillic or Chinese is shown as it is.
 */
export function FreeText({ text }: { text: string }) {
  return LATIN.test(text) && !OTHER_SCRIPT.test(text) ? <InEnglish>{text}</InEnglish> : <>{text}</>;
}
