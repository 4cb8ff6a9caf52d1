import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { env } from "~/env";
import { requestExportRegeneration } from "~/server/bulk-exports";
import { expireTags } from "~/server/tag-expiry";

const RevalidateBody = z.object({ tags: z.array(z.string().min(1).max(300)).min(1).max(500) });

function authorized(header: string | null): boolean {
  const secret = env.PLENARY_REVALIDATE_SECRET;
  if (!secret || !header?.startsWith("Bearer ")) return false;
  const given = Buffer.from(header.slice("Bearer ".length));
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * The admin calls this after a publish, unpublish, trash or merge with the cache tags that became stale
 * (`Authorization: Bearer <PLENARY_REVALIDATE_SECRET>`, body `{ "tags": ["meetings", "meeting:<slug>"] }`).
 * The tagged data has expired when this answers (server/tag-expiry.ts): the next reader, on any instance, gets fresh
 * pages. The bulk exports are then written again in the background (/api/v1/exports).
 */
export async function POST(request: Request) {
  if (!authorized(request.headers.get("authorization"))) {
    return Response.json(
      { error: { code: "UNAUTHORIZED", message: "A valid revalidation secret is required." } },
      { status: 401 },
    );
  }
  const parsed = RevalidateBody.safeParse(await request.json().catch(() => null));
  if (!parsed.success) {
    return Response.json(
      { error: { code: "BAD_REQUEST", message: z.prettifyError(parsed.error) } },
      { status: 400 },
    );
  }
  const tags = [...new Set(parsed.data.tags)];
  try {
    await expireTags(tags);
  } catch (error) {
    // The admin keeps the request and delivers it again: a refresh the cache could not store is never lost.
    console.error("Revalidation failed", error);
    return Response.json(
      {
        error: {
          code: "CACHE_UNAVAILABLE",
          message: `The page cache could not store the expiry: ${error instanceof Error ? error.message : String(error)}`,
        },
      },
      { status: 503 },
    );
  }
  requestExportRegeneration();
  return Response.json({ revalidated: true, tags });
}
