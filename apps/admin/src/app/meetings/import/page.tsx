import { ImportView } from "~/components/import-view";
import { RoleGate } from "~/components/role-gate";
import "~/components/editor/editor.css";

export const metadata = { title: "Import a meeting" };

export default function ImportMeetingPage() {
  return (
    <>
      <h1>Import a meeting</h1>
      <RoleGate
        needs="editor"
        refusal="Your role can read meetings but not import them: ask an admin for the editor role."
      >
        <ImportView />
      </RoleGate>
    </>
  );
}
