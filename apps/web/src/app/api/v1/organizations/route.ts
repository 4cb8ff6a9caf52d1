import { OrganizationPageInput } from "@plenary/api";
import { api } from "~/server/api";
import { openDataList } from "~/server/open-data-list";

/**
 * Public organizations by slug, `limit` (1–200, default 100) at a time; filters `parent` (slug: its bodies one level
 * down) and `classification`. The following page is in the `Link` header (rel="next"), through an opaque `cursor`.
 * A bad parameter is a 400 that says why.
 */
export function GET(request: Request) {
  return openDataList(request, {
    path: "/api/v1/organizations",
    input: OrganizationPageInput,
    numbers: ["limit"],
    read: async (query) => {
      const page = await api().organization.page(query);
      return { data: page.items, nextCursor: page.nextCursor };
    },
  });
}
