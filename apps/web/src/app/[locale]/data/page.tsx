import { JSON_SCHEMA_NAMES, type Locale } from "@plenary/domain";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { InEnglish } from "~/components/text";
import { LICENCE } from "~/lib/licence";
import { pageMetadata } from "~/lib/page-metadata";

type Props = { params: Promise<{ locale: Locale }> };

const API: [string, string][] = [
  ["/api/v1/meetings", "Published meetings, newest first"],
  [
    "/api/v1/meetings/{slug}",
    "One meeting: participants, documents, presidency, speeches, topics, sources, corrections",
  ],
  ["/api/v1/people?offset=0", "People (200 per page)"],
  ["/api/v1/people/{slug}", "One person: posts held, meetings attended, corrections"],
  ["/api/v1/countries?offset=0", "Countries"],
  ["/api/v1/countries/{slug}", "One country: memberships, presidencies, representatives, corrections"],
  ["/api/v1/organizations?offset=0", "Organizations"],
  [
    "/api/v1/organizations/{slug}",
    "One organization: bodies, memberships, presidencies, meetings, corrections",
  ],
  [
    "/api/v1/documents?type=decision&year=2020",
    "Documents with facet counts; filters: type, action, legalStatus, body, year, topic",
  ],
  ["/api/v1/documents/{slug}", "One document: steps, relations, texts, corrections"],
  [
    "lastCorrectedAt, corrections[]",
    "On every one-record answer above: when the public record was last corrected, and each correction the public can see (at; fields: the public fields it changed; changes: for plain values, field, value, from and to), newest first, at most 50; never who made it nor a draft's values",
  ],
  [
    "/api/v1/schemas/{name}.json",
    `JSON Schemas (draft 2020-12) of the answers above and of the meeting record: ${JSON_SCHEMA_NAMES.join(", ")}`,
  ],
];
const EXPORTS: [string, string][] = [
  [
    "/api/v1/exports",
    "The bulk files of everything published, written again after each publication: the current version and the earlier ones kept for a week, each file with its size, sha256 and number of records",
  ],
  [
    "/api/v1/exports/{name}",
    "One bulk file (Popolo JSON; CSV of meetings, participants, documents), named after its content: it never changes and may be cached for good",
  ],
  ["/api/v1/popolo", "The whole published dataset as Popolo JSON (the current bulk file)"],
  ["/api/v1/meetings/{slug}/popolo", "One meeting as Popolo JSON"],
  ["/api/v1/meetings/{slug}/participants.csv", "A meeting's participants as CSV (RFC 4180)"],
  ["/api/v1/documents.csv", "Every published document as CSV (the current bulk file)"],
  [
    "/{locale}/meetings/{slug}/map.svg",
    "A meeting's participating countries on a world map (SVG image), coloured by category",
  ],
  [
    "/{locale}/organizations/{slug}/chairmanships.svg, …/members.svg",
    "An organization's chairmanship and its membership by status over time (SVG timelines)",
  ],
  [
    "/{locale}/people/{slug}/posts.svg",
    "A person's posts over time beside the meetings attended (SVG timeline)",
  ],
  ["/{locale}/documents/per-year.svg", "Documents adopted per year, by type (SVG bar chart)"],
  ["/sitemap.xml", "Every public page in every language"],
];
/** Plenary's additions to Popolo, each under a `plenary` key (the format is named in `plenary.format`). */
const POPOLO_EXTENSIONS: [string, string][] = [
  ["plenary.format", '"plenary.popolo/1": the version of these additions'],
  [
    "plenary.scope",
    'What the file holds: {kind: "meeting", event_id, url} or {kind: "dataset", event_count}',
  ],
  ["plenary.licence", "The data licence and the attribution it asks for"],
  [
    "plenary.participations[]",
    "Who attended which event in which capacity: event_id, person_id, post_id, membership_id, on_behalf_of_id (a country or organization), category, role, mode, protocol_order, title_as_stated (the source's own words)",
  ],
  [
    "plenary.documents[]",
    "Documents adopted at the events: id, title, type, action, date, event_id, adopting_organization_id, identifiers, url",
  ],
  [
    "plenary.chairmanships[]",
    "Rotating presidencies handed over at the events: organization_id, country_id, start_date, end_date (the first day no longer in office), started_at_event_id, ended_at_event_id (null when that event is not in the file)",
  ],
  [
    "events[].plenary",
    "url (the event's page), attendance_mode (in_person, online, hybrid), host_country_id, venue_country_id, sources (every source, including those known only by title or text: url, title, publisher, published_at, retrieved_at, language (a BCP 47 tag), note, archived_text (the source's text as archived with the record), archived_at; the dates as the source states them: a date, or a date-time whose missing offset means the source's local time)",
  ],
  ["memberships[].plenary.qualifier", "acting or interim, when the post was so held"],
  ["other_names[].plenary.lang", "The language of a name given in another script (ru, zh)"],
];
const FEEDS: [string, string][] = [
  ["/feeds/meetings", "All meetings"],
  ["/feeds/organizations/{slug}", "Meetings of one organization and its bodies"],
  ["/feeds/countries/{slug}", "Meetings a country was represented at or hosted"],
  ["/feeds/people/{slug}", "Meetings a person attended"],
  ["/feeds/meetings?lang=ru", "Any feed in Russian or Chinese (?lang=ru, ?lang=zh); English without it"],
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
        {rows.map(([path, what]) => (
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
              {/* The reference is written in English only: marked as such on the other languages' pages. */}
              <InEnglish>{what}</InEnglish>
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
