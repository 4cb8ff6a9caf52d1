import type { LocalizedText } from "@plenary/domain";
import { localize } from "@plenary/domain";
import { useTranslations } from "next-intl";
import { useSiteLocale } from "~/lib/locale";

/**
 * A stored multilingual text in the page's language. Where the translation is missing the English text is shown,
 * marked as such (visibly, and with `lang="en"` for screen readers and search engines).
 */
export function Text({ value }: { value: LocalizedText }) {
  const { text, lang, isFallback } = localize(value, useSiteLocale());
  const t = useTranslations("Site");
  if (!isFallback) return <>{text}</>;
  return (
    <span lang={lang} className="fallback">
      {text}
      <abbr className="fallback-mark" title={t("fallbackTitle")}>
        {t("fallback")}
      </abbr>
    </span>
  );
}
