import type { Locale } from "@plenary/domain";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { DocumentList } from "~/components/document-list";
import { MeetingList } from "~/components/meeting-list";
import { SearchForm } from "~/components/search-form";
import { FreeText, Text } from "~/components/text";
import { Link } from "~/i18n/navigation";
import { pageMetadata } from "~/lib/page-metadata";
import { api } from "~/server/api";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ q?: string | string[] }> };

// Answers depend on the query string: rendered per request, never page-cached.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Search" });
  return {
    ...(await pageMetadata({ locale, path: "/search", title: t("title") })),
    robots: { index: false },
  };
}

export default async function SearchPage({ params, searchParams }: Props) {
  await connection();
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Search");
  const raw = (await searchParams).q;
  const q = (typeof raw === "string" ? raw : "").trim().slice(0, 200);
  const results = q ? await api().search.all({ q }) : null;
  // What the reader typed, repeated as typed: its language is not known (lang="").
  const query = (chunks: ReactNode) => <span lang="">{chunks}</span>;
  const total = results
    ? results.meetings.length +
      results.people.length +
      results.countries.length +
      results.organizations.length +
      results.documents.length
    : 0;

  return (
    <>
      <h1>{t("title")}</h1>
      <SearchForm query={q} />
      {results ? (
        <section aria-labelledby="search-results" className="search-results">
          <h2 id="search-results">{t.rich("results", { q, query })}</h2>
          {total === 0 ? <p>{t.rich("none", { q, query })}</p> : null}
          <Group id="people" title={t("people")} count={results.people.length}>
            <ul>
              {results.people.map(({ person, matched }) => (
                <li key={person.id}>
                  <Link href={`/people/${person.slug}`}>
                    <Text value={person.nameI18n} />
                  </Link>
                  {matched && !Object.values(person.nameI18n).includes(matched) ? (
                    <span className="muted">
                      {" — "}
                      {t.rich("alsoKnownAs", { alias: () => <FreeText text={matched} /> })}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </Group>
          <Group id="meetings" title={t("meetings")} count={results.meetings.length}>
            <MeetingList meetings={results.meetings} empty="" />
          </Group>
          <Group id="countries" title={t("countries")} count={results.countries.length}>
            <ul>
              {results.countries.map((country) => (
                <li key={country.id}>
                  <Link href={`/countries/${country.slug}`}>
                    <Text value={country.nameI18n} />
                  </Link>
                </li>
              ))}
            </ul>
          </Group>
          <Group id="organizations" title={t("organizations")} count={results.organizations.length}>
            <ul>
              {results.organizations.map((organization) => (
                <li key={organization.id}>
                  <Link href={`/organizations/${organization.slug}`}>
                    <Text value={organization.nameI18n} />
                  </Link>
                </li>
              ))}
            </ul>
          </Group>
          <Group id="documents" title={t("documents")} count={results.documents.length}>
            <DocumentList documents={results.documents} locale={locale} />
          </Group>
        </section>
      ) : null}
    </>
  );
}

function Group({
  id,
  title,
  count,
  children,
}: {
  id: string;
  title: string;
  count: number;
  children: ReactNode;
}) {
  if (count === 0) return null;
  return (
    <section aria-labelledby={`results-${id}`} className={`results-${id}`}>
      <h3 id={`results-${id}`}>
        {title} ({count})
      </h3>
      {children}
    </section>
  );
}
