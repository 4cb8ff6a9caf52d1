import { readPerson } from "~/server/public-reads";
import { jsonData, readOr404 } from "~/server/open-data";

// Rendered on first request, then cached until its tags are revalidated (see server/cached.ts).
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return readOr404("person", () => readPerson(slug), jsonData);
}
