import { label } from "@plenary/domain";
import { useTranslations } from "next-intl";
import { groupInOrder } from "~/lib/group-in-order";
import { useSiteLocale } from "~/lib/locale";
import type { ParticipationEntry } from "~/lib/types";
import { ParticipantTable } from "./participant-table";

export function ParticipantsSection({ participations }: { participations: ParticipationEntry[] }) {
  const locale = useSiteLocale();
  const t = useTranslations("Meeting");
  if (participations.length === 0) return null;
  const groups = groupInOrder(participations, (entry) => entry.participation.category);
  return (
    <section aria-labelledby="participants">
      <h2 id="participants">{t("participants", { count: participations.length })}</h2>
      {groups.map((group) => (
        <ParticipantTable
          key={group.key}
          caption={label("participationCategory", group.key, locale)}
          entries={group.items}
        />
      ))}
    </section>
  );
}
