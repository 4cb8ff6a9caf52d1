import { connection } from "next/server";
import { thisInstanceReadiness } from "~/server/readiness";

/** Readiness: 200 when this instance can serve readers (its database answers), else 503; each check's state. */
export async function GET() {
  await connection();
  const result = await thisInstanceReadiness();
  return Response.json(
    { status: result.ready ? "ready" : "unavailable", checks: result.checks },
    { status: result.ready ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
