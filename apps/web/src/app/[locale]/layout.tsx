import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { JsonLd } from "~/components/json-ld";
import { SiteFooter } from "~/components/site-footer";
import { SiteHeader } from "~/components/site-header";
import { TableSemantics } from "~/components/table-semantics";
import { routing } from "~/i18n/routing";
import { env } from "~/env";
import { meetingsFeedLink } from "~/lib/feed-texts";
import { LICENCE } from "~/lib/licence";
import "../globals.css";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

// Public pages are rendered on their first request, not at build (there is no database then), and then served
// from Next's page cache: tagged by what they read (see server/cached.ts), dropped by POST /api/revalidate, and
// re-rendered at least hourly. Draft mode (a preview) bypasses the cache; pages reading search params stay dynamic.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Site" });
  return {
    metadataBase: new URL(env.PUBLIC_SITE_URL),
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("description"),
    openGraph: { siteName: t("name"), locale, type: "website" },
    twitter: { card: "summary" },
    alternates: {
      types: {
        "application/atom+xml": [
          meetingsFeedLink(hasLocale(routing.locales, locale) ? locale : routing.defaultLocale),
        ],
      },
    },
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Site" });
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t("skipLink")}
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
        <TableSemantics />
        <JsonLd
          data={{
            "@type": "WebSite",
            name: t("name"),
            description: t("description"),
            url: new URL(`/${locale}`, env.PUBLIC_SITE_URL).href,
            inLanguage: locale,
            license: LICENCE.url,
            potentialAction: {
              "@type": "SearchAction",
              target: new URL(`/${locale}/search?q={query}`, env.PUBLIC_SITE_URL).href.replace(
                "%7Bquery%7D",
                "{query}",
              ),
              "query-input": "required name=query",
            },
          }}
        />
      </body>
    </html>
  );
}
