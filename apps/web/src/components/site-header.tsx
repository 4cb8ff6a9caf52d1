import { useTranslations } from "next-intl";
import { Link } from "~/i18n/navigation";
import { LanguageSwitcher } from "./language-switcher";

export function SiteHeader() {
  const t = useTranslations("Site");
  return (
    <header className="site-header">
      <nav aria-label={t("navLabel")}>
        <Link href="/" className="site-name">
          {t("name")}
        </Link>
        <span className="site-tagline">{t("tagline")}</span>
      </nav>
      <LanguageSwitcher label={t("language")} />
    </header>
  );
}
