import { connection } from "next/server";
import { api } from "~/server/api";
import { jsonData, readOr404 } from "~/server/open-data";

/** The document registry: the same filters and facet counts as the page (?type=decision&year=2020…). */
export async function GET(request: Request) {
  await connection();
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const { offset, limit, ...filters } = query;
  const input = {
    ...filters,
    offset: Math.max(0, Number(offset) || 0),
    limit: Math.min(200, Math.max(1, Number(limit) || 100)),
  };
  return readOr404(
    "documents for these filters",
    () => api().publicPages.documents(input as never),
    jsonData,
  );
}
