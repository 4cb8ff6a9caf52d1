import type { MeetingSummary } from "~/lib/types";
import { MeetingCard } from "./meeting-card";

/** Meetings newest first, as cards; `empty` when there are none. */
export function MeetingList({ meetings, empty }: { meetings: MeetingSummary[]; empty: string }) {
  if (meetings.length === 0) return <p className="muted">{empty}</p>;
  return (
    <div className="meeting-list">
      {meetings.map((meeting) => (
        <MeetingCard key={meeting.id} meeting={meeting} headingLevel={3} />
      ))}
    </div>
  );
}
