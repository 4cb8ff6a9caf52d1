import { compareDays, partialDateStart } from "@plenary/domain";
import { useTranslations } from "next-intl";
import { Link } from "~/i18n/navigation";
import { formatPeriod } from "~/lib/format-date";
import { inLocale, useSiteLocale } from "~/lib/locale";
import type { ChairmanshipEntry, MeetingDetail } from "~/lib/types";
import { Text } from "./text";

/** The presidencies handed over at this meeting: the one that ends here and the one that starts here. */
export function ChairmanshipSection({
  detail,
}: {
  detail: Pick<MeetingDetail, "chairmanships" | "meeting" | "organization">;
}) {
  const locale = useSiteLocale();
  const t = useTranslations("Meeting");
  const { chairmanships, meeting, organization } = detail;
  if (chairmanships.length === 0) return null;
  return (
    <section aria-labelledby="chairmanship">
      <h2 id="chairmanship">
        {organization
          ? t("presidencyOf", { organization: inLocale(organization.abbreviationI18n ?? organization.nameI18n, locale) })
          : t("presidency")}
      </h2>
      <ul className="chairmanships">
        {chairmanships.map((entry) => (
          <li key={entry.chairmanship.id}>
            <strong>
              <Link href={`/countries/${entry.country.slug}`}>
                <Text value={entry.country.nameI18n} />
              </Link>
            </strong>
            : {formatPeriod(entry.chairmanship.startDate, entry.chairmanship.endDate, locale)}{" "}
            <span className="handover">— {startsHere(entry, meeting.startDate) ? t("startsHere") : t("endsHere")}</span>
            {entry.chairmanship.themeI18n ? (
              <p>
                <Text value={entry.chairmanship.themeI18n} />
              </p>
            ) : null}
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
