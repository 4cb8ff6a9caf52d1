import { MeetingEditor } from "~/components/editor/meeting-editor";
import "~/components/editor/editor.css";
import { env } from "~/env";

export const metadata = { title: "Edit meeting" };

export default async function EditMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <>
      <h1>Edit meeting</h1>
      <MeetingEditor id={id} siteUrl={env.PLENARY_WEB_URL ?? null} />
    </>
  );
}
