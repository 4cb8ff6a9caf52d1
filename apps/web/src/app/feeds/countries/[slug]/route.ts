import { connection } from "next/server";
import { atomResponse } from "~/server/atom";

/** Meetings the country was represented at or hosted. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  return atomResponse(request, { kind: "country", slug: (await params).slug }, "country");
}
