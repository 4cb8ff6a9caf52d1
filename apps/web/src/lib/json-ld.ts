import type { Country, Identifier, Locale, Organization } from "@plenary/domain";
import { formatMeetingDates } from "./format-date";
import { LICENCE } from "./licence";
import { inLocale } from "./locale";
import type { MeetingDetail } from "./types";

// schema.org descriptions of the public pages. The data licence is a property of CreativeWork, so it is stated on
// the page (a WebPage whose mainEntity is the record), never on the Event, Person, Organization or Country itself.

export type Ld = Record<string, unknown>;
type UrlOf = (path: string) => string;

/** External identifiers that name the same thing elsewhere, as schema.org `sameAs` addresses. */
export function sameAs(identifiers: readonly Identifier[]): string[] | undefined {
  const urls = identifiers.flatMap(({ scheme, value }) =>
    scheme === "wikidata" ? [`https://www.wikidata.org/entity/${value}`] : [],
  );
  return urls.length ? urls : undefined;
}

/** The page a record is shown on: where the licence, the language and the last change are stated. */
export function webPageLd({
  url,
  name,
  locale,
  mainEntity,
  dateModified,
}: {
  url: string;
  name: string;
  locale: Locale;
  mainEntity?: Ld;
  dateModified?: Date;
}): Ld {
  return {
    "@type": "WebPage",
    "@id": url,
    url,
    name,
    inLanguage: locale,
    license: LICENCE.url,
    dateModified: dateModified?.toISOString(),
    mainEntity,
  };
}

export function organizationRef(
  organization: Pick<Organization, "slug" | "nameI18n">,
  locale: Locale,
  urlOf: UrlOf,
): Ld {
  return {
    "@type": "Organization",
    name: inLocale(organization.nameI18n, locale),
    url: urlOf(`/${locale}/organizations/${organization.slug}`),
  };
}

export function countryRef(country: Pick<Country, "slug" | "nameI18n">, locale: Locale, urlOf: UrlOf): Ld {
  return {
    "@type": "Country",
    name: inLocale(country.nameI18n, locale),
    url: urlOf(`/${locale}/countries/${country.slug}`),
  };
}

const ATTENDANCE_MODES = {
  online: "https://schema.org/OnlineEventAttendanceMode",
  in_person: "https://schema.org/OfflineEventAttendanceMode",
  hybrid: "https://schema.org/MixedEventAttendanceMode",
} as const;

/** Where the meeting took place: a Place with its address in person, a VirtualLocation online, both when hybrid. */
function eventLocation(detail: MeetingDetail, locale: Locale, permalink: string): Ld | Ld[] | undefined {
  const { meeting } = detail;
  const country = detail.venueCountry ?? detail.hostCountry;
  const city = meeting.venue?.city ? inLocale(meeting.venue.city, locale) : undefined;
  const place: Ld | undefined =
    city || country
      ? {
          "@type": "Place",
          name: [city, country ? inLocale(country.nameI18n, locale) : undefined].filter(Boolean).join(", "),
          address: { "@type": "PostalAddress", addressLocality: city, addressCountry: country?.iso2 },
        }
      : undefined;
  const virtual: Ld = { "@type": "VirtualLocation", url: permalink };
  if (meeting.attendanceMode === "online") return virtual;
  if (meeting.attendanceMode === "hybrid") return place ? [place, virtual] : virtual;
  return place;
}

/** A meeting as a schema.org Event, the way search engines read events. */
export function meetingEventLd(detail: MeetingDetail, locale: Locale, urlOf: UrlOf): Ld {
  const { meeting } = detail;
  const permalink = urlOf(`/${locale}/meetings/${meeting.slug}`);
  const dates = meeting.startDate
    ? formatMeetingDates(meeting.startDate, meeting.endDate, locale)
    : undefined;
  return {
    "@type": "Event",
    "@id": `${permalink}#event`,
    url: permalink,
    name: inLocale(meeting.titleI18n, locale),
    description: meeting.summaryI18n
      ? inLocale(meeting.summaryI18n, locale)
      : [detail.body ? inLocale(detail.body.nameI18n, locale) : undefined, dates]
          .filter(Boolean)
          .join(", ") || undefined,
    startDate: meeting.startDate ?? undefined,
    endDate: meeting.endDate ?? undefined,
    eventAttendanceMode: ATTENDANCE_MODES[meeting.attendanceMode],
    eventStatus: "https://schema.org/EventScheduled",
    location: eventLocation(detail, locale, permalink),
    organizer: detail.body ? organizationRef(detail.body, locale, urlOf) : undefined,
    attendee: detail.participations.map(({ person }) => ({
      "@type": "Person",
      name: inLocale(person.nameI18n, locale),
      url: urlOf(`/${locale}/people/${person.slug}`),
    })),
    sameAs: sameAs(meeting.identifiers),
  };
}
