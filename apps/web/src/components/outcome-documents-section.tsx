import { useTranslations } from "next-intl";
import { useSiteLocale } from "~/lib/locale";
import { outcomeGroups } from "~/lib/outcome-groups";
import type { MeetingDetail } from "~/lib/types";
import { OutcomeDocument } from "./outcome-document";

export function OutcomeDocumentsSection({
  detail,
}: {
  detail: Pick<MeetingDetail, "documents" | "tallies">;
}) {
  const t = useTranslations("Meeting");
  const groups = outcomeGroups(detail.documents, detail.tallies, useSiteLocale());
  if (groups.length === 0) return null;
  const listedIds = new Set(detail.documents.map((entry) => entry.document.id));
  return (
    <section aria-labelledby="outcomes">
      <h2 id="outcomes">{t("outcomes")}</h2>
      {groups.map((group) => (
        <section key={group.type} className="outcome-group" aria-labelledby={`outcomes-${group.type}`}>
          <h3 id={`outcomes-${group.type}`}>{group.heading}</h3>
          {group.documents.length > 0 ? (
            <ul className="outcome-documents">
              {group.documents.map((entry) => (
                <OutcomeDocument key={entry.document.id} entry={entry} listedIds={listedIds} />
              ))}
            </ul>
          ) : (
            <p>{t("numberOnly")}</p>
          )}
        </section>
      ))}
    </section>
  );
}
