import { recordChart, today } from "~/lib/chart-route";
import { membershipTimeline } from "~/lib/organization-charts";
import { timelineSvg } from "~/lib/timeline-chart";
import { readOrganization } from "~/server/public-reads";

// A picture of an organization's members over time: who joined when, and each change of status, as an image of its own (the organization page shows it with <img> beside a table of the
// same data). Rendered on first request, then cached until its tags are revalidated, per language.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export const GET = recordChart("organization", readOrganization, (profile, language, t) =>
  timelineSvg(membershipTimeline(profile, language, t, today()), language),
);
