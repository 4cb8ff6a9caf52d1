import { ImportView } from "~/components/import-view";
import "~/components/editor/editor.css";

export const metadata = { title: "Import a meeting" };

export default function ImportMeetingPage() {
  return (
    <>
      <h1>Import a meeting</h1>
      <ImportView />
    </>
  );
}
