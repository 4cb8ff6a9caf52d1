import { connection } from "next/server";
import { atomResponse } from "~/server/atom";

/** Meetings of the organization and its bodies. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  return atomResponse(request, { kind: "organization", slug: (await params).slug }, "organization");
}
