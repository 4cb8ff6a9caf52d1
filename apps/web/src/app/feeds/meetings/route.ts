import { connection } from "next/server";
import { meetingsFeed } from "~/server/atom";
import { allMeetingSummaries } from "~/server/published-meetings";

export async function GET() {
  await connection();
  return meetingsFeed({ title: "Plenary: meetings", selfPath: "/feeds/meetings", pagePath: "/en", meetings: await allMeetingSummaries() });
}
