import { connection } from "next/server";
import { api } from "~/server/api";
import { meetingsFeed } from "~/server/atom";
import { allMeetingSummaries } from "~/server/published-meetings";
import { readOr404 } from "~/server/open-data";

/** Meetings the person attended. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await params;
  return readOr404("person", () => api().person.detail({ slug }), async ({ person, participations }) => {
    const attended = new Set(participations.map((p) => p.meeting.id));
    return meetingsFeed({
      title: `Plenary: meetings attended by ${person.nameI18n.en}`,
      selfPath: `/feeds/people/${slug}`,
      pagePath: `/en/people/${slug}`,
      meetings: (await allMeetingSummaries()).filter((m) => attended.has(m.id)),
    });
  });
}
