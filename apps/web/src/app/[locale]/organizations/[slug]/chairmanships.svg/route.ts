import { recordChart, today } from "~/lib/chart-route";
import { chairmanshipTimeline } from "~/lib/organization-charts";
import { timelineSvg } from "~/lib/timeline-chart";
import { readOrganization } from "~/server/public-reads";

// A picture of the countries that chaired an organization, each term a bar on a time axis, as an image of its own (the organization page shows it with <img> beside a table of the
// same data). Rendered on first request, then cached until its tags are revalidated, per language.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export const GET = recordChart("organization", readOrganization, (profile, language, t) =>
  timelineSvg(chairmanshipTimeline(profile, language, t, today()), language),
);
