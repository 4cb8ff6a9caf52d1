import { connection } from "next/server";
import { jsonData } from "~/server/open-data";
import { allMeetingSummaries } from "~/server/published-meetings";

export async function GET() {
  await connection();
  return jsonData(await allMeetingSummaries());
}
