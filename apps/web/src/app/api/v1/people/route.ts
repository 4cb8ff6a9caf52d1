import { connection } from "next/server";
import { api } from "~/server/api";
import { jsonData } from "~/server/open-data";

export async function GET(request: Request) {
  await connection();
  const offset = Math.max(0, Number(new URL(request.url).searchParams.get("offset")) || 0);
  return jsonData(await api().person.list({ limit: 200, offset }));
}
