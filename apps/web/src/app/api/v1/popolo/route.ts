import { connection } from "next/server";
import { popoloFromMeetings } from "~/lib/popolo";
import { allMeetingDetails } from "~/server/published-meetings";
import { siteUrl } from "~/server/site-url";

/** The whole published dataset as Popolo JSON. */
export async function GET() {
  await connection();
  return Response.json(popoloFromMeetings(await allMeetingDetails(), siteUrl), { headers: { "access-control-allow-origin": "*" } });
}
