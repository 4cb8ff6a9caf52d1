import { useTranslations } from "next-intl";
import { Link } from "~/i18n/navigation";
import { formatMeetingDates } from "~/lib/format-date";
import { useSiteLocale } from "~/lib/locale";
import type { MeetingSummary } from "~/lib/types";
import { Text } from "./text";

export function MeetingCard({
  meeting,
  headingLevel = 2,
}: {
  meeting: MeetingSummary;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const locale = useSiteLocale();
  const t = useTranslations("Home");
  return (
    <article className="meeting-card">
      <Heading>
        <Link href={`/meetings/${meeting.slug}`}>
          <Text value={meeting.titleI18n} />
        </Link>
      </Heading>
      <p className="meta">
        {meeting.body ? (
          <span>
            <Text value={meeting.body.nameI18n} />
          </span>
        ) : null}
        {meeting.startDate ? (
          <time dateTime={meeting.startDate}>
            {formatMeetingDates(meeting.startDate, meeting.endDate, locale)}
          </time>
        ) : null}
        <span>{t("participants", { count: meeting.participantCount })}</span>
      </p>
    </article>
  );
}
