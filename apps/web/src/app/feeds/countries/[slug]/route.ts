import { readCountry } from "~/server/public-reads";
import { meetingsFeed } from "~/server/atom";
import { readOr404 } from "~/server/open-data";

// Rendered on first request, then cached until its tags are revalidated (see server/cached.ts).
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

/** Meetings the country was represented at or hosted. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return readOr404(
    "country",
    () => readCountry(slug),
    ({ country, representatives, hostedMeetings }) => {
      const meetings = new Map(
        [...representatives.map((r) => r.meeting), ...hostedMeetings].map((m) => [m.id, m]),
      );
      return meetingsFeed({
        title: `Plenary: meetings with ${country.nameI18n.en}`,
        selfPath: `/feeds/countries/${slug}`,
        pagePath: `/en/countries/${slug}`,
        meetings: [...meetings.values()].sort((a, b) => (b.startDate ?? "").localeCompare(a.startDate ?? "")),
      });
    },
  );
}
