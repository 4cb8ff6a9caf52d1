import type { createCaller } from "@plenary/api";
import { Locale } from "@plenary/domain";
import { meetingsAtom } from "./atom-feed";
import { feedTranslator } from "./feed-texts";
import { listAllMeetings } from "./list-all-meetings";
import { inLocale } from "./locale";
import type { MeetingSummary } from "./types";

type PublicApi = Pick<ReturnType<typeof createCaller>, "meeting" | "person" | "publicPages">;

/** What a feed follows: every meeting, or the meetings of one organization, country or person. */
export type FeedSubject =
  { kind: "meetings" } | { kind: "organization" | "country" | "person"; slug: string };

/** The language a feed is asked for (`?lang=ru`); English when none or an unknown one is given. */
export function feedLocale(request: Request): Locale {
  const parsed = Locale.safeParse(new URL(request.url).searchParams.get("lang"));
  return parsed.success ? parsed.data : "en";
}

const newestFirst = (a: MeetingSummary, b: MeetingSummary) =>
  (b.startDate ?? "").localeCompare(a.startDate ?? "");

/** The Atom feed of a subject in one language; a subject that is not public makes the read throw NOT_FOUND. */
export async function meetingFeed(
  api: PublicApi,
  subject: FeedSubject,
  locale: Locale,
  urlOf: (path: string) => string,
): Promise<string> {
  const t = feedTranslator(locale);
  const write = (title: string, selfPath: string, pagePath: string, meetings: readonly MeetingSummary[]) =>
    meetingsAtom({ locale, title, selfPath, pagePath, meetings, urlOf });
  switch (subject.kind) {
    case "meetings":
      return write(t("meetings"), "/feeds/meetings", "", await listAllMeetings(api));
    case "organization": {
      const { organization, meetings } = await api.publicPages.organization({ slug: subject.slug });
      return write(
        t("organization", { name: inLocale(organization.nameI18n, locale) }),
        `/feeds/organizations/${subject.slug}`,
        `/organizations/${subject.slug}`,
        meetings,
      );
    }
    case "country": {
      const { country, representatives, hostedMeetings } = await api.publicPages.country({
        slug: subject.slug,
      });
      const meetings = new Map(
        [...representatives.map((r) => r.meeting), ...hostedMeetings].map((m) => [m.id, m]),
      );
      return write(
        t("country", { name: inLocale(country.nameI18n, locale) }),
        `/feeds/countries/${subject.slug}`,
        `/countries/${subject.slug}`,
        [...meetings.values()].sort(newestFirst),
      );
    }
    case "person": {
      const { person, participations } = await api.person.detail({ slug: subject.slug });
      const attended = new Set(participations.map((p) => p.meeting.id));
      const meetings = (await listAllMeetings(api)).filter((m) => attended.has(m.id));
      return write(
        t("person", { name: inLocale(person.nameI18n, locale) }),
        `/feeds/people/${subject.slug}`,
        `/people/${subject.slug}`,
        meetings,
      );
    }
  }
}
