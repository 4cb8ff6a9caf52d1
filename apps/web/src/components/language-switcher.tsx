"use client";
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";

/** A language of the site: its code and its name in itself ("Русский", "中文"). */
export type Language = { locale: string; name: string };

type Props = { label: string; current: string; languages: Language[] };

/**
 * The same page in each language, filters and search kept. A client component because a cached page is one copy
 * for every query it is asked with: only the browser knows the query. It renders plain links (no client router),
 * and gets its words and the page's language from the server, so it needs no i18n library on the client.
 */
export function LanguageSwitcher({ label, ...links }: Props) {
  return (
    <nav aria-label={label} className="language-switcher">
      {/* Until the query is known (cached pages), the links lead to the same page without it. */}
      <Suspense fallback={<LanguageLinks {...links} search="" />}>
        <LanguageLinksWithQuery {...links} />
      </Suspense>
    </nav>
  );
}

function LanguageLinksWithQuery(links: Omit<Props, "label">) {
  return <LanguageLinks {...links} search={useSearchParams().toString()} />;
}

function LanguageLinks({ current, languages, search }: Omit<Props, "label"> & { search: string }) {
  // The address without its language: /en/meetings/x → /meetings/x.
  const path = usePathname().replace(/^\/[^/]+/, "");
  return (
    <ul>
      {languages.map(({ locale, name }) => (
        <li key={locale}>
          <a
            href={`/${locale}${path}${search ? `?${search}` : ""}`}
            hrefLang={locale}
            lang={locale}
            aria-current={locale === current ? "page" : undefined}
          >
            {name}
          </a>
        </li>
      ))}
    </ul>
  );
}
