import { MeetingEditor } from "~/components/editor/meeting-editor";
import "~/components/editor/editor.css";

export const metadata = { title: "New meeting" };

export default function NewMeetingPage() {
  return (
    <>
      <h1>New meeting</h1>
      <MeetingEditor id={null} />
    </>
  );
}
