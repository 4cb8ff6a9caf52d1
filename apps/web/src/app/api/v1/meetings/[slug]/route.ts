import { connection } from "next/server";
import { api } from "~/server/api";
import { jsonData, readOr404 } from "~/server/open-data";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await params;
  return readOr404("meeting", () => api().meeting.bySlug({ slug }), jsonData);
}
