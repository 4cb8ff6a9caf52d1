import { AuditView } from "~/components/audit-view";
import "~/components/editor/editor.css";

export const metadata = { title: "Audit log" };

export default function AuditPage() {
  return (
    <>
      <h1>Audit log</h1>
      <AuditView />
    </>
  );
}
