import { label, localize } from "@plenary/domain";
import type { MeetingDetail } from "~/lib/types";

export function ParticipantsTable({ participations }: { participations: MeetingDetail["participations"] }) {
  return (
    <section aria-labelledby="participants">
      <h2 id="participants">Participants ({participations.length})</h2>
      <table>
        <thead>
          <tr>
            <th scope="col" className="number">
              Order
            </th>
            <th scope="col">Person</th>
            <th scope="col">Post held</th>
            <th scope="col">Category</th>
            <th scope="col">Role</th>
            <th scope="col">Mode</th>
          </tr>
        </thead>
        <tbody>
          {participations.map(({ participation, person, post }) => (
            <tr key={participation.id}>
              <td className="number">{participation.protocolOrder}</td>
              <th scope="row">
                {localize(person.nameI18n, "en").text}
                <span className="secondary">“{participation.titleAsStated}”</span>
              </th>
              <td>{post ? localize(post.labelI18n, "en").text : <em>not linked</em>}</td>
              <td>{label("participationCategory", participation.category, "en")}</td>
              <td>{label("participationRole", participation.role, "en")}</td>
              <td>{label("participationMode", participation.mode, "en")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
