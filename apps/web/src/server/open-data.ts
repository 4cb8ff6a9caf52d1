import "server-only";
import { TRPCError } from "@trpc/server";
import { LICENCE } from "~/lib/licence";

const HEADERS = { "access-control-allow-origin": "*", "cache-control": "public, max-age=300" };

/** A JSON API answer: the data with its licence, readable from any origin. */
export function jsonData(data: unknown, init: { status?: number } = {}): Response {
  return Response.json({ licence: LICENCE, data }, { status: init.status ?? 200, headers: HEADERS });
}

export function jsonNotFound(what: string): Response {
  return Response.json(
    { error: { code: "NOT_FOUND", message: `No published ${what} at this address.` } },
    { status: 404, headers: HEADERS },
  );
}

/** Runs a public read; a record that is not public becomes a 404 answer instead of an error. */
export async function readOr404<T>(
  what: string,
  read: () => Promise<T>,
  answer: (value: T) => Response | Promise<Response>,
): Promise<Response> {
  try {
    return await answer(await read());
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      return jsonNotFound(what);
    throw error;
  }
}

/** A file download (CSV, Atom) with the licence in a Link header as well as in the file. */
export function download(body: string, contentType: string, filename?: string): Response {
  return new Response(body, {
    headers: {
      ...HEADERS,
      "content-type": contentType,
      link: `<${LICENCE.url}>; rel="license"`,
      ...(filename ? { "content-disposition": `inline; filename="${filename}"` } : {}),
    },
  });
}
