import Link from "next/link";
import { formatMeetingDates } from "~/lib/format-date";
import { inLocale } from "~/lib/locale";
import type { MeetingDetail, MeetingSummary } from "~/lib/types";

/** Previous and next meeting of the same series, when there are any. */
export function SeriesNav({ detail }: { detail: Pick<MeetingDetail, "series" | "previous" | "next"> }) {
  const { series, previous, next } = detail;
  if (!series) return null;
  return (
    <nav aria-label="Meetings in this series" className="series-nav">
      <p>
        Series: <strong>{inLocale(series.nameI18n)}</strong>
      </p>
      {previous || next ? (
        <ul>
          {previous ? <Neighbour rel="prev" label="Previous" meeting={previous} /> : null}
          {next ? <Neighbour rel="next" label="Next" meeting={next} /> : null}
        </ul>
      ) : (
        <p className="muted">No other meeting of this series is published yet.</p>
      )}
    </nav>
  );
}

function Neighbour({
  rel,
  label,
  meeting,
}: {
  rel: "prev" | "next";
  label: string;
  meeting: MeetingSummary;
}) {
  return (
    <li>
      {label}:{" "}
      <Link rel={rel} href={`/meetings/${meeting.slug}`}>
        {inLocale(meeting.titleI18n)}
        {meeting.startDate ? `, ${formatMeetingDates(meeting.startDate, meeting.endDate)}` : ""}
      </Link>
    </li>
  );
}
