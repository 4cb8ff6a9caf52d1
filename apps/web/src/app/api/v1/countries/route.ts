import { CountryPageInput } from "@plenary/api";
import { api } from "~/server/api";
import { openDataList } from "~/server/open-data-list";

/**
 * Public countries by slug, `limit` (1–200, default 100) at a time; filters (slugs) `organization` (a membership
 * of it) and `meeting` (represented at or hosted it). The following page is in the `Link` header (rel="next"),
 * through an opaque `cursor`. A bad parameter is a 400 that says why.
 */
export function GET(request: Request) {
  return openDataList(request, {
    path: "/api/v1/countries",
    input: CountryPageInput,
    numbers: ["limit"],
    read: async (query) => {
      const page = await api().country.page(query);
      return { data: page.items, nextCursor: page.nextCursor };
    },
  });
}
