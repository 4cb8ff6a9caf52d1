import { connection } from "next/server";
import { popoloExport } from "~/lib/popolo-export";
import { api } from "~/server/api";
import { allMeetingDetails } from "~/server/published-meetings";
import { siteUrl } from "~/server/site-url";

/** The whole published dataset as Popolo JSON. */
export async function GET() {
  await connection();
  const dataset = await popoloExport(api(), await allMeetingDetails(), { urlOf: siteUrl, scope: "dataset" });
  return Response.json(dataset, { headers: { "access-control-allow-origin": "*" } });
}
