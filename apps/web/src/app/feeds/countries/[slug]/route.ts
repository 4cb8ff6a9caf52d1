import { connection } from "next/server";
import { api } from "~/server/api";
import { meetingsFeed } from "~/server/atom";
import { readOr404 } from "~/server/open-data";

/** Meetings the country was represented at or hosted. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await params;
  return readOr404("country", () => api().publicPages.country({ slug }), ({ country, representatives, hostedMeetings }) => {
    const meetings = new Map([...representatives.map((r) => r.meeting), ...hostedMeetings].map((m) => [m.id, m]));
    return meetingsFeed({
      title: `Plenary: meetings with ${country.nameI18n.en}`,
      selfPath: `/feeds/countries/${slug}`,
      pagePath: `/en/countries/${slug}`,
      meetings: [...meetings.values()].sort((a, b) => (b.startDate ?? "").localeCompare(a.startDate ?? "")),
    });
  });
}
