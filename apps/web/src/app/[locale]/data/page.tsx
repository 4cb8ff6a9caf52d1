import { JSON_SCHEMA_NAMES, type Locale } from "@plenary/domain";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LICENCE } from "~/lib/licence";
import { pageMetadata } from "~/lib/page-metadata";

type Props = { params: Promise<{ locale: Locale }> };

const API: [string, string][] = [
  ["/api/v1/meetings", "Published meetings, newest first"],
  ["/api/v1/meetings/{slug}", "One meeting: participants, documents, presidency, speeches, topics, sources"],
  ["/api/v1/people?offset=0", "People (200 per page)"],
  ["/api/v1/people/{slug}", "One person: posts held and meetings attended"],
  ["/api/v1/countries?offset=0", "Countries"],
  ["/api/v1/countries/{slug}", "One country: memberships, presidencies, representatives"],
  ["/api/v1/organizations?offset=0", "Organizations"],
  ["/api/v1/organizations/{slug}", "One organization: bodies, memberships, presidencies, meetings"],
  ["/api/v1/documents?type=decision&year=2020", "Documents with facet counts; filters: type, action, legalStatus, body, year, topic"],
  ["/api/v1/documents/{slug}", "One document: steps, relations, texts"],
  ["/api/v1/schemas/{name}.json", `JSON Schemas (draft 2020-12) of the answers above and of the meeting record: ${JSON_SCHEMA_NAMES.join(", ")}`],
];
const EXPORTS: [string, string][] = [
  ["/api/v1/popolo", "The whole published dataset as Popolo JSON"],
  ["/api/v1/meetings/{slug}/popolo", "One meeting as Popolo JSON"],
  ["/api/v1/meetings/{slug}/participants.csv", "A meeting's participants as CSV (RFC 4180)"],
  ["/api/v1/documents.csv", "Every published document as CSV"],
  ["/sitemap.xml", "Every public page in every language"],
];
const FEEDS: [string, string][] = [
  ["/feeds/meetings", "All meetings"],
  ["/feeds/organizations/{slug}", "Meetings of one organization and its bodies"],
  ["/feeds/countries/{slug}", "Meetings a country was represented at or hosted"],
  ["/feeds/people/{slug}", "Meetings a person attended"],
];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Data" });
  return pageMetadata({ locale, path: "/data", title: t("title") });
}

export default async function DataPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Data");
  const table = (id: string, rows: [string, string][]) => (
    <table className="endpoints" aria-labelledby={id}>
      <thead>
        <tr>
          <th scope="col">{t("endpoint")}</th>
          <th scope="col">{t("returns")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([path, what]) => (
          <tr key={path}>
            <th scope="row">
              {path.includes("{") ? <code>{path}</code> : <a href={path}><code>{path}</code></a>}
            </th>
            <td lang="en">{what}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t.rich("intro", { licence: (chunks) => <a href={LICENCE.url} rel="license">{chunks}</a> })}</p>
      <h2 id="api">{t("api")}</h2>
      {table("api", API)}
      <h2 id="exports">{t("exports")}</h2>
      {table("exports", EXPORTS)}
      <p>{t("meetingPage")}</p>
      <h2 id="feeds">{t("feeds")}</h2>
      {table("feeds", FEEDS)}
    </>
  );
}
