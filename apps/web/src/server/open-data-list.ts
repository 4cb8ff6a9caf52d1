import "server-only";
import { connection } from "next/server";
import { z } from "zod";
import { badRequest, jsonData } from "./open-data";
import { siteUrl } from "./site-url";

/** What a list's read gives back: the page's data and the cursor of the next page (null on the last). */
export interface ListPage<Data> {
  data: Data;
  nextCursor: string | null;
}

export interface OpenDataList<Input extends z.ZodObject, Data> {
  /** The list's address, "/api/v1/people". */
  path: string;
  /** Its parameters: `limit`, `cursor` and the filters, as the api procedure takes them. */
  input: Input;
  /** The parameters given as numbers (`limit`, a year); the others are text. */
  numbers: readonly string[];
  /** Reads a page with the query as given, once checked against `input` (the api procedure parses it again). */
  read: (query: z.input<Input>) => Promise<ListPage<Data>>;
}

/**
 * A JSON API list, a page at a time (the same for every list): the query is checked against the list's parameters
 * (an unknown one, a bad value, a cursor the API did not give out: 400 with the reason), the page is read, and the
 * Link header gives the first page's address (rel="first") and the next one's (rel="next", with the same `limit`
 * and filters and the next `cursor`) when there is one.
 */
export async function openDataList<Input extends z.ZodObject, Data>(
  request: Request,
  list: OpenDataList<Input, Data>,
): Promise<Response> {
  await connection();
  const params = new URL(request.url).searchParams;
  const known = Object.keys(list.input.shape);
  const unknown = [...new Set(params.keys())].filter((key) => !known.includes(key));
  if (unknown.length) {
    return badRequest(`Unknown parameter ${unknown.join(", ")}; this list takes ${known.join(", ")}.`);
  }
  const repeated = known.filter((key) => params.getAll(key).length > 1);
  if (repeated.length) return badRequest(`Give ${repeated.join(", ")} once.`);
  const query: Record<string, string | number> = {};
  for (const key of known) {
    const value = params.get(key);
    if (value === null) continue;
    query[key] = list.numbers.includes(key) && /^\d{1,9}$/.test(value) ? Number(value) : value;
  }
  const parsed = list.input.safeParse(query);
  if (!parsed.success) return badRequest(z.prettifyError(parsed.error));

  const page = await list.read(query as z.input<Input>);
  const address = (cursor: string | null) => {
    const url = new URL(siteUrl(list.path));
    for (const [key, value] of Object.entries(query))
      if (key !== "cursor") url.searchParams.set(key, String(value));
    if (cursor) url.searchParams.set("cursor", cursor);
    return url.href;
  };
  const links = [`<${address(null)}>; rel="first"`];
  if (page.nextCursor) links.push(`<${address(page.nextCursor)}>; rel="next"`);
  return jsonData(page.data, { headers: { link: links.join(", ") } });
}
