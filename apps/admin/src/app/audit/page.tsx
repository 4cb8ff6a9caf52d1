import { AuditView } from "~/components/audit-view";
import { RoleGate } from "~/components/role-gate";
import "~/components/editor/editor.css";

export const metadata = { title: "Audit log" };

export default function AuditPage() {
  return (
    <>
      <h1>Audit log</h1>
      <RoleGate needs="admin" refusal="Only admins read the audit log.">
        <AuditView />
      </RoleGate>
    </>
  );
}
