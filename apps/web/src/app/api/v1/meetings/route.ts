import { MeetingPageInput } from "@plenary/api";
import { connection } from "next/server";
import { z } from "zod";
import { readMeetingApiPage } from "~/server/public-reads";
import { badRequest, jsonData } from "~/server/open-data";
import { siteUrl } from "~/server/site-url";

const PARAMETERS = ["limit", "cursor", "year", "organization", "country"] as const;
const NUMBERS = new Set(["limit", "year"]);

/**
 * Published meetings newest first, `limit` (1–200, default 100) at a time; filters `year`, `organization` (slug of
 * the body or its parent organization) and `country` (slug of the host or of a represented country). The following
 * page is in the `Link` header (rel="next"), through an opaque `cursor`. A bad parameter is a 400 that says why.
 */
export async function GET(request: Request) {
  await connection();
  const params = new URL(request.url).searchParams;
  const unknown = [...params.keys()].filter((key) => !(PARAMETERS as readonly string[]).includes(key));
  if (unknown.length) {
    return badRequest(`Unknown parameter ${unknown.join(", ")}; this list takes ${PARAMETERS.join(", ")}.`);
  }
  const query: Record<string, string | number> = {};
  for (const key of PARAMETERS) {
    const value = params.get(key);
    if (value === null) continue;
    query[key] = NUMBERS.has(key) && /^\d{1,9}$/.test(value) ? Number(value) : value;
  }
  const parsed = MeetingPageInput.safeParse(query);
  if (!parsed.success) return badRequest(z.prettifyError(parsed.error));

  const page = await readMeetingApiPage(JSON.stringify(query));
  const link = (extra: Record<string, string>) => {
    const url = new URL(siteUrl("/api/v1/meetings"));
    for (const [key, value] of Object.entries(query))
      if (key !== "cursor") url.searchParams.set(key, String(value));
    for (const [key, value] of Object.entries(extra)) url.searchParams.set(key, value);
    return url.href;
  };
  const links = [`<${link({})}>; rel="first"`];
  if (page.nextCursor) links.push(`<${link({ cursor: page.nextCursor })}>; rel="next"`);
  return jsonData(page.items, { headers: { link: links.join(", ") } });
}
