import { connection } from "next/server";
import { popoloFromMeetings } from "~/lib/popolo";
import { api } from "~/server/api";
import { readOr404 } from "~/server/open-data";
import { siteUrl } from "~/server/site-url";

/** One meeting as a Popolo dataset. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await params;
  return readOr404("meeting", () => api().meeting.bySlug({ slug }), (detail) =>
    Response.json(popoloFromMeetings([detail], siteUrl), { headers: { "access-control-allow-origin": "*" } }),
  );
}
