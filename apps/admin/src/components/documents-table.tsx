import { label, localize } from "@plenary/domain";
import type { MeetingDetail } from "~/lib/types";

export function DocumentsTable({ documents }: { documents: MeetingDetail["documents"] }) {
  return (
    <section aria-labelledby="documents">
      <h2 id="documents">Documents ({documents.length})</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Type</th>
            <th scope="col">Action</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {documents.map(({ document }) => (
            <tr key={document.id}>
              <th scope="row">{localize(document.titleI18n, "en").text}</th>
              <td>{label("documentType", document.type, "en")}</td>
              <td>{label("adoptionAction", document.action, "en")}</td>
              <td>{label("publicationStatus", document.status, "en")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
