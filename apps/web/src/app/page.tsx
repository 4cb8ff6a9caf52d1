import { connection } from "next/server";
import { MeetingCard } from "~/components/meeting-card";
import { api } from "~/server/api";

export default async function HomePage() {
  await connection(); // rendered per request: the database is not there at build time
  const { items, total } = await api().meeting.list({ limit: 20, offset: 0 });
  return (
    <>
      <h1>Latest meetings</h1>
      {items.length === 0 ? (
        <p>No meeting is published yet.</p>
      ) : (
        <>
          {items.map((meeting) => (
            <MeetingCard key={meeting.id} meeting={meeting} />
          ))}
          {total > items.length ? (
            <p className="muted">
              Showing the latest {items.length} of {total} meetings.
            </p>
          ) : null}
        </>
      )}
    </>
  );
}
