import "server-only";
import { partialDateStart } from "@plenary/domain";
import { Feed } from "feed";
import { formatMeetingDates } from "~/lib/format-date";
import { LICENCE } from "~/lib/licence";
import type { MeetingSummary } from "~/lib/types";
import { download } from "./open-data";
import { siteUrl } from "./site-url";

/** An Atom feed of meetings, newest first, each entry linking to its English page. */
export function meetingsFeed({ title, selfPath, pagePath, meetings }: { title: string; selfPath: string; pagePath: string; meetings: MeetingSummary[] }): Response {
  const dated = meetings.filter((m) => m.startDate);
  const dateOf = (m: MeetingSummary) => new Date(`${partialDateStart(m.startDate!)}T00:00:00Z`);
  const feed = new Feed({
    id: siteUrl(selfPath),
    title,
    link: siteUrl(pagePath),
    language: "en",
    updated: dated[0] ? dateOf(dated[0]) : new Date(0),
    feedLinks: { atom: siteUrl(selfPath) },
    copyright: `${LICENCE.name} (${LICENCE.url}) — ${LICENCE.attribution}`,
    generator: false,
  });
  for (const meeting of dated) {
    const body = meeting.body ? `${meeting.body.nameI18n.en}, ` : "";
    feed.addItem({
      id: siteUrl(`/en/meetings/${meeting.slug}`),
      title: meeting.titleI18n.en,
      link: siteUrl(`/en/meetings/${meeting.slug}`),
      date: dateOf(meeting),
      description: `${body}${formatMeetingDates(meeting.startDate!, meeting.endDate)}; ${meeting.participantCount} participants.`,
      copyright: LICENCE.name,
    });
  }
  return download(feed.atom1(), "application/atom+xml; charset=utf-8");
}
