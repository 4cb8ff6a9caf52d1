// The pages the benchmarks measure: the published meeting with the most participants (or BENCH_MEETING), and the
// first person, country, document … it links to.
import { createDb } from "@plenary/db";

/** The published meeting with the most participants, unless BENCH_MEETING names one. */
export async function meetingSlug(databaseUrl: string): Promise<string> {
  if (process.env.BENCH_MEETING) return process.env.BENCH_MEETING;
  const db = createDb(databaseUrl);
  try {
    const meeting = await db.meeting.findFirst({
      where: { status: "published", deletedAt: null },
      orderBy: { participations: { _count: "desc" } },
      select: { slug: true },
    });
    if (!meeting)
      throw new Error("No published meeting in the database: run pnpm db:seed (or pnpm db:generate).");
    return meeting.slug;
  } finally {
    await db.$disconnect();
  }
}

/** The first English page of a kind (`people`, `countries` …) that a page's HTML links to. */
export function linkedPage(html: string, kind: string): string {
  const slug = new RegExp(`href="/en/${kind}/([^"?#/]+)"`).exec(html)?.[1];
  if (!slug) throw new Error(`The meeting page links to no ${kind}`);
  return `/en/${kind}/${slug}`;
}
