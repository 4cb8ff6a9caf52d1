import "server-only";
import type { MeetingDetail, MeetingSummary } from "~/lib/types";
import { listAllMeetings } from "~/lib/list-all-meetings";
import { api } from "./api";

/** Every published meeting, newest first (the list is paged by 200). */
export function allMeetingSummaries(): Promise<MeetingSummary[]> {
  return listAllMeetings(api());
}

/** Every published meeting in full, for whole-dataset exports. */
export async function allMeetingDetails(): Promise<MeetingDetail[]> {
  const summaries = await allMeetingSummaries();
  const details: MeetingDetail[] = [];
  for (const { slug } of summaries) details.push(await api().meeting.bySlug({ slug }));
  return details;
}
