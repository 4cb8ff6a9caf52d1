import { compareDays, partialDateStart } from "@plenary/domain";
import { formatPeriod } from "~/lib/format-date";
import { inLocale } from "~/lib/locale";
import type { ChairmanshipEntry, MeetingDetail } from "~/lib/types";

/** The presidencies handed over at this meeting: the one that ends here and the one that starts here. */
export function ChairmanshipSection({
  detail,
}: {
  detail: Pick<MeetingDetail, "chairmanships" | "meeting" | "organization">;
}) {
  const { chairmanships, meeting, organization } = detail;
  if (chairmanships.length === 0) return null;
  const of = organization
    ? ` of the ${inLocale(organization.abbreviationI18n ?? organization.nameI18n)}`
    : "";
  return (
    <section aria-labelledby="chairmanship">
      <h2 id="chairmanship">Presidency{of}</h2>
      <ul className="chairmanships">
        {chairmanships.map((entry) => (
          <li key={entry.chairmanship.id}>
            <strong>{inLocale(entry.country.nameI18n)}</strong>:{" "}
            {formatPeriod(entry.chairmanship.startDate, entry.chairmanship.endDate)}{" "}
            <span className="handover">
              — {startsHere(entry, meeting.startDate) ? "starts at this meeting" : "ends at this meeting"}
            </span>
            {entry.chairmanship.themeI18n ? <p>{inLocale(entry.chairmanship.themeI18n)}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A term handed over at a meeting starts there unless it began before the meeting did. */
function startsHere(entry: ChairmanshipEntry, meetingStart: string | null): boolean {
  if (!meetingStart) return entry.chairmanship.endDate === null;
  return compareDays(partialDateStart(entry.chairmanship.startDate), partialDateStart(meetingStart)) >= 0;
}
