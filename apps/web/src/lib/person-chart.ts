import type { Locale } from "@plenary/domain";
import { formatPartialDate, formatPeriod } from "./format-date";
import { inLocale } from "./locale";
import type { TimelineChart, TimelineRow } from "./timeline-chart";
import type { PersonDetail } from "./types";

// A person's posts over time beside the meetings they attended, as a timeline (see timeline-chart.ts): a row per
// post with each term a bar, and a last row with a dot per meeting.

type Translate = (key: string, values?: Record<string, string | number>) => string;

export const POST_COLOUR = "#0072B2";

export function postsTimeline(
  person: PersonDetail,
  locale: Locale,
  t: Translate,
  today: string,
): TimelineChart {
  const rows = new Map<string, TimelineRow>();
  let undated = 0;
  for (const { occupancy, post } of person.occupancies) {
    if (!occupancy.startDate) {
      undated++;
      continue;
    }
    const name = inLocale(post.labelI18n, locale);
    const period = formatPeriod(occupancy.startDate, occupancy.endDate, locale) ?? "";
    const row = rows.get(post.id) ?? { label: name, spans: [], points: [] };
    row.spans.push({
      start: occupancy.startDate,
      end: occupancy.endDate,
      category: "post",
      colour: POST_COLOUR,
      text: t("post", { post: name, period: occupancy.endDate ? period : `${period} (${t("ongoing")})` }),
    });
    rows.set(post.id, row);
  }
  const meetings: TimelineRow = {
    label: t("meetingsRow"),
    spans: [],
    points: person.participations
      .flatMap(({ meeting }) => (meeting.startDate ? [{ meeting, at: meeting.startDate }] : []))
      .sort((a, b) => a.at.localeCompare(b.at))
      .map(({ meeting, at }) => ({
        at,
        text: t("meeting", {
          meeting: inLocale(meeting.titleI18n, locale),
          date: formatPartialDate(at, locale),
        }),
      })),
  };
  const name = inLocale(person.person.nameI18n, locale);
  return {
    title: t("postsTitle", { person: name }),
    note: undated ? t("undated", { count: undated }) : "",
    legend: [
      ...(rows.size ? [{ label: t("postHeld"), colour: POST_COLOUR }] : []),
      ...(meetings.points.length ? [{ label: t("meetingsRow"), colour: "#1a1a1a" }] : []),
    ],
    rows: [...rows.values(), ...(meetings.points.length ? [meetings] : [])],
    today,
  };
}
