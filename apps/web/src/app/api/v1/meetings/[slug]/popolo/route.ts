import { connection } from "next/server";
import { popoloExport } from "~/lib/popolo-export";
import { api } from "~/server/api";
import { readOr404 } from "~/server/open-data";
import { siteUrl } from "~/server/site-url";

/** One meeting as a Popolo dataset: its event and only the people, organizations, posts and memberships it refers to. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await params;
  return readOr404(
    "meeting",
    () => api().meeting.bySlug({ slug }),
    async (detail) =>
      Response.json(await popoloExport(api(), [detail], { urlOf: siteUrl, scope: "meeting" }), {
        headers: { "access-control-allow-origin": "*" },
      }),
  );
}
