import { JSON_SCHEMA_NAMES, type Locale } from "@plenary/domain";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LICENCE } from "~/lib/licence";
import { pageMetadata } from "~/lib/page-metadata";

type Props = { params: Promise<{ locale: Locale }> };

/**
 * The reference tables: each row an address or key (code, the same in every language) and the message under
 * `Data.rows` that says what it is, in the reader's language.
 */
const API: [string, string][] = [
  ["/api/v1/meetings", "meetings"],
  ["/api/v1/meetings/{slug}", "meeting"],
  ["/api/v1/people", "people"],
  ["/api/v1/people/{slug}", "person"],
  ["/api/v1/countries", "countries"],
  ["/api/v1/countries/{slug}", "country"],
  ["/api/v1/organizations", "organizations"],
  ["/api/v1/organizations/{slug}", "organization"],
  ["/api/v1/documents?type=decision&year=2020", "documents"],
  ["/api/v1/documents/{slug}", "document"],
  ["limit, cursor", "paging"],
  ["lastCorrectedAt, corrections[]", "corrections"],
  ["/api/v1/schemas/{name}.json", "schemas"],
];
const EXPORTS: [string, string][] = [
  ["/api/v1/exports", "exports"],
  ["/api/v1/exports/{name}", "exportFile"],
  ["/api/v1/popolo", "popolo"],
  ["/api/v1/meetings/{slug}/popolo", "meetingPopolo"],
  ["/api/v1/meetings/{slug}/participants.csv", "participantsCsv"],
  ["/api/v1/documents.csv", "documentsCsv"],
  ["/{locale}/meetings/{slug}/map.svg", "meetingMap"],
  ["/{locale}/organizations/{slug}/chairmanships.svg, …/members.svg", "organizationTimelines"],
  ["/{locale}/organizations/{slug}/documents-per-year.svg", "organizationDocumentsPerYear"],
  ["/{locale}/people/{slug}/posts.svg", "personPosts"],
  ["/{locale}/documents/per-year.svg", "documentsPerYear"],
  ["/sitemap.xml", "sitemap"],
];
/** Plenary's additions to Popolo, each under a `plenary` key (the format is named in `plenary.format`). */
const POPOLO_EXTENSIONS: [string, string][] = [
  ["plenary.format", "popoloFormat"],
  ["plenary.scope", "popoloScope"],
  ["plenary.licence", "popoloLicence"],
  ["plenary.participations[]", "popoloParticipations"],
  ["plenary.documents[]", "popoloDocuments"],
  ["plenary.chairmanships[]", "popoloChairmanships"],
  ["events[].plenary", "popoloEvents"],
  ["memberships[].plenary.qualifier", "popoloQualifier"],
  ["other_names[].plenary.lang", "popoloLang"],
];
const FEEDS: [string, string][] = [
  ["/feeds/meetings", "feedMeetings"],
  ["/feeds/organizations/{slug}", "feedOrganization"],
  ["/feeds/countries/{slug}", "feedCountry"],
  ["/feeds/people/{slug}", "feedPerson"],
  ["/feeds/meetings?lang=ru", "feedLanguages"],
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
  const table = (id: string, rows: [string, string][], first = t("endpoint")) => (
    <table className="endpoints" aria-labelledby={id}>
      <thead>
        <tr>
          <th scope="col">{first}</th>
          <th scope="col">{t("returns")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([path, row]) => (
          <tr key={path}>
            <th scope="row">
              {path.startsWith("/") && !path.includes("{") ? (
                <a href={path}>
                  <code>{path}</code>
                </a>
              ) : (
                <code>{path}</code>
              )}
            </th>
            <td>
              {t.rich(`rows.${row}`, {
                code: (chunks) => <code>{chunks}</code>,
                names: JSON_SCHEMA_NAMES.join(", "),
              })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <>
      <h1>{t("title")}</h1>
      <p>
        {t.rich("intro", {
          licence: (chunks) => (
            <a href={LICENCE.url} rel="license">
              {chunks}
            </a>
          ),
        })}
      </p>
      <h2 id="api">{t("api")}</h2>
      {table("api", API)}
      <h2 id="exports">{t("exports")}</h2>
      {table("exports", EXPORTS)}
      <p>{t("meetingPage")}</p>
      <h3 id="popolo-extensions">{t("popoloExtensions")}</h3>
      <p>{t.rich("popoloIntro", { code: (chunks) => <code>{chunks}</code> })}</p>
      {table("popolo-extensions", POPOLO_EXTENSIONS, t("key"))}
      <h2 id="feeds">{t("feeds")}</h2>
      {table("feeds", FEEDS)}
    </>
  );
}
