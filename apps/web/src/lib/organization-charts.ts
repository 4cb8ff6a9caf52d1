import { label, type Locale } from "@plenary/domain";
import { formatPeriod } from "./format-date";
import { inLocale } from "./locale";
import type { TimelineChart, TimelineRow } from "./timeline-chart";
import type { OrganizationProfile } from "./types";

// An organization's chairmanship and its membership over time, as timelines (see timeline-chart.ts): one row per
// country, in the order the country first chaired or joined.

type Translate = (key: string, values?: Record<string, string | number>) => string;
type MembershipStatus = OrganizationProfile["memberships"][number]["membership"]["status"];

/** A colour per membership status (Okabe–Ito), the same in the picture and in the table beside it. */
export const MEMBERSHIP_COLOURS: Record<MembershipStatus, string> = {
  founding_member: "#0072B2",
  member: "#56B4E9",
  candidate: "#F0E442",
  observer: "#E69F00",
  dialogue_partner: "#009E73",
  suspended: "#D55E00",
};
export const CHAIR_COLOUR = "#CC79A7";

/** Rows by country (by its name in the page's language), keeping the order of first appearance. */
function byCountry<T>(
  items: T[],
  country: (item: T) => { id: string; name: string },
  toRow: (item: T) => TimelineRow["spans"][number] | null,
): { rows: TimelineRow[]; undated: number } {
  const rows = new Map<string, TimelineRow>();
  let undated = 0;
  for (const item of items) {
    const span = toRow(item);
    if (!span) {
      undated++;
      continue;
    }
    const { id, name } = country(item);
    const row = rows.get(id) ?? { label: name, spans: [], points: [] };
    row.spans.push(span);
    rows.set(id, row);
  }
  return { rows: [...rows.values()], undated };
}

const now = (t: Translate, period: string | null, end: string | null) =>
  end ? (period ?? "") : `${period ?? ""} (${t("ongoing")})`;

/** The countries that chaired the organization, each term a bar. */
export function chairmanshipTimeline(
  profile: OrganizationProfile,
  locale: Locale,
  t: Translate,
  today: string,
): TimelineChart {
  const organization = inLocale(profile.organization.nameI18n, locale);
  const { rows, undated } = byCountry(
    profile.chairmanships,
    ({ country }) => ({ id: country.id, name: inLocale(country.nameI18n, locale) }),
    ({ chairmanship, country }) =>
      chairmanship.startDate
        ? {
            start: chairmanship.startDate,
            end: chairmanship.endDate,
            category: "chair",
            colour: CHAIR_COLOUR,
            text: t("chairmanship", {
              country: inLocale(country.nameI18n, locale),
              period: now(
                t,
                formatPeriod(chairmanship.startDate, chairmanship.endDate, locale),
                chairmanship.endDate,
              ),
            }),
          }
        : null,
  );
  return {
    title: t("chairmanshipsTitle", { organization }),
    note: undated ? t("undated", { count: undated }) : "",
    legend: [{ label: t("chair"), colour: CHAIR_COLOUR }],
    rows,
    today,
  };
}

/** Every membership of the organization over time: who joined when, and each change of status, as bars. */
export function membershipTimeline(
  profile: OrganizationProfile,
  locale: Locale,
  t: Translate,
  today: string,
): TimelineChart {
  const organization = inLocale(profile.organization.nameI18n, locale);
  const { rows, undated } = byCountry(
    profile.memberships,
    ({ country }) => ({ id: country.id, name: inLocale(country.nameI18n, locale) }),
    ({ membership, country }) =>
      membership.startDate
        ? {
            start: membership.startDate,
            end: membership.endDate,
            category: membership.status,
            colour: MEMBERSHIP_COLOURS[membership.status],
            text: t("membership", {
              country: inLocale(country.nameI18n, locale),
              status: label("membershipStatus", membership.status, locale),
              period: now(
                t,
                formatPeriod(membership.startDate, membership.endDate, locale),
                membership.endDate,
              ),
            }),
          }
        : null,
  );
  const statuses = [...new Set(profile.memberships.map(({ membership }) => membership.status))];
  return {
    title: t("membersTitle", { organization }),
    note: undated ? t("undated", { count: undated }) : "",
    legend: statuses.map((status) => ({
      label: label("membershipStatus", status, locale),
      colour: MEMBERSHIP_COLOURS[status],
    })),
    rows,
    today,
  };
}
