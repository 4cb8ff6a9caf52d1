import { label } from "@plenary/domain";
import { groupInOrder } from "~/lib/group-in-order";
import { LOCALE } from "~/lib/locale";
import type { ParticipationEntry } from "~/lib/types";
import { ParticipantTable } from "./participant-table";

export function ParticipantsSection({ participations }: { participations: ParticipationEntry[] }) {
  if (participations.length === 0) return null;
  const groups = groupInOrder(participations, (entry) => entry.participation.category);
  return (
    <section aria-labelledby="participants">
      <h2 id="participants">Participants ({participations.length})</h2>
      {groups.map((group) => (
        <ParticipantTable
          key={group.key}
          caption={label("participationCategory", group.key, LOCALE)}
          entries={group.items}
        />
      ))}
    </section>
  );
}
