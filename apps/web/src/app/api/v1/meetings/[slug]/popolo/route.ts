import { popoloFromMeetings } from "~/lib/popolo";
import { readMeeting } from "~/server/public-reads";
import { readOr404 } from "~/server/open-data";
import { siteUrl } from "~/server/site-url";

// Rendered on first request, then cached until its tags are revalidated (see server/cached.ts).
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

/** One meeting as a Popolo dataset. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return readOr404(
    "meeting",
    () => readMeeting(slug),
    (detail) =>
      Response.json(popoloFromMeetings([detail], siteUrl), {
        headers: { "access-control-allow-origin": "*" },
      }),
  );
}
