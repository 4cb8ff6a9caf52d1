import { connection } from "next/server";

/** Liveness: the process answers HTTP. It checks nothing else, so a database outage never restarts the site. */
export async function GET() {
  await connection();
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
