"use client";
import { LABELS, LOCALES, type Locale } from "@plenary/domain";
import { useLocale } from "next-intl";
import { Link, usePathname } from "~/i18n/navigation";

/** The same page in each language; each language is named in itself ("Русский", "中文"). */
export function LanguageSwitcher({ label }: { label: string }) {
  const current = useLocale() as Locale;
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="language-switcher">
      <ul>
        {LOCALES.map((locale) => (
          <li key={locale}>
            <Link
              href={pathname}
              locale={locale}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? "page" : undefined}
            >
              {LABELS.locale[locale][locale]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
