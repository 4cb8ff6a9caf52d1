import "server-only";
import { createReadStream } from "node:fs";
import fs from "node:fs/promises";
import { Readable } from "node:stream";
import type { BulkExportFile } from "@plenary/domain";
import { TRPCError } from "@trpc/server";
import { LICENCE } from "~/lib/licence";

const HEADERS = { "access-control-allow-origin": "*", "cache-control": "public, max-age=300" };

/** A JSON API answer: the data with its licence, readable from any origin. */
export function jsonData(
  data: unknown,
  init: { status?: number; cacheControl?: string; headers?: Record<string, string> } = {},
): Response {
  return Response.json(
    { licence: LICENCE, data },
    {
      status: init.status ?? 200,
      headers: {
        ...HEADERS,
        ...(init.cacheControl ? { "cache-control": init.cacheControl } : {}),
        ...init.headers,
      },
    },
  );
}

/** A request the API cannot answer as asked (a parameter out of range, a cursor it did not give out). */
export function badRequest(message: string): Response {
  return Response.json({ error: { code: "BAD_REQUEST", message } }, { status: 400, headers: HEADERS });
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

/** A bulk file could not be served because none has been written yet (the first regeneration is running). */
export function exportsNotReady(): Response {
  return Response.json(
    {
      error: {
        code: "NOT_READY",
        message: "The bulk exports are being written for the first time; try again in a minute.",
      },
    },
    { status: 503, headers: { ...HEADERS, "cache-control": "no-store", "retry-after": "30" } },
  );
}

/**
 * Serves a bulk export file from disk with its sha256 as ETag (a matching If-None-Match gets 304).
 * `versioned`: the address names the content, so it may be cached for good; otherwise (an address that follows
 * the current version) for five minutes, and `Content-Location` gives the versioned address.
 */
export async function bulkFile(
  request: Request,
  file: BulkExportFile,
  filePath: string,
  versioned: boolean,
): Promise<Response> {
  const etag = `"${file.sha256}"`;
  const headers: Record<string, string> = {
    ...HEADERS,
    "cache-control": versioned ? "public, max-age=31536000, immutable" : "public, max-age=300",
    etag,
    link: `<${LICENCE.url}>; rel="license"`,
    ...(versioned ? {} : { "content-location": file.url }),
  };
  const matches = request.headers
    .get("if-none-match")
    ?.split(",")
    .some((tag) => tag.trim().replace(/^W\//, "") === etag || tag.trim() === "*");
  if (matches) return new Response(null, { status: 304, headers });
  const stat = await fs.stat(filePath).catch(() => null);
  if (!stat) return jsonNotFound("export file");
  const stream = Readable.toWeb(createReadStream(filePath)) as ReadableStream<Uint8Array>;
  return new Response(stream, {
    headers: {
      ...headers,
      "content-type": file.contentType,
      "content-length": String(stat.size),
      "content-disposition": `attachment; filename="${file.name}"`,
    },
  });
}
