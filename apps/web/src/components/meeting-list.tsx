import type { MeetingSummary } from "~/lib/types";
import { MeetingCard } from "./meeting-card";

/**
 * Meetings newest first, as cards; `empty` when there are none. Their titles are headings one level below the
 * section they are listed in: 3 under a section's h2, 2 when the list is the page's content.
 */
export function MeetingList({
  meetings,
  empty,
  headingLevel = 3,
}: {
  meetings: MeetingSummary[];
  empty: string;
  headingLevel?: 2 | 3;
}) {
  if (meetings.length === 0) return <p className="muted">{empty}</p>;
  return (
    <div className="meeting-list">
      {meetings.map((meeting) => (
        <MeetingCard key={meeting.id} meeting={meeting} headingLevel={headingLevel} />
      ))}
    </div>
  );
}
