import Link from "next/link";
import { formatMeetingDates } from "~/lib/format-date";
import { inLocale } from "~/lib/locale";
import type { MeetingSummary } from "~/lib/types";

export function MeetingCard({ meeting }: { meeting: MeetingSummary }) {
  return (
    <article className="meeting-card">
      <h2>
        <Link href={`/meetings/${meeting.slug}`}>{inLocale(meeting.titleI18n)}</Link>
      </h2>
      <p className="meta">
        {meeting.body ? <span>{inLocale(meeting.body.nameI18n)}</span> : null}
        {meeting.startDate ? (
          <time dateTime={meeting.startDate}>{formatMeetingDates(meeting.startDate, meeting.endDate)}</time>
        ) : null}
        <span>
          {meeting.participantCount} {meeting.participantCount === 1 ? "participant" : "participants"}
        </span>
      </p>
    </article>
  );
}
