import { TrashView } from "~/components/trash-view";
import "~/components/editor/editor.css";

export const metadata = { title: "Trash" };

export default function TrashPage() {
  return (
    <>
      <h1>Trash</h1>
      <TrashView />
    </>
  );
}
