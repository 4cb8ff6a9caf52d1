import { recordChart, today } from "~/lib/chart-route";
import { postsTimeline } from "~/lib/person-chart";
import { timelineSvg } from "~/lib/timeline-chart";
import { readPerson } from "~/server/public-reads";

// A person's posts over time beside the meetings they attended, as an image of its own (the person page shows it
// with <img> beside the list of posts and the table of meetings). Rendered on first request, then cached until its
// tags are revalidated, per language.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export const GET = recordChart("person", readPerson, (person, language, t) =>
  timelineSvg(postsTimeline(person, language, t, today()), language),
);
