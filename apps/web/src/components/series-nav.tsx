import { useTranslations } from "next-intl";
import { Link } from "~/i18n/navigation";
import { formatMeetingDates } from "~/lib/format-date";
import { useSiteLocale } from "~/lib/locale";
import type { MeetingDetail, MeetingSummary } from "~/lib/types";
import { Text } from "./text";

/** Previous and next meeting of the same series, when there are any. */
export function SeriesNav({ detail }: { detail: Pick<MeetingDetail, "series" | "previous" | "next"> }) {
  const t = useTranslations("Meeting");
  const { series, previous, next } = detail;
  if (!series) return null;
  return (
    <nav aria-label={t("seriesLabel")} className="series-nav">
      <p>
        {t.rich("series", {
          strong: () => (
            <strong>
              <Text value={series.nameI18n} />
            </strong>
          ),
        })}
      </p>
      {previous || next ? (
        <ul>
          {previous ? <Neighbour rel="prev" label={t("previous")} meeting={previous} /> : null}
          {next ? <Neighbour rel="next" label={t("next")} meeting={next} /> : null}
        </ul>
      ) : (
        <p className="muted">{t("noOtherInSeries")}</p>
      )}
    </nav>
  );
}

function Neighbour({
  rel,
  label,
  meeting,
}: {
  rel: "prev" | "next";
  label: string;
  meeting: MeetingSummary;
}) {
  const locale = useSiteLocale();
  return (
    <li>
      {label}:{" "}
      <Link rel={rel} href={`/meetings/${meeting.slug}`}>
        <Text value={meeting.titleI18n} />
        {meeting.startDate ? `, ${formatMeetingDates(meeting.startDate, meeting.endDate, locale)}` : ""}
      </Link>
    </li>
  );
}
