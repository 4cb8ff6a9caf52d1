import { label, type Locale } from "@plenary/domain";
import type { Metadata } from "next";
import { CiteThis } from "~/components/cite-this";
import { JsonLd } from "~/components/json-ld";
import { SpeechText } from "~/components/speeches-section";
import { sameAs, webPageLd } from "~/lib/json-ld";
import { siteUrl } from "~/server/site-url";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { FreeText, Text } from "~/components/text";
import { ChartImage } from "~/components/chart-image";
import { CorrectionsSection } from "~/components/corrections-section";
import { postsTimeline } from "~/lib/person-chart";
import { timelineHeight } from "~/lib/timeline-chart";
import { Link } from "~/i18n/navigation";
import { formatMeetingDates, formatPartialDate, formatPeriod } from "~/lib/format-date";
import { inLocale } from "~/lib/locale";
import { pageMetadata } from "~/lib/page-metadata";
import { readPerson } from "~/server/public-reads";
import { findRecord, recordOrRedirect } from "~/server/or-not-found";

type Props = { params: Promise<{ locale: Locale; slug: string }> };

// Rendered on first request, then cached (see the [locale] layout).
export function generateStaticParams() {
  return [];
}

const findPerson = cache((slug: string) => findRecord(readPerson(slug), "person", slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const found = await findPerson(slug);
  // An old slug or an unknown one: the page answers (a redirect or the 404 page), once.
  if (found.kind !== "found") return {};
  const { person } = found.record;
  return pageMetadata({
    locale,
    path: `/people/${slug}`,
    title: inLocale(person.nameI18n, locale),
    type: "profile",
  });
}

export default async function PersonPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Person");
  const detail = recordOrRedirect(await findPerson(slug), { locale, section: "people" });
  const { person, occupancies, participations, speeches, lastCorrectedAt, corrections } = detail;
  // Posts over time beside the meetings attended (posts.svg); the lists below give the same data.
  const tc = (await getTranslations("Charts")) as unknown as Parameters<typeof postsTimeline>[2];
  const chart = postsTimeline(detail, locale, tc, new Date().toISOString().slice(0, 10));
  return (
    <article className="profile">
      <h1>
        <Text value={person.nameI18n} />
      </h1>
      {person.summaryI18n ? (
        <p className="summary">
          <Text value={person.summaryI18n} />
        </p>
      ) : null}
      {person.otherNames.length > 0 ? (
        <section aria-labelledby="other-names">
          <h2 id="other-names">{t("otherNames")}</h2>
          <ul className="other-names">
            {person.otherNames.map((other) => (
              <li key={`${other.name}-${other.lang ?? ""}`} lang={other.lang ?? undefined}>
                {other.lang ? other.name : <FreeText text={other.name} />}
                {other.note ? (
                  <span className="muted">
                    {" — "}
                    <FreeText text={other.note} />
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="posts">
        <h2 id="posts">{t("posts")}</h2>
        {chart.rows.length > 0 ? (
          <ChartImage
            src={`/${locale}/people/${person.slug}/posts.svg`}
            alt={tc("postsAlt")}
            height={timelineHeight(chart.rows.length, chart.legend.length)}
          />
        ) : null}
        {occupancies.length === 0 ? (
          <p className="muted">{t("noPosts")}</p>
        ) : (
          <ul>
            {occupancies.map(({ occupancy, post }) => (
              <li key={occupancy.id}>
                <Text value={post.labelI18n} />
                {occupancy.qualifier
                  ? ` (${label("occupancyQualifier", occupancy.qualifier, locale)})`
                  : null}
                <span className="muted">
                  {" "}
                  — {formatPeriod(occupancy.startDate, occupancy.endDate, locale) ?? t("datesUnknown")}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="meetings">
        <h2 id="meetings">{t("meetings")}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("meeting")}</th>
              <th scope="col">{t("date")}</th>
              <th scope="col">{t("capacity")}</th>
              <th scope="col">{t("mode")}</th>
            </tr>
          </thead>
          <tbody>
            {participations.map(({ participation, meeting, post, country, organization }) => (
              <tr key={participation.id}>
                <th scope="row">
                  <Link href={`/meetings/${meeting.slug}`}>
                    <Text value={meeting.titleI18n} />
                  </Link>
                </th>
                <td data-label={t("date")}>
                  {meeting.startDate ? formatMeetingDates(meeting.startDate, meeting.endDate, locale) : "—"}
                </td>
                <td data-label={t("capacity")}>
                  {post ? <Text value={post.labelI18n} /> : <FreeText text={participation.titleAsStated} />}
                  {country ? (
                    <>
                      {" · "}
                      <Link href={`/countries/${country.slug}`}>
                        <Text value={country.nameI18n} />
                      </Link>
                    </>
                  ) : organization ? (
                    <>
                      {" · "}
                      <Link href={`/organizations/${organization.slug}`}>
                        <Text value={organization.nameI18n} />
                      </Link>
                    </>
                  ) : null}
                  {" · "}
                  {label("participationRole", participation.role, locale)}
                  {/* Its own line, and a space, so the role never runs into it ("Head of delegationAs stated"). */}{" "}
                  <div className="as-stated">
                    {t("asStated")}: <FreeText text={`“${participation.titleAsStated}”`} />
                  </div>
                </td>
                <td data-label={t("mode")}>{label("participationMode", participation.mode, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {speeches.length > 0 ? (
        <section aria-labelledby="speeches">
          <h2 id="speeches">{t("speeches")}</h2>
          <ol className="speeches">
            {speeches.map(({ speech, meeting }) => (
              <li key={speech.id}>
                <p className="meta">
                  <strong>
                    <Link href={`/meetings/${meeting.slug}`}>
                      <Text value={meeting.titleI18n} />
                    </Link>
                  </strong>
                  {meeting.startDate ? (
                    <span>{formatMeetingDates(meeting.startDate, meeting.endDate, locale)}</span>
                  ) : null}
                  <span>{label("speechKind", speech.kind, locale)}</span>
                </p>
                <SpeechText text={speech.textI18n} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <CorrectionsSection lastCorrectedAt={lastCorrectedAt} corrections={corrections} />
      <CiteThis
        title={person.nameI18n}
        permalink={siteUrl(`/${locale}/people/${person.slug}`)}
        accessed={formatPartialDate(new Date().toISOString().slice(0, 10), locale)}
      />
      <JsonLd
        data={webPageLd({
          url: siteUrl(`/${locale}/people/${person.slug}`),
          name: inLocale(person.nameI18n, locale),
          locale,
          dateModified: person.updatedAt,
          mainEntity: {
            "@type": "Person",
            url: siteUrl(`/${locale}/people/${person.slug}`),
            name: inLocale(person.nameI18n, locale),
            alternateName: [...Object.values(person.nameI18n), ...person.otherNames.map((n) => n.name)],
            givenName: person.givenName ?? undefined,
            familyName: person.familyName ?? undefined,
            jobTitle: occupancies.map(({ post }) => inLocale(post.labelI18n, locale)),
            subjectOf: participations.map(({ meeting }) => ({
              "@type": "Event",
              name: inLocale(meeting.titleI18n, locale),
              startDate: meeting.startDate ?? undefined,
              url: siteUrl(`/${locale}/meetings/${meeting.slug}`),
            })),
            sameAs: sameAs(person.identifiers),
          },
        })}
      />
    </article>
  );
}
