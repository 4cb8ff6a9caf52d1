import { label, participantLine } from "@plenary/domain";
import { useTranslations } from "next-intl";
import { Link } from "~/i18n/navigation";
import { formatMeetingDates } from "~/lib/format-date";
import { inLocale, useSiteLocale } from "~/lib/locale";
import type { MeetingDetail } from "~/lib/types";
import { FreeText, Text } from "./text";

/** Title, the key facts and the summary of a meeting. */
export function MeetingHeader({ detail }: { detail: MeetingDetail }) {
  const locale = useSiteLocale();
  const t = useTranslations("Meeting");
  const { meeting, body, organization, hostCountry, venueCountry } = detail;
  const chair = detail.participations.find((entry) => entry.participation.role === "chair");
  const hasVenue = Boolean(meeting.venue?.city || venueCountry);

  return (
    <header className="meeting-header">
      <h1>
        <Text value={meeting.titleI18n} />
      </h1>
      <dl className="facts">
        {body ? (
          <div>
            <dt>{t("body")}</dt>
            <dd>
              <Text value={body.nameI18n} />
              {organization && organization.id !== body.id ? (
                <>
                  ,{" "}
                  <Link href={`/organizations/${organization.slug}`}>
                    <Text value={organization.nameI18n} />
                  </Link>
                </>
              ) : null}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t("date")}</dt>
          <dd>
            {meeting.startDate ? (
              <time dateTime={meeting.startDate}>
                {formatMeetingDates(meeting.startDate, meeting.endDate, locale)}
              </time>
            ) : (
              t("notKnown")
            )}
          </dd>
        </div>
        <div>
          <dt>{t("format")}</dt>
          <dd>
            {label("attendanceMode", meeting.attendanceMode, locale)} ·{" "}
            {label("meetingClassification", meeting.classification, locale)}
          </dd>
        </div>
        {hostCountry ? (
          <div>
            <dt>{t("host")}</dt>
            <dd>
              <Link href={`/countries/${hostCountry.slug}`}>
                <Text value={hostCountry.nameI18n} />
              </Link>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t("venue")}</dt>
          <dd>
            {hasVenue ? (
              <>
                {meeting.venue?.city ? <Text value={meeting.venue.city} /> : null}
                {meeting.venue?.city && venueCountry ? ", " : null}
                {venueCountry ? <Text value={venueCountry.nameI18n} /> : null}
              </>
            ) : meeting.attendanceMode === "online" ? (
              t("noVenueOnline")
            ) : (
              t("notRecorded")
            )}
          </dd>
        </div>
        {chair ? (
          <div>
            <dt>{t("chair")}</dt>
            <dd>
              <Link href={`/people/${chair.person.slug}`}>
                {chair.post ? (
                  // participantLine's order, with each part marked on its own where it is English.
                  <>
                    <Text value={chair.post.labelI18n} />
                    {locale === "zh" ? null : " "}
                    <Text value={chair.person.nameI18n} />
                  </>
                ) : (
                  <FreeText
                    text={participantLine(
                      {
                        personName: inLocale(chair.person.nameI18n, locale),
                        titleAsStated: chair.participation.titleAsStated,
                      },
                      locale,
                    )}
                  />
                )}
              </Link>
            </dd>
          </div>
        ) : null}
      </dl>
      {meeting.summaryI18n ? (
        <p className="summary">
          <Text value={meeting.summaryI18n} />
        </p>
      ) : null}
    </header>
  );
}
