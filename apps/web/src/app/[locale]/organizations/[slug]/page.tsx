import { isPartialDate, label, rangeCovers, type Locale } from "@plenary/domain";
import type { Metadata } from "next";
import { JsonLd } from "~/components/json-ld";
import { countryRef, organizationRef, sameAs, webPageLd } from "~/lib/json-ld";
import { siteUrl } from "~/server/site-url";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { MeetingList } from "~/components/meeting-list";
import { Text } from "~/components/text";
import { ChartImage } from "~/components/chart-image";
import { CorrectionsSection } from "~/components/corrections-section";
import { DocumentsPerYearSection } from "~/components/documents-per-year-section";
import { chairmanshipTimeline, MEMBERSHIP_COLOURS, membershipTimeline } from "~/lib/organization-charts";
import { timelineHeight } from "~/lib/timeline-chart";
import { Link } from "~/i18n/navigation";
import { formatPartialDate, formatPeriod } from "~/lib/format-date";
import { languageName } from "~/lib/language-name";
import { inLocale } from "~/lib/locale";
import { pageMetadata } from "~/lib/page-metadata";
import type { OrganizationProfile } from "~/lib/types";
import { readOrganization } from "~/server/public-reads";
import { findRecord, recordOrRedirect } from "~/server/or-not-found";

type Props = { params: Promise<{ locale: Locale; slug: string }>; searchParams: Promise<{ date?: string }> };

// The members shown depend on ?date=, so the page is rendered per request (over cached data), never page-cached:
// reading the query string in a page-cached render fails it (DYNAMIC_SERVER_USAGE).
export const dynamic = "force-dynamic";

