// pnpm bench:queries — repository-level timings on the generated archive (`pnpm db:generate` first): public search,
// a meeting and a person fetched by id/slug, the admin's list first page and picker search, the JSON API's page of
// documents with its counts. A benchmark, not a test:
// it prints p50/p95 per query (the layer measured: one repository call, database round trips included) and exits.
import { createDb } from "../src/client";
import { withDatabaseUrl } from "../src/embedded/database-url";
import { createRepositories } from "../src/repositories";

const RUNS = Number(process.env.BENCH_RUNS ?? 50);

// Broad words: common name parts, one or two letters, one Chinese character, words in thousands of titles ("joint",
// "council"), words in none ("summit") and misspellings of common ones ("stetement").
const BROAD_WORDS = [
  "jonas",
  "li",
  "xu",
  "wang",
  "王",
  "joint",
  "summit",
  "council",
  "statement",
  "of",
  "stetement",
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(name: string, inputs: string[], call: (input: string) => Promise<unknown>) {
  for (const input of inputs.slice(0, 3)) await call(input); // warm the connection pool and caches
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await call(inputs[i % inputs.length]!);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(38)} p50 ${percentile(times, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(7)} ms`,
  );
  return percentile(times, 95);
}

async function main() {
  await withDatabaseUrl(async (url) => {
    const db = createDb(url);
    try {
      const archive = await db.generatedArchive.findUnique({ where: { id: "archive" } });
      if (!archive) throw new Error("No generated archive here: run pnpm db:generate first.");
      const repos = createRepositories(db);
      const counts = {
        meetings: await db.meeting.count(),
        people: await db.person.count(),
        documents: await db.document.count(),
      };
      console.log(`Archive: ${JSON.stringify(counts)}; ${RUNS} runs per query, one at a time.`);

      const people = await db.person.findMany({ where: { id: { startsWith: "zgen" } }, take: 20, skip: 500 });
      const names = people.map((p) => (p.nameI18n as { en: string }).en);
      const meetings = await db.meeting.findMany({
        where: { status: "published" },
        select: { id: true },
        take: 20,
        skip: 100,
      });

      const search = await measure("public search (full name)", names, (q) => repos.search.search(q));
      await measure(
        "public search (one word)",
        names.map((n) => n.split(" ")[0]!),
        (q) => repos.search.search(q),
      );
      // Broad words (BROAD_WORDS), each run in turn, so p95 is the slowest of them.
      await measure("public search (broad word)", BROAD_WORDS, (q) => repos.search.search(q));
      const fetch = await measure(
        "meeting by id (public detail)",
        meetings.map((m) => m.id),
        (id) => repos.meetings.detailById(id, "public"),
      );
      await measure(
        "person by slug (public detail)",
        people.map((p) => p.slug),
        (slug) => repos.people.detailBySlug(slug, "public"),
      );
      await measure("admin list, people, first page", ["person"], () =>
        repos.editorLists.list({ entityType: "person" }),
      );
      await measure("admin list, documents, first page", ["document"], () =>
        repos.editorLists.list({ entityType: "document" }),
      );
      // The JSON API's document list, a page of 100 with the facet counts of every matching document, unfiltered
      // and by type, year and body in turn.
      const body = await db.organization.findFirstOrThrow({
        where: { adoptedDocuments: { some: {} } },
        orderBy: { id: "asc" },
      });
      const registryFilters = ["", "type=decision", "year=2010", `body=${body.slug}`];
      await measure("documents API page, with counts", registryFilters, (filter) =>
        repos.documentRegistry.publicPage({
          limit: 100,
          ...Object.fromEntries(filter ? [filter.split("=")] : []),
        }),
      );
      await measure(
        "admin picker, people, typed name",
        names.map((n) => n.slice(0, 6)),
        (q) => repos.editorLists.list({ entityType: "person", q, limit: 10 }),
      );
      console.log(`search p95 ÷ fetch-by-id p95: ${(search / fetch).toFixed(2)}`);

      // The figures above are a process's first searches: PostgreSQL plans a prepared statement for its values on
      // each of the pool's connections five times before it keeps a plan, and every search sends five or six
      // statements side by side. The same searches once the plans have settled (a web instance's steady state,
      // which the pool keeps through quiet spells: client.ts, IDLE_CONNECTION_MS):
      const mixed = [...names, ...names.map((n) => n.split(" ")[0]!), ...BROAD_WORDS];
      for (let i = 0; i < 300; i++) await repos.search.search(mixed[i % mixed.length]!);
      const settled = await measure("public search (full name), settled", names, (q) =>
        repos.search.search(q),
      );
      await measure(
        "public search (one word), settled",
        names.map((n) => n.split(" ")[0]!),
        (q) => repos.search.search(q),
      );
      await measure("public search (broad word), settled", BROAD_WORDS, (q) => repos.search.search(q));
      const settledFetch = await measure(
        "meeting by id, settled",
        meetings.map((m) => m.id),
        (id) => repos.meetings.detailById(id, "public"),
      );
      console.log(`settled: search p95 ÷ fetch-by-id p95: ${(settled / settledFetch).toFixed(2)}`);

      // A search after a quiet spell longer than node-postgres's default idle timeout (10 s), three times.
      const afterQuiet: number[] = [];
      for (let i = 0; i < 3; i++) {
        await new Promise((resolve) => setTimeout(resolve, 11_000));
        const started = performance.now();
        await repos.search.search(BROAD_WORDS[i]!);
        afterQuiet.push(performance.now() - started);
      }
      console.log(
        `public search after 11 s of quiet         ${afterQuiet.map((ms) => `${ms.toFixed(1)} ms`).join(", ")}`,
      );
    } finally {
      await db.$disconnect();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
