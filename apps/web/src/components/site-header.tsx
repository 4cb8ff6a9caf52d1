import { LABELS, LOCALES } from "@plenary/domain";
import { useTranslations } from "next-intl";
import { Link } from "~/i18n/navigation";
import { useSiteLocale } from "~/lib/locale";
import { LanguageSwitcher } from "./language-switcher";

export function SiteHeader() {
  const t = useTranslations("Site");
  const nav = useTranslations("Nav");
  const locale = useSiteLocale();
  return (
    <header className="site-header">
      <nav aria-label={t("navLabel")}>
        <Link href="/" className="site-name">
          {t("name")}
        </Link>
        <span className="site-tagline">{t("tagline")}</span>
        <ul className="site-sections">
          <li>
            <Link href="/">{nav("meetings")}</Link>
          </li>
          <li>
            <Link href="/documents">{nav("documents")}</Link>
          </li>
          <li>
            <Link href="/topics">{nav("topics")}</Link>
          </li>
          <li>
            <Link href="/archive">{nav("archive")}</Link>
          </li>
          <li>
            <Link href="/search">{nav("search")}</Link>
          </li>
          <li>
            <Link href="/data">{nav("data")}</Link>
          </li>
        </ul>
      </nav>
      <LanguageSwitcher
        label={t("language")}
        current={locale}
        languages={LOCALES.map((code) => ({ locale: code, name: LABELS.locale[code][code] }))}
      />
    </header>
  );
}
