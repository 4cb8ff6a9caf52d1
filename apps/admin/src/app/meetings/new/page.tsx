import { MeetingEditor } from "~/components/editor/meeting-editor";
import { RoleGate } from "~/components/role-gate";
import "~/components/editor/editor.css";

export const metadata = { title: "New meeting" };

export default function NewMeetingPage() {
  return (
    <>
      <h1>New meeting</h1>
      <RoleGate
        needs="editor"
        refusal="Your role can read meetings but not create them: ask an admin for the editor role."
      >
        <MeetingEditor id={null} />
      </RoleGate>
    </>
  );
}
