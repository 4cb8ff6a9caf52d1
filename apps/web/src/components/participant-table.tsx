import { label } from "@plenary/domain";
import { inLocale, LOCALE } from "~/lib/locale";
import type { ParticipationEntry } from "~/lib/types";

/** One category of participants, in protocol order. */
export function ParticipantTable({ caption, entries }: { caption: string; entries: ParticipationEntry[] }) {
  return (
    <table className="participants">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="col-number number">
            #
          </th>
          <th scope="col" className="col-participant">
            Participant
          </th>
          <th scope="col">Representing</th>
          <th scope="col" className="col-role">
            Role
          </th>
          <th scope="col" className="col-mode">
            Attended
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <ParticipantRow key={entry.participation.id} entry={entry} />
        ))}
      </tbody>
    </table>
  );
}

function ParticipantRow({ entry }: { entry: ParticipationEntry }) {
  const { participation, person, post, country, organization } = entry;
  const represented = country ?? organization;
  return (
    <tr data-role={participation.role} data-mode={participation.mode}>
      <td className="number">{participation.protocolOrder}</td>
      <th scope="row" className="participant">
        <span className="person-name">{inLocale(person.nameI18n)}</span>
        {post ? <span className="post">{inLocale(post.labelI18n)}</span> : null}
        <span className="as-stated">
          <span className="visually-hidden">Source wording: </span>“{participation.titleAsStated}”
        </span>
      </th>
      <td>{represented ? inLocale(represented.nameI18n) : "—"}</td>
      <td>
        {participation.role === "chair" ? (
          <strong>{label("participationRole", "chair", LOCALE)}</strong>
        ) : (
          label("participationRole", participation.role, LOCALE)
        )}
      </td>
      <td>{label("participationMode", participation.mode, LOCALE)}</td>
    </tr>
  );
}
