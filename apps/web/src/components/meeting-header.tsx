import { label, participantLine } from "@plenary/domain";
import { formatMeetingDates } from "~/lib/format-date";
import { inLocale, LOCALE } from "~/lib/locale";
import type { MeetingDetail } from "~/lib/types";

/** Title, the key facts and the summary of a meeting. */
export function MeetingHeader({ detail }: { detail: MeetingDetail }) {
  const { meeting, body, organization, hostCountry, venueCountry } = detail;
  const chair = detail.participations.find((entry) => entry.participation.role === "chair");
  const venue = [
    meeting.venue?.city ? inLocale(meeting.venue.city) : null,
    venueCountry ? inLocale(venueCountry.nameI18n) : null,
  ]
    .filter(Boolean)
    .join(", ");

  return (
    <header className="meeting-header">
      <h1>{inLocale(meeting.titleI18n)}</h1>
      <dl className="facts">
        {body ? (
          <div>
            <dt>Body</dt>
            <dd>
              {inLocale(body.nameI18n)}
              {organization && organization.id !== body.id ? <>, {inLocale(organization.nameI18n)}</> : null}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Date</dt>
          <dd>
            {meeting.startDate ? (
              <time dateTime={meeting.startDate}>
                {formatMeetingDates(meeting.startDate, meeting.endDate)}
              </time>
            ) : (
              "Not yet known"
            )}
          </dd>
        </div>
        <div>
          <dt>Format</dt>
          <dd>
            {label("attendanceMode", meeting.attendanceMode, LOCALE)} ·{" "}
            {label("meetingClassification", meeting.classification, LOCALE)}
          </dd>
        </div>
        {hostCountry ? (
          <div>
            <dt>Host</dt>
            <dd>{inLocale(hostCountry.nameI18n)}</dd>
          </div>
        ) : null}
        <div>
          <dt>Venue</dt>
          <dd>{venue || (meeting.attendanceMode === "online" ? "None: held online" : "Not recorded")}</dd>
        </div>
        {chair ? (
          <div>
            <dt>Chair</dt>
            <dd>
              {participantLine(
                {
                  personName: inLocale(chair.person.nameI18n),
                  postLabel: chair.post ? inLocale(chair.post.labelI18n) : null,
                  titleAsStated: chair.participation.titleAsStated,
                },
                LOCALE,
              )}
            </dd>
          </div>
        ) : null}
      </dl>
      {meeting.summaryI18n ? <p className="summary">{inLocale(meeting.summaryI18n)}</p> : null}
    </header>
  );
}
