import { DocumentPageInput } from "@plenary/api";
import { api } from "~/server/api";
import { openDataList } from "~/server/open-data-list";

/**
 * The document registry newest adopted first, `limit` (1–200, default 100) at a time, with the same filters and
 * facet counts as the page (?type=decision&year=2020…; the counts cover every matching document, not the page).
 * The following page is in the `Link` header (rel="next"), through an opaque `cursor`. A bad parameter is a 400
 * that says why.
 */
export function GET(request: Request) {
  return openDataList(request, {
    path: "/api/v1/documents",
    input: DocumentPageInput,
    numbers: ["limit"],
    read: async (query) => {
      const page = await api().document.page(query);
      return { data: page.registry, nextCursor: page.nextCursor };
    },
  });
}