const findOrganization = cache((slug: string) => findRecord(readOrganization(slug), "organization", slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const found = await findOrganization(slug);
  // An old slug or an unknown one: the page answers (a redirect or the 404 page), once.
  if (found.kind !== "found") return {};
  const { organization } = found.record;
  return pageMetadata({
    locale,
    path: `/organizations/${slug}`,
    title: inLocale(organization.nameI18n, locale),
  });
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Today, the day periods still running are drawn to. */
const today = () => new Date().toISOString().slice(0, 10);
type Translate = (key: string, values?: Record<string, string | number>) => string;
const chartHeight = (chart: { rows: unknown[]; legend: unknown[] }) =>
  timelineHeight(chart.rows.length, chart.legend.length);

/**
 * Every membership over time — who joined when, and each change of status — as a timeline (members.svg) and the
 * same periods as a table.
 */
async function MembershipHistory({ profile, locale }: { profile: OrganizationProfile; locale: Locale }) {
  const t = (await getTranslations("Charts")) as unknown as Translate;
  const chart = membershipTimeline(profile, locale, t, today());
  return (
    <section aria-labelledby="membership-history" className="membership-history">
      <h2 id="membership-history">{t("membersHistory")}</h2>
      <ChartImage
        src={`/${locale}/organizations/${profile.organization.slug}/members.svg`}
        alt={t("membersAlt")}
        height={chartHeight(chart)}
      />
      <table>
        <caption>{t("membersCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("country")}</th>
            <th scope="col">{t("status")}</th>
            <th scope="col">{t("period")}</th>
          </tr>
        </thead>
        <tbody>
          {profile.memberships.map(({ membership, country }) => (
            <tr key={membership.id} data-status={membership.status}>
              <th scope="row">
                <Link href={`/countries/${country.slug}`}>
                  <Text value={country.nameI18n} />
                </Link>
              </th>
              <td data-label={t("status")}>
                <svg className="swatch" aria-hidden="true" width="12" height="12" viewBox="0 0 12 12">
                  <rect width="12" height="12" fill={MEMBERSHIP_COLOURS[membership.status]} />
                </svg>
                {label("membershipStatus", membership.status, locale)}
              </td>
              <td data-label={t("period")}>
                {formatPeriod(membership.startDate, membership.endDate, locale) ?? "—"}
                {membership.startDate && !membership.endDate ? ` (${t("ongoing")})` : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
/** Members are listed by status, then by name. */
const STATUS_ORDER = ["founding_member", "member", "candidate", "observer", "dialogue_partner", "suspended"];

export default async function OrganizationPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Organization");
  const tc = (await getTranslations("Charts")) as unknown as Translate;
  const requested = (await searchParams).date;
  // An old slug keeps the chosen day: the page reads ?date=, so its redirect carries it.
  const profile = recordOrRedirect(await findOrganization(slug), {
    locale,
    section: "organizations",
    query: { date: requested },
  });
  const { organization, parent, bodies, memberships, chairmanships, meetings, lastCorrectedAt, corrections } =
    profile;
  // Members on the chosen day; without one, on the day of the latest meeting (or today, when there is none).
  const date =
    requested && DAY.test(requested) && isPartialDate(requested)
      ? requested
      : (meetings[0]?.startDate ?? new Date().toISOString().slice(0, 10));
  const members = memberships
    .filter(({ membership }) => rangeCovers(membership, date))
    .sort(
      (a, b) =>
        STATUS_ORDER.indexOf(a.membership.status) - STATUS_ORDER.indexOf(b.membership.status) ||
        inLocale(a.country.nameI18n, locale).localeCompare(inLocale(b.country.nameI18n, locale), locale),
    );

  return (
    <article className="profile">
      <h1>
        <Text value={organization.nameI18n} />
        {organization.abbreviationI18n ? (
          <>
            {" "}
            (<Text value={organization.abbreviationI18n} />)
          </>
        ) : null}
      </h1>
      <dl className="facts">
        <div>
          <dt>{t("classification")}</dt>
          <dd>{label("organizationClassification", organization.classification, locale)}</dd>
        </div>
        {parent ? (
          <div>
            <dt>{t("parent")}</dt>
            <dd>
              <Link href={`/organizations/${parent.slug}`}>
                <Text value={parent.nameI18n} />
              </Link>
            </dd>
          </div>
        ) : null}
        {organization.foundingDate ? (
          <div>
            <dt>{t("founded")}</dt>
            <dd>{formatPartialDate(organization.foundingDate, locale)}</dd>
          </div>
        ) : null}
        {organization.officialLanguages.length > 0 ? (
          <div>
            <dt>{t("languages")}</dt>
            <dd>
              {organization.officialLanguages
                .map((tag) => languageName(tag, locale))
                .join(locale === "zh" ? "、" : ", ")}
            </dd>
          </div>
        ) : null}
      </dl>
      {bodies.length > 0 ? (
        <section aria-labelledby="bodies">
          <h2 id="bodies">{t("bodies")}</h2>
          <ul>
            {bodies.map((body) => (
              <li key={body.id}>
                <Link href={`/organizations/${body.slug}`}>
                  <Text value={body.nameI18n} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {memberships.length > 0 ? (
        <section aria-labelledby="members">
          <h2 id="members">{t("members", { date: formatPartialDate(date, locale) })}</h2>
          <form method="get" className="inline-form">
            <label htmlFor="members-date">{t("chooseDate")}</label>{" "}
            <input id="members-date" type="date" name="date" defaultValue={date} />{" "}
            <button type="submit">{t("show")}</button>
          </form>
          {members.length === 0 ? (
            <p className="muted">{t("noMembers")}</p>
          ) : (
            <table className="members">
              <thead>
                <tr>
                  <th scope="col">{t("country")}</th>
                  <th scope="col">{t("status")}</th>
                  <th scope="col">{t("since")}</th>
                </tr>
              </thead>
              <tbody>
                {members.map(({ membership, country }) => (
                  <tr key={membership.id}>
                    <th scope="row">
                      <Link href={`/countries/${country.slug}`}>
                        <Text value={country.nameI18n} />
                      </Link>
                    </th>
                    <td>{label("membershipStatus", membership.status, locale)}</td>
                    <td>{membership.startDate ? formatPartialDate(membership.startDate, locale) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ) : null}
      {memberships.length > 0 ? <MembershipHistory profile={profile} locale={locale} /> : null}
      {chairmanships.length > 0 ? (
        <section aria-labelledby="chairmanships">
          <h2 id="chairmanships">{t("chairmanships")}</h2>
          <ChartImage
            src={`/${locale}/organizations/${organization.slug}/chairmanships.svg`}
            alt={tc("chairmanshipsAlt")}
            height={chartHeight(chairmanshipTimeline(profile, locale, tc, today()))}
          />
          <ol className="timeline">
            {chairmanships.map(({ chairmanship, country, startedAtMeeting, endedAtMeeting }) => (
              <li key={chairmanship.id}>
                <Link href={`/countries/${country.slug}`}>
                  <Text value={country.nameI18n} />
                </Link>
                : {formatPeriod(chairmanship.startDate, chairmanship.endDate, locale)}
                {startedAtMeeting ? (
                  <>
                    {" — "}
                    {t.rich("startedAt", {
                      link: (chunks) => <Link href={`/meetings/${startedAtMeeting.slug}`}>{chunks}</Link>,
                    })}
                  </>
                ) : null}
                {endedAtMeeting ? (
                  <>
                    {startedAtMeeting ? "; " : " — "}
                    {t.rich("endedAt", {
                      link: (chunks) => <Link href={`/meetings/${endedAtMeeting.slug}`}>{chunks}</Link>,
                    })}
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <section aria-labelledby="meetings">
        <h2 id="meetings">{t("meetings")}</h2>
        <MeetingList meetings={meetings} empty={t("noMeetings")} />
      </section>
      <DocumentsPerYearSection
        perYear={profile.documentsPerYear}
        src={`/${locale}/organizations/${organization.slug}/documents-per-year.svg`}
      />
      <CorrectionsSection lastCorrectedAt={lastCorrectedAt} corrections={corrections} />
      <JsonLd
        data={webPageLd({
          url: siteUrl(`/${locale}/organizations/${organization.slug}`),
          name: inLocale(organization.nameI18n, locale),
          locale,
          dateModified: organization.updatedAt,
          mainEntity: {
            ...organizationRef(organization, locale, siteUrl),
            alternateName: organization.otherNames,
            foundingDate: organization.foundingDate ?? undefined,
            parentOrganization: parent ? organizationRef(parent, locale, siteUrl) : undefined,
            subOrganization: bodies.map((body) => organizationRef(body, locale, siteUrl)),
            member: members.map(({ country }) => countryRef(country, locale, siteUrl)),
            sameAs: sameAs(organization.identifiers),
          },
        })}
      />
    </article>
  );
}
