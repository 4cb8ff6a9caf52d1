import type { createCaller } from "@plenary/api";
import type { MeetingSummary } from "./types";

/** Every published meeting, newest first (the list is paged by 200). */
export async function listAllMeetings(
  api: Pick<ReturnType<typeof createCaller>, "meeting">,
): Promise<MeetingSummary[]> {
  const all: MeetingSummary[] = [];
  for (let offset = 0; ; offset += 200) {
    const { items, total } = await api.meeting.list({ limit: 200, offset });
    all.push(...items);
    if (items.length === 0 || all.length >= total) return all;
  }
}
