import { connection } from "next/server";
import { atomResponse } from "~/server/atom";

export async function GET(request: Request) {
  await connection();
  return atomResponse(request, { kind: "meetings" });
}
