import { MeetingsTable } from "~/components/meetings-table";

export const metadata = { title: "Meetings" };

export default function MeetingsPage() {
  return (
    <>
      <h1>Meetings</h1>
      <MeetingsTable />
    </>
  );
}
