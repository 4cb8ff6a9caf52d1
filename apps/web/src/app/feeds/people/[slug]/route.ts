import { connection } from "next/server";
import { atomResponse } from "~/server/atom";

/** Meetings the person attended. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  return atomResponse(request, { kind: "person", slug: (await params).slug }, "person");
}
