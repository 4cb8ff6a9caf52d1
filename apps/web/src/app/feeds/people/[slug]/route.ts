import { readPerson } from "~/server/public-reads";
import { meetingsFeed } from "~/server/atom";
import { allMeetingSummaries } from "~/server/published-meetings";
import { readOr404 } from "~/server/open-data";

// Rendered on first request, then cached until its tags are revalidated (see server/cached.ts).
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

/** Meetings the person attended. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return readOr404(
    "person",
    () => readPerson(slug),
    async ({ person, participations }) => {
      const attended = new Set(participations.map((p) => p.meeting.id));
      return meetingsFeed({
        title: `Plenary: meetings attended by ${person.nameI18n.en}`,
        selfPath: `/feeds/people/${slug}`,
        pagePath: `/en/people/${slug}`,
        meetings: (await allMeetingSummaries()).filter((m) => attended.has(m.id)),
      });
    },
  );
}
