import { label, type AdoptionAction as Action, type Locale } from "@plenary/domain";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { AdoptionAction } from "~/components/adoption-action";
import { DocumentsPerYearSection } from "~/components/documents-per-year-section";
import { Text } from "~/components/text";
import { Link } from "~/i18n/navigation";
import { formatPartialDate } from "~/lib/format-date";
import { pageMetadata } from "~/lib/page-metadata";
import type { DocumentRegistry } from "~/lib/types";
import { api } from "~/server/api";
import { readDocumentsPerYear } from "~/server/public-reads";
import { orNotFound } from "~/server/or-not-found";

const FACETS = ["type", "action", "legalStatus", "body", "year", "topic"] as const;
type Facet = (typeof FACETS)[number];
const SORTS = ["date", "title"] as const;
type Sort = (typeof SORTS)[number];
/** The facets, the keywords (`q`) and the order (`sort`, newest first when absent): all in the address. */
type Filter = Partial<Record<Facet | "q", string>> & { sort?: Sort };
type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Answers depend on the query string: rendered per request, never page-cached.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Documents" });
  return pageMetadata({ locale, path: "/documents", title: t("title") });
}

function filterFrom(query: Record<string, string | string[] | undefined>): Filter {
  const filter: Filter = {};
  for (const facet of FACETS) {
    const value = query[facet];
    if (typeof value === "string" && value) filter[facet] = value;
  }
  const q = typeof query.q === "string" ? query.q.trim().slice(0, 200) : "";
  if (q) filter.q = q;
  if (query.sort === "title") filter.sort = "title";
  return filter;
}

/** The registry's address with one facet set (or cleared, with `null`). */
function withFacet(filter: Filter, facet: Facet, value: string | null) {
  const query: Filter = { ...filter };
  if (value === null) delete query[facet];
  else query[facet] = value;
  return { pathname: "/documents", query };
}

export default async function DocumentsPage({ params, searchParams }: Props) {
  await connection();
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Documents");
  const filter = filterFrom(await searchParams);
  const [registry, whole] = await Promise.all([
    orNotFound(api().publicPages.documents({ ...filter, locale } as never)),
    // The chart and its table count the whole registry, whatever the filters.
    readDocumentsPerYear(),
  ]);
  const narrowed = FACETS.some((facet) => filter[facet]) || filter.q !== undefined;
  const facetLabel: Record<Facet, (value: string) => ReactNode> = {
    type: (value) => label("documentType", value as never, locale),
    action: (value) => <AdoptionAction action={value as Action} />,
    legalStatus: (value) => label("legalStatus", value as never, locale),
    body: (value) => {
      const body = registry.facets.body.find((b) => b.value === value);
      return body ? <Text value={body.nameI18n} /> : value;
    },
    year: (value) => value,
    topic: (value) => {
      const topic = registry.facets.topic.find((b) => b.value === value);
      return topic ? <Text value={topic.labelI18n} /> : value;
    },
  };

  return (
    <>
      <h1>{t("title")}</h1>
      <div className="registry">
        <nav aria-label={t("filters")} className="facets">
          {FACETS.map((facet) => {
            const counts = registry.facets[facet] as DocumentRegistry["facets"]["year"];
            if (counts.length === 0) return null;
            return (
              <section key={facet} aria-labelledby={`facet-${facet}`}>
                <h2 id={`facet-${facet}`}>{t(facet)}</h2>
                <ul>
                  {filter[facet] ? (
                    <li>
                      <Link href={withFacet(filter, facet, null)}>{t("all")}</Link>
                    </li>
                  ) : null}
                  {counts.map(({ value, count }) => (
                    <li key={value}>
                      <Link
                        href={withFacet(filter, facet, value)}
                        aria-current={filter[facet] === value ? "true" : undefined}
                      >
                        {facetLabel[facet](value)}
                      </Link>{" "}
                      <span className="count">({count})</span>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
          {narrowed ? (
            <p>
              <Link href="/documents">{t("clear")}</Link>
            </p>
          ) : null}
        </nav>
        <section aria-labelledby="document-results" className="results">
          <form method="get" action={`/${locale}/documents`} className="registry-query" role="search">
            {FACETS.map((facet) =>
              filter[facet] ? <input key={facet} type="hidden" name={facet} value={filter[facet]} /> : null,
            )}
            <p>
              <label htmlFor="documents-q">{t("keywords")}</label>
              <input
                id="documents-q"
                type="search"
                name="q"
                defaultValue={filter.q ?? ""}
                maxLength={200}
                placeholder={t("keywordsPlaceholder")}
              />
            </p>
            <p>
              <label htmlFor="documents-sort">{t("sort")}</label>
              <select id="documents-sort" name="sort" defaultValue={filter.sort ?? "date"}>
                {SORTS.map((sort: Sort) => (
                  <option key={sort} value={sort}>
                    {t(sort === "date" ? "sortDate" : "sortTitle")}
                  </option>
                ))}
              </select>
            </p>
            <p>
              <button type="submit">{t("apply")}</button>
            </p>
          </form>
          <h2 id="document-results">{t("count", { count: registry.total })}</h2>
          {registry.items.length === 0 ? (
            <p className="muted">{t("none")}</p>
          ) : (
            <table className="documents">
              <thead>
                <tr>
                  <th scope="col">{t("title")}</th>
                  <th scope="col">{t("type")}</th>
                  <th scope="col">{t("adopted")}</th>
                  <th scope="col">{t("meeting")}</th>
                </tr>
              </thead>
              <tbody>
                {registry.items.map(({ document, meeting }) => (
                  <tr key={document.id}>
                    <th scope="row">
                      <Link href={`/documents/${document.slug}`}>
                        <Text value={document.titleI18n} />
                      </Link>
                    </th>
                    <td data-label={t("type")}>{label("documentType", document.type, locale)}</td>
                    <td data-label={t("adopted")}>
                      <AdoptionAction action={document.action} documentType={document.type} />
                      {document.dateAdopted ? `, ${formatPartialDate(document.dateAdopted, locale)}` : null}
                    </td>
                    <td data-label={t("meeting")}>
                      {meeting ? (
                        <Link href={`/meetings/${meeting.slug}`}>
                          <Text value={meeting.titleI18n} />
                        </Link>
                      ) : (
                        "—"
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
      <DocumentsPerYearSection perYear={whole.perYear} src={`/${locale}/documents/per-year.svg`} />
    </>
  );
}
