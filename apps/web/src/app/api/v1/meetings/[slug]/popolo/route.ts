import { popoloExport } from "~/lib/popolo-export";
import { api } from "~/server/api";
import { readMeeting } from "~/server/public-reads";
import { readOr404 } from "~/server/open-data";
import { siteUrl } from "~/server/site-url";

// Rendered on first request, then cached until its tags are revalidated (see server/cached.ts).
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

/** One meeting as a Popolo dataset: its event and only the people, organizations, posts and memberships it refers to. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return readOr404(
    "meeting",
    () => readMeeting(slug),
    async (detail) =>
      Response.json(await popoloExport(api(), [detail], { urlOf: siteUrl, scope: "meeting" }), {
        headers: { "access-control-allow-origin": "*" },
      }),
  );
}
