import { MeetingPageInput } from "@plenary/api";
import { openDataList } from "~/server/open-data-list";
import { readMeetingApiPage } from "~/server/public-reads";

/**
 * Published meetings newest first, `limit` (1–200, default 100) at a time; filters `year`, `organization` (slug of
 * the body or its parent organization) and `country` (slug of the host or of a represented country). The following
 * page is in the `Link` header (rel="next"), through an opaque `cursor`. A bad parameter is a 400 that says why.
 */
export function GET(request: Request) {
  return openDataList(request, {
    path: "/api/v1/meetings",
    input: MeetingPageInput,
    numbers: ["limit", "year"],
    read: async (query) => {
      const page = await readMeetingApiPage(JSON.stringify(query));
      return { data: page.items, nextCursor: page.nextCursor };
    },
  });
}
