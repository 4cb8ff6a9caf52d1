import { PersonPageInput } from "@plenary/api";
import { api } from "~/server/api";
import { openDataList } from "~/server/open-data-list";

/**
 * Public people by slug, `limit` (1–200, default 100) at a time; filters (slugs) `meeting`, `country` (represented,
 * or the post's country) and `organization` (likewise), all holding for one participation. The following page is in
 * the `Link` header (rel="next"), through an opaque `cursor`. A bad parameter is a 400 that says why.
 */
export function GET(request: Request) {
  return openDataList(request, {
    path: "/api/v1/people",
    input: PersonPageInput,
    numbers: ["limit"],
    read: async (query) => {
      const page = await api().person.page(query);
      return { data: page.items, nextCursor: page.nextCursor };
    },
  });
}
