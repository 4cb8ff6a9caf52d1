import type { Db } from "../client";
import type { MeetingSummary } from "./meeting-repository";
import { meetingSummarySelect, newestMeetingsFirst, toMeetingSummary } from "./public-summaries";
import { publishedMeeting } from "./visibility";

/** The date archive: published meetings by year. */
export class MeetingArchiveRepository {
  constructor(private readonly db: Db) {}

  /** The years with published meetings, newest first, with how many each has. */
  async years(): Promise<{ year: string; count: number }[]> {
    const rows = await this.db.meeting.groupBy({
      by: ["startDate"],
      where: publishedMeeting,
      _count: { _all: true },
    });
    const years = new Map<string, number>();
    for (const row of rows) {
      if (!row.startDate) continue;
      const year = row.startDate.slice(0, 4);
      years.set(year, (years.get(year) ?? 0) + row._count._all);
    }
    return [...years].map(([year, count]) => ({ year, count })).sort((a, b) => b.year.localeCompare(a.year));
  }

  async inYear(year: string): Promise<MeetingSummary[]> {
    const rows = await this.db.meeting.findMany({
      where: { ...publishedMeeting, startDate: { startsWith: year } },
      select: meetingSummarySelect,
      orderBy: newestMeetingsFirst,
    });
    return rows.map(toMeetingSummary);
  }
}
