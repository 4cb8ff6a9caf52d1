import "server-only";
import type { MeetingDetail, MeetingSummary } from "~/lib/types";
import { readMeeting, readMeetingPage } from "./public-reads";

/** Every published meeting, newest first (the list is paged by 200). */
export async function allMeetingSummaries(): Promise<MeetingSummary[]> {
  const all: MeetingSummary[] = [];
  for (let offset = 0; ; offset += 200) {
    const { items, total } = await readMeetingPage(String(offset));
    all.push(...items);
    if (items.length === 0 || all.length >= total) return all;
  }
}

/** Every published meeting in full, for whole-dataset exports. */
export async function allMeetingDetails(): Promise<MeetingDetail[]> {
  const summaries = await allMeetingSummaries();
  const details: MeetingDetail[] = [];
  for (const { slug } of summaries) details.push(await readMeeting(slug));
  return details;
}
