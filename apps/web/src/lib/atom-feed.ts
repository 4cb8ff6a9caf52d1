import { partialDateStart, type Locale } from "@plenary/domain";
import { Feed } from "feed";
import { feedPath, feedTranslator } from "./feed-texts";
import { formatMeetingDates } from "./format-date";
import { LICENCE } from "./licence";
import { inLocale } from "./locale";
import type { MeetingSummary } from "./types";

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Plain text as the HTML the feed library declares its entries' titles and summaries to be (type="html", in
 * CDATA): a feed reader renders that HTML, so a record's text holding markup would otherwise run there; and "]]>"
 * in a text would end the CDATA section early.
 */
export function asHtmlText(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

/**
 * An Atom (RFC 4287) feed of meetings in one language, newest first: each entry links to the meeting's page in
 * that language. The feed and every entry name Plenary as author (a MUST of RFC 4287 §4.1.1 and §4.1.2).
 */
export function meetingsAtom({
  locale,
  title,
  selfPath,
  pagePath,
  meetings,
  urlOf,
}: {
  locale: Locale;
  title: string;
  /** The feed's own address, without the language query. */
  selfPath: string;
  /** The page the feed follows, without the locale prefix ("" for the home page). */
  pagePath: string;
  meetings: readonly MeetingSummary[];
  urlOf: (path: string) => string;
}): string {
  const t = feedTranslator(locale);
  const self = urlOf(feedPath(selfPath, locale));
  const author = { name: t("author"), link: urlOf(`/${locale}`) };
  const dated = meetings.filter((m) => m.startDate);
  const dateOf = (m: MeetingSummary) => new Date(`${partialDateStart(m.startDate!)}T00:00:00Z`);
  const feed = new Feed({
    id: self,
    title,
    link: urlOf(`/${locale}${pagePath}`),
    language: locale,
    updated: dated[0] ? dateOf(dated[0]) : new Date(0),
    feedLinks: { atom: self },
    author,
    copyright: `${LICENCE.name} (${LICENCE.url}) — ${LICENCE.attribution}`,
    generator: false,
  });
  for (const meeting of dated) {
    const body = meeting.body ? `${inLocale(meeting.body.nameI18n, locale)}, ` : "";
    const page = urlOf(`/${locale}/meetings/${meeting.slug}`);
    feed.addItem({
      id: page,
      title: asHtmlText(inLocale(meeting.titleI18n, locale)),
      link: page,
      date: dateOf(meeting),
      description: asHtmlText(
        t("summary", {
          body,
          dates: formatMeetingDates(meeting.startDate!, meeting.endDate, locale),
          count: meeting.participantCount,
        }),
      ),
      author: [author],
      copyright: LICENCE.name,
    });
  }
  // The feed library writes no xml:lang (RFC 4287 §2 lets it say the language of every text in the feed).
  return feed
    .atom1()
    .replace(
      '<feed xmlns="http://www.w3.org/2005/Atom">',
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    );
}
