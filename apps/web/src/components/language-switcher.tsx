"use client";
import "~/lib/zod-without-eval";
import { LABELS, LOCALES, type Locale } from "@plenary/domain";
import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { Link, usePathname } from "~/i18n/navigation";

/** The same page in each language, filters and search kept; each language is named in itself ("Русский", "中文"). */
export function LanguageSwitcher({ label }: { label: string }) {
  return (
    <nav aria-label={label} className="language-switcher">
      {/* Until the query is known (static pages), the links lead to the same page without it. */}
      <Suspense fallback={<LanguageLinks query={{}} />}>
        <LanguageLinksWithQuery />
      </Suspense>
    </nav>
  );
}

function LanguageLinksWithQuery() {
  return <LanguageLinks query={Object.fromEntries(useSearchParams())} />;
}

function LanguageLinks({ query }: { query: Record<string, string> }) {
  const current = useLocale() as Locale;
  const pathname = usePathname();
  return (
    <ul>
      {LOCALES.map((locale) => (
        <li key={locale}>
          <Link
            href={{ pathname, query }}
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
  );
}
