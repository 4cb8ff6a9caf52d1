import { label, type Locale } from "@plenary/domain";
import type { Metadata } from "next";
import { JsonLd } from "~/components/json-ld";
import { countryRef, sameAs, webPageLd } from "~/lib/json-ld";
import { siteUrl } from "~/server/site-url";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { MeetingList } from "~/components/meeting-list";
import { Text } from "~/components/text";
import { CorrectionsSection } from "~/components/corrections-section";
import { Link } from "~/i18n/navigation";
import { formatMeetingDates, formatPeriod } from "~/lib/format-date";
import { inLocale } from "~/lib/locale";
import { pageMetadata } from "~/lib/page-metadata";
import { readCountry } from "~/server/public-reads";
import { findRecord, recordOrRedirect } from "~/server/or-not-found";

type Props = { params: Promise<{ locale: Locale; slug: string }> };

// Rendered on first request, then cached (see the [locale] layout).
export function generateStaticParams() {
  return [];
}

const findCountry = cache((slug: string) => findRecord(readCountry(slug), "country", slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const found = await findCountry(slug);
  // An old slug or an unknown one: the page answers (a redirect or the 404 page), once.
  if (found.kind !== "found") return {};
  const { country } = found.record;
  return pageMetadata({ locale, path: `/countries/${slug}`, title: inLocale(country.nameI18n, locale) });
}

export default async function CountryPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Country");
  const {
    country,
    memberships,
    chairmanships,
    representatives,
    hostedMeetings,
    lastCorrectedAt,
    corrections,
  } = recordOrRedirect(await findCountry(slug), { locale, section: "countries" });
  return (
    <article className="profile">
      <h1>
        <Text value={country.nameI18n} />
      </h1>
      {country.officialNameI18n ? (
        <p>
          {t("officialName")}: <Text value={country.officialNameI18n} />
        </p>
      ) : null}
      <section aria-labelledby="memberships">
        <h2 id="memberships">{t("memberships")}</h2>
        {memberships.length === 0 ? (
          <p className="muted">{t("none")}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t("organization")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("period")}</th>
              </tr>
            </thead>
            <tbody>
              {memberships.map(({ membership, organization }) => (
                <tr key={membership.id}>
                  <th scope="row">
                    <Link href={`/organizations/${organization.slug}`}>
                      <Text value={organization.nameI18n} />
                    </Link>
                  </th>
                  <td>{label("membershipStatus", membership.status, locale)}</td>
                  <td>{formatPeriod(membership.startDate, membership.endDate, locale) ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="chairmanships">
        <h2 id="chairmanships">{t("chairmanships")}</h2>
        {chairmanships.length === 0 ? (
          <p className="muted">{t("none")}</p>
        ) : (
          <ul>
            {chairmanships.map(({ chairmanship, organization }) => (
              <li key={chairmanship.id}>
                <Link href={`/organizations/${organization.slug}`}>
                  <Text value={organization.nameI18n} />
                </Link>
                : {formatPeriod(chairmanship.startDate, chairmanship.endDate, locale)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="representatives">
        <h2 id="representatives">{t("representatives")}</h2>
        {representatives.length === 0 ? (
          <p className="muted">{t("none")}</p>
        ) : (
          <ul className="representatives">
            {representatives.map(({ meeting, participations }) => (
              <li key={meeting.id}>
                <Link href={`/meetings/${meeting.slug}`}>
                  <Text value={meeting.titleI18n} />
                </Link>
                {meeting.startDate
                  ? `, ${formatMeetingDates(meeting.startDate, meeting.endDate, locale)}`
                  : null}
                :{" "}
                {participations.map(({ participation, person, post }, index) => (
                  <span key={participation.id}>
                    {index > 0 ? "; " : null}
                    <Link href={`/people/${person.slug}`}>
                      <Text value={person.nameI18n} />
                    </Link>
                    {post ? (
                      <>
                        {" "}
                        (<Text value={post.labelI18n} />)
                      </>
                    ) : null}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        )}
      </section>
      {hostedMeetings.length > 0 ? (
        <section aria-labelledby="hosted">
          <h2 id="hosted">{t("hosted")}</h2>
          <MeetingList meetings={hostedMeetings} empty={t("none")} />
        </section>
      ) : null}
      <CorrectionsSection lastCorrectedAt={lastCorrectedAt} corrections={corrections} />
      <JsonLd
        data={webPageLd({
          url: siteUrl(`/${locale}/countries/${country.slug}`),
          name: inLocale(country.nameI18n, locale),
          locale,
          dateModified: country.updatedAt,
          mainEntity: {
            ...countryRef(country, locale, siteUrl),
            alternateName: [
              ...country.otherNames,
              ...(country.officialNameI18n ? [inLocale(country.officialNameI18n, locale)] : []),
            ],
            identifier: country.iso2,
            sameAs: sameAs(country.identifiers),
          },
        })}
      />
    </article>
  );
}
