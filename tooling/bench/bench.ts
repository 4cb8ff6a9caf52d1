// `pnpm bench`: how fast the public site answers, each figure against what the same bytes cost served statically,
// measured in alternating rounds (A, B, then B, A …) in one run so that the machine's load falls on both sides.
//   P1a  meeting, person, country and document pages under `next start` (one instance, its page cache in memory)
//        ÷ a static Next page of about the same size in the page's own words (tooling/static-page, prerendered,
//        built for the run), the baseline; and, stricter, ÷ the same bytes as a file of the same Next server
//        (apps/web/public); loaded with wrk, which does not decode the bodies (loadWithWrk);
//   P1b  the meeting page through the production front (nginx over two instances sharing Redis) ÷ nginx serving
//        the same bytes from disk: at saturation, and p99 at a fixed rate;
//   P2   SQL statements of the meeting, person, country, organization and document pages' data loads (the
//        repository calls their api procedures make, counted at the client) for the public record with the most
//        links ÷ for one with about 15 (the api's page-queries integration test checks them equal at 15 and 150);
//   P4   the meeting page's client JavaScript (gzipped; not the noModule polyfills, which browsers with ES modules
//        skip) ÷ an empty App Router page's (the framework files every App Router page loads, build-manifest.json's
//        rootMainFiles); `pnpm bench:weight` gives it for more pages without the rest;
//   P5   a publication through the admin's api (publishing.publishMeeting, which tells the site through the front
//        as the admin does) until the meeting's page answers on each of the two instances, and through the front:
//        p50 / p95 over BENCH_PUBLISHES (20) publications of one meeting, unpublished again between them;
//   E1   the bulk exports (Popolo JSON and CSV of everything published) written once from the database: time,
//        sizes and the process's peak memory (repository calls, as the site's regeneration after a publication does
//        them);
//   LH   Lighthouse 12.2.3 (Debian's Chromium, CHROME_PATH) on the home and meeting pages through the front, mobile
//        and desktop: performance, accessibility and CLS, the median of BENCH_LIGHTHOUSE_RUNS (5) with the median
//        benchmarkIndex.
// Works on whatever the database holds (DATABASE_URL, else the embedded one). Settings: BENCH_ROUNDS (3),
// BENCH_SECONDS (5 per measurement), BENCH_CONNECTIONS (16), BENCH_RATE (1000 requests/s for p99), BENCH_MEETING
// (a meeting's slug; default the published meeting with the most participants), BENCH_ONLY (p1a,p1b,p2,p4,p5,e1,lh;
// p2 alone needs no build).
import { execFile, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient } from "@redis/client";
import autocannon from "autocannon";
import { createDb, createRepositories, type Repositories } from "@plenary/db";
import { clientScripts, emptyPageScripts, gzippedSize, webDir } from "./client-js";
import { exportRows } from "./exports";
import { lighthouseRows } from "./lighthouse";
import { linkedPage, meetingSlug } from "./pages";
import { publicationRows } from "./publication";
import { format, printTable } from "./table";
import { openDatabase } from "../front/database";
import { startFront, startNginx } from "../front/nginx";
import { freePort, startNext, stopServer, waitUntilServing } from "../testing/next-server";

const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
const SECONDS = Number(process.env.BENCH_SECONDS || 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 16);
const RATE = Number(process.env.BENCH_RATE || 1000);
const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";
/** BENCH_ONLY=p1b (or p1a,p4 …): only those measures. */
const measures = new Set((process.env.BENCH_ONLY || "p1a,p1b,p2,p4,p5,e1,lh").toLowerCase().split(","));
const REDIS_PREFIX = `plenary-bench:${Date.now().toString(36)}:`;

/** The static copies, served by Next from public/ (removed after the run; ignored by git). */
const staticDir = path.join(webDir, "public/__bench");

interface Load {
  rps: number;
  p99: number;
}

async function load(url: string, options: { rate?: number } = {}): Promise<Load> {
  const result = await autocannon({
    url,
    connections: options.rate ? 10 : CONNECTIONS,
    duration: SECONDS,
    ...(options.rate ? { overallRate: options.rate } : {}),
  });
  if (result.non2xx || result.errors || result.timeouts) {
    throw new Error(
      `${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  }
  return { rps: result.requests.average, p99: result.latency.p99 };
}

/**
 * The same measure with wrk (Debian's `wrk`, in C), for P1a: autocannon decodes every body it receives into a string,
 * and its work then depends on the characters a page holds (a few beyond ASCII make it ten times as costly) and takes
 * the cores the server shares with it; wrk reads the bytes and counts them. One thread, CONNECTIONS connections.
 */
async function loadWithWrk(url: string): Promise<Load> {
  // Not spawnSync: the servers' output is read by this process, and a blocked event loop would fill their pipes.
  const out = await new Promise<string>((resolve, reject) => {
    execFile(
      "wrk",
      ["-t1", `-c${CONNECTIONS}`, `-d${SECONDS}s`, "--latency", url],
      { encoding: "utf8" },
      (error, stdout, stderr) =>
        error
          ? reject(
              new Error(
                `wrk failed for ${url} (P1a needs Debian's wrk: apt-get install wrk): ${error.message} ${stderr}`,
              ),
            )
          : resolve(stdout),
    );
  });
  const failed = /Non-2xx or 3xx responses: (\d+)|Socket errors: (.*)/.exec(out);
  if (failed) throw new Error(`${url}: ${failed[0]}`);
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  const p99 = /\s99%\s+([\d.]+)(us|ms|s)\b/.exec(out);
  if (!Number.isFinite(rps) || !p99) throw new Error(`${url}: could not read wrk's output:\n${out}`);
  const unit = { us: 0.001, ms: 1, s: 1000 }[p99[2] as "us" | "ms" | "s"];
  return { rps, p99: Number(p99[1]) * unit };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Each loader in turn, the order reversed every other round, ROUNDS times each; the medians per loader. */
async function alternate<L extends (() => Promise<Load>)[]>(
  ...loaders: L
): Promise<{ [K in keyof L]: Load }> {
  const results: Load[][] = loaders.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    const order = loaders.map((_, i) => i);
    if (round % 2 === 1) order.reverse();
    for (const i of order) results[i]!.push(await loaders[i]!());
  }
  return results.map((loads) => ({
    rps: median(loads.map((l) => l.rps)),
    p99: median(loads.map((l) => l.p99)),
  })) as { [K in keyof L]: Load };
}

async function body(url: string): Promise<Buffer> {
  const response = await fetch(url, { headers: { "accept-encoding": "identity" } });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

async function startWeb(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = startNext(webDir, port, env);
  await waitUntilServing("a web instance", child, `${url}/api/health`);
  return { url, child };
}

const staticPageDir = path.resolve(import.meta.dirname, "../static-page");

/**
 * The P1a baseline: tooling/static-page built with one prerendered page per kind, each near the size of the page it
 * stands beside (Next writes a server-rendered text twice, as markup and in the inline payload) and written in that
 * page's own words, then `next start`. Its own words, not made-up English ones: the load generator decodes every body
 * it receives to a string, and a body with a few characters beyond ASCII (a name in Cyrillic, a dash) costs it ten
 * times as much as one without (0.55 ms against 0.05 for the 712 KB country page); on two cores shared with the
 * server, an ASCII baseline was served faster for the client's sake alone (the country page's ratio 0.37 with
 * autocannon, 0.71–0.74 with wrk, which decodes nothing).
 */
async function startStaticPages(
  pages: Record<string, Buffer>,
): Promise<{ url: string; child: ChildProcess; dir: string }> {
  const shell = 4_000; // the HTML of the app's empty page: document, scripts, payload framing
  const specs = Object.fromEntries(
    Object.entries(pages).map(([kind, html]) => [
      kind,
      { length: Math.max(0, Math.round((html.length - shell) / 2)), words: visibleWords(html.toString()) },
    ]),
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plenary-bench-static-"));
  const file = path.join(dir, "pages.json");
  fs.writeFileSync(file, JSON.stringify(specs));
  const env = { BENCH_STATIC_PAGES_FILE: file, NEXT_TELEMETRY_DISABLED: "1" };
  console.error("P1a: building the static Next pages …");
  const build = spawnSync(path.join(staticPageDir, "node_modules/.bin/next"), ["build"], {
    cwd: staticPageDir,
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  if (build.status !== 0)
    throw new Error(`Building tooling/static-page failed:\n${build.stdout}${build.stderr}`);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = startNext(staticPageDir, port, env);
  await waitUntilServing("the static Next pages", child, `${url}/${Object.keys(specs)[0]}`);
  return { url, child, dir };
}

/** The words a page shows: its HTML without scripts, styles and tags. */
function visibleWords(html: string): string[] {
  return html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]*>/g, " ")
    .split(/\s+/)
    .filter(Boolean);
}

/** Each page's data load, and the SQL giving its records' slugs with their number of links (public records only). */
const PAGE_LOADS: Record<
  string,
  { load: (repos: Repositories, slug: string) => Promise<unknown>; links: string }
> = {
  meeting: {
    load: (repos, slug) => repos.meetings.detailBySlug(slug, "public"),
    links: `select m.slug, count(*)::int as links from "Participation" p join "Meeting" m on m.id = p."meetingId"
            where m.status = 'published' and m."deletedAt" is null group by m.slug`,
  },
  person: {
    load: (repos, slug) => repos.people.detailBySlug(slug, "public"),
    links: `select x.slug, count(*)::int as links from "Participation" p join "Meeting" m on m.id = p."meetingId"
            join "Person" x on x.id = p."personId"
            where m.status = 'published' and m."deletedAt" is null and x."deletedAt" is null group by x.slug`,
  },
  country: {
    load: (repos, slug) => repos.countryProfiles.bySlug(slug),
    links: `select c.slug, count(*)::int as links from "Participation" p join "Meeting" m on m.id = p."meetingId"
            join "Country" c on c.id = p."representingCountryId"
            where m.status = 'published' and m."deletedAt" is null and c."deletedAt" is null group by c.slug`,
  },
  organization: {
    load: (repos, slug) => repos.organizationProfiles.bySlug(slug),
    links: `select o.slug, count(*)::int as links from "Meeting" m join "Organization" o on o.id = m."bodyId"
            where m.status = 'published' and m."deletedAt" is null and o."deletedAt" is null group by o.slug`,
  },
  document: {
    load: (repos, slug) => repos.documents.detailBySlug(slug, "public"),
    links: `select d.slug, (select count(*)::int from "DocumentRelation" r where r."fromId" = d.id or r."toId" = d.id)
              + (select count(*)::int from "DocumentTopic" t where t."documentId" = d.id) as links
            from "Document" d left join "Meeting" m on m.id = d."meetingId"
            where d.status = 'published' and d."deletedAt" is null
              and (m.id is null or (m.status = 'published' and m."deletedAt" is null))`,
  },
};

/** P2: statements per page data load for the record with the most links ÷ for the one nearest 15 links. */
async function statementRows(databaseUrl: string): Promise<string[][]> {
  let statements = 0;
  const db = createDb(databaseUrl, { onQuery: () => statements++ });
  const repos = createRepositories(db);
  const rows: string[][] = [];
  try {
    for (const [kind, { load, links }] of Object.entries(PAGE_LOADS)) {
      const records = await db.$queryRawUnsafe<{ slug: string; links: number }[]>(links);
      if (records.length === 0) continue;
      const most = records.reduce((a, b) => (b.links > a.links ? b : a));
      const few = records.reduce((a, b) => (Math.abs(b.links - 15) < Math.abs(a.links - 15) ? b : a));
      const count = async (slug: string) => {
        await load(repos, slug); // warm-up: connection set-up is not the page's cost
        statements = 0;
        await load(repos, slug);
        return statements;
      };
      const [atMost, atFew] = [await count(most.slug), await count(few.slug)];
      rows.push([
        `P2 ${kind} page`,
        "SQL statements, data load",
        `${most.links} vs ${few.links} links`,
        String(atMost),
        String(atFew),
        format(atMost / atFew, 2),
        "= 1",
      ]);
    }
  } finally {
    await db.$disconnect();
  }
  return rows;
}

/** BENCH_ONLY=p2: the statement counts alone, without a build or a server. */
async function onlyStatements() {
  const database = await openDatabase();
  try {
    const rows = await statementRows(database.url);
    console.log("");
    printTable(["measure", "layer", "size", "A", "B (baseline)", "A ÷ B", "target"], rows);
  } finally {
    await database.stop();
  }
}

async function main() {
  if (measures.size === 1 && measures.has("p2")) return onlyStatements();
  if (!fs.existsSync(path.join(webDir, ".next/BUILD_ID"))) {
    throw new Error("No production build of apps/web: run pnpm --filter @plenary/web build first.");
  }
  const database = await openDatabase();
  const running: ChildProcess[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  try {
    const env = {
      DATABASE_URL: database.url,
      PLENARY_REVALIDATE_SECRET: `${crypto.randomUUID()}${crypto.randomUUID()}`,
      // Each instance would write the bulk exports when it starts, in the background of the measures; E1 times
      // that work on its own, and P5's publications still start it as in production.
      PLENARY_EXPORTS_ON_START: "0",
      PLENARY_EXPORTS_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "plenary-bench-exports-")),
    };
    cleanups.push(async () => fs.rmSync(env.PLENARY_EXPORTS_DIR, { recursive: true, force: true }));
    const meeting = `/en/meetings/${await meetingSlug(database.url)}`;

    // The pages, as rendered: the meeting page and the first person, country and document it links to.
    const capture = await startWeb(env);
    running.push(capture.child);
    const meetingHtml = (await body(`${capture.url}${meeting}`)).toString();
    const linked = (kind: string) => linkedPage(meetingHtml, kind);
    const pages: Record<string, string> = {
      meeting,
      person: linked("people"),
      country: linked("countries"),
      document: linked("documents"),
    };
    fs.mkdirSync(staticDir, { recursive: true });
    cleanups.push(async () => fs.rmSync(staticDir, { recursive: true, force: true }));
    const htmls: Record<string, Buffer> = {};
    for (const [kind, pathname] of Object.entries(pages)) {
      await body(`${capture.url}${pathname}`);
      const html = await body(`${capture.url}${pathname}`);
      htmls[kind] = html;
      fs.writeFileSync(path.join(staticDir, `${kind}.html`), html);
    }
    await stopServer(capture.child);

    // P1a: a fresh `next start` that knows the static copies (Next lists public/ when it starts), and the static
    // Next page of each size.
    const web = await startWeb(env);
    running.push(web.child);
    const rows: string[][] = [];
    const p1a: Record<string, number> = {};
    const staticPages = measures.has("p1a") ? await startStaticPages(htmls) : null;
    if (staticPages) {
      running.push(staticPages.child);
      cleanups.push(async () => fs.rmSync(staticPages.dir, { recursive: true, force: true }));
    }
    for (const [kind, pathname] of Object.entries(pages)) {
      if (!staticPages) break;
      await body(`${web.url}${pathname}`);
      const staticBytes = (await body(`${staticPages.url}/${kind}`)).length;
      console.error(`P1a ${kind}: ${pathname} ÷ the static Next page /${kind} ÷ /__bench/${kind}.html …`);
      const [page, staticPage, copy] = await alternate(
        () => loadWithWrk(`${web.url}${pathname}`),
        () => loadWithWrk(`${staticPages.url}/${kind}`),
        () => loadWithWrk(`${web.url}/__bench/${kind}.html`),
      );
      p1a[kind] = page.rps / staticPage.rps;
      rows.push([
        `P1a ${kind} page`,
        "HTTP end to end (wrk), next start (1 instance)",
        `${format(htmls[kind]!.length / 1024)} KB`,
        `${format(page.rps)} req/s`,
        `${format(staticPage.rps)} req/s (static Next page, ${format(staticBytes / 1024)} KB)`,
        format(p1a[kind]!, 2),
        "≥ 0.8",
      ]);
      rows.push([
        `P1a ${kind} page, stricter`,
        "as above",
        "",
        `${format(page.rps)} req/s`,
        `${format(copy.rps)} req/s (same bytes from public/)`,
        format(page.rps / copy.rps, 2),
        "",
      ]);
    }
    if (staticPages) await stopServer(staticPages.child);
    await stopServer(web.child);

    // The shipped front over two instances sharing Redis: P1b, P5 and Lighthouse go through it.
    const instances = [];
    // The instances behind the front name it as the site's address, so the pages' canonical and hreflang addresses
    // are the ones Lighthouse loads (else its SEO audit sees them point elsewhere).
    const frontPort = await freePort();
    for (let i = 0; i < 2; i++) {
      const instance = await startWeb({
        ...env,
        REDIS_URL,
        REDIS_KEY_PREFIX: REDIS_PREFIX,
        PUBLIC_SITE_URL: `http://127.0.0.1:${frontPort}`,
      });
      running.push(instance.child);
      instances.push(instance);
    }
    cleanups.push(() => dropKeys(REDIS_PREFIX));
    const front = await startFront({
      webServers: instances.map(({ url }) => new URL(url).host),
      adminServer: `127.0.0.1:${await freePort()}`,
      port: frontPort,
      adminPort: await freePort(),
    });
    cleanups.push(front.stop);
    if (measures.has("p1b")) {
      const nginxPort = await freePort();
      const nginx = await startNginx(
        staticNginxConfig(nginxPort, path.join(staticDir, "meeting.html")),
        [nginxPort],
        "plenary-bench-nginx",
      );
      cleanups.push(nginx.stop);
      await body(`${front.url}${meeting}`);
      console.error("P1b: the front ÷ nginx at saturation, then at a fixed rate …");
      const [viaFront, viaNginx] = await alternate(
        () => load(`${front.url}${meeting}`),
        () => load(`http://127.0.0.1:${nginxPort}/meeting.html`),
      );
      const [frontAtRate, nginxAtRate] = await alternate(
        () => load(`${front.url}${meeting}`, { rate: RATE }),
        () => load(`http://127.0.0.1:${nginxPort}/meeting.html`, { rate: RATE }),
      );
      // What the front did with those requests (served from its cache, or passed to an instance) and how long each
      // kind took it, from its request log: the p99 is the share of requests an instance answered.
      const verdicts = new Map<string, number[]>();
      for (const line of fs.readFileSync(front.accessLog, "utf8").split("\n")) {
        if (!line) continue;
        const entry = JSON.parse(line) as { cache: string; duration: number };
        const cache = entry.cache || "none";
        if (!verdicts.has(cache)) verdicts.set(cache, []);
        verdicts.get(cache)!.push(entry.duration * 1000);
      }
      const described = [...verdicts].map(([verdict, durations]) => {
        const sorted = durations.sort((a, b) => a - b);
        const median = sorted[Math.floor(sorted.length / 2)]!;
        return `${verdict} ${sorted.length} (p50 ${format(median, 1)} ms, max ${format(sorted.at(-1)!)} ms)`;
      });
      console.error(`P1b front cache verdicts: ${described.join(", ")}`);
      rows.push([
        "P1b meeting page",
        "HTTP end to end, nginx front over 2 instances + Redis",
        `${format(htmls.meeting!.length / 1024)} KB`,
        `${format(viaFront.rps)} req/s`,
        `${format(viaNginx.rps)} req/s (same bytes, nginx from disk)`,
        format(viaFront.rps / viaNginx.rps, 2),
        "≥ 0.5",
      ]);
      rows.push([
        `P1b p99 at ${RATE} req/s`,
        "HTTP end to end, as above",
        "",
        `${format(frontAtRate.p99)} ms`,
        `${format(nginxAtRate.p99)} ms`,
        format(frontAtRate.p99 / Math.max(nginxAtRate.p99, 1), 2),
        "≤ 2",
      ]);
    }

    if (measures.has("p5")) {
      console.error("P5: publications until every instance shows them …");
      rows.push(
        ...progress(
          await publicationRows({
            databaseUrl: database.url,
            instances: instances.map(({ url }) => url),
            front: front.url,
            revalidateSecret: env.PLENARY_REVALIDATE_SECRET,
          }),
        ),
      );
    }
    if (measures.has("e1")) {
      console.error("E1: the bulk exports, written once …");
      rows.push(...progress(await exportRows(database.url)));
    }
    if (measures.has("lh")) {
      // BENCH_LIGHTHOUSE_PAGES: the pages by kind (default home and meeting; also person, country, document,
      // organization, registry: the document registry).
      const lighthousePages: Record<string, () => string> = {
        home: () => "/en",
        meeting: () => meeting,
        person: () => pages.person!,
        country: () => pages.country!,
        document: () => pages.document!,
        organization: () => linked("organizations"),
        registry: () => "/en/documents",
      };
      const kinds = (process.env.BENCH_LIGHTHOUSE_PAGES || "home,meeting").split(",").filter(Boolean);
      const unknown = kinds.filter((kind) => !(kind in lighthousePages));
      if (unknown.length) throw new Error(`BENCH_LIGHTHOUSE_PAGES: no page kind ${unknown.join(", ")}`);
      console.error(`Lighthouse: ${kinds.join(", ")}; mobile and desktop …`);
      const urls = kinds.map((kind) => lighthousePages[kind]!());
      rows.push(...progress(await lighthouseRows(urls.map((p) => `${front.url}${p}`))));
    }

    if (measures.has("p2")) rows.push(...(await statementRows(database.url)));

    // P4: the meeting page's scripts against the framework's own.
    const scripts = clientScripts(meetingHtml);
    const emptyFiles = emptyPageScripts();
    const pageJs = gzippedSize(scripts);
    const emptyJs = gzippedSize(emptyFiles);
    rows.push([
      "P4 client JS, meeting page",
      "build files, gzipped",
      "",
      `${format(pageJs / 1024, 1)} KB in ${scripts.size} files`,
      `${format(emptyJs / 1024, 1)} KB in ${emptyFiles.length} files (empty App Router page)`,
      format(pageJs / emptyJs, 2),
      "≤ 1.1",
    ]);

    const [load1, load5] = os.loadavg();
    console.log(
      `\n${os.cpus().length} × ${os.cpus()[0]?.model}, load average ${format(load1!, 2)} / ${format(load5!, 2)} ` +
        `(1 / 5 min) at the end; ${ROUNDS} alternating rounds of ${SECONDS} s, ${CONNECTIONS} connections, medians\n`,
    );
    printTable(["measure", "layer", "size", "A", "B (baseline)", "A ÷ B", "target"], rows);
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
    await Promise.all(running.map(stopServer));
    await database.stop();
  }
}

/** nginx serving one file, with the front's worker and logging settings. */
function staticNginxConfig(port: number, file: string): string {
  return `worker_processes auto;
pid nginx.pid;
error_log stderr warn;
events { worker_connections 4096; }
http {
  client_body_temp_path temp/client-body;
  proxy_temp_path temp/proxy;
  fastcgi_temp_path temp/fastcgi;
  uwsgi_temp_path temp/uwsgi;
  scgi_temp_path temp/scgi;
  server_tokens off;
  sendfile on;
  tcp_nopush on;
  access_log access.log;
  server {
    listen 127.0.0.1:${port};
    location = /meeting.html { default_type text/html; alias ${file}; }
  }
}
`;
}

async function dropKeys(prefix: string) {
  const client = createClient({ url: REDIS_URL });
  await client.connect();
  for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) {
    if (keys.length) await client.unlink(keys);
  }
  client.destroy();
}

/** The rows as soon as they are measured (on stderr), so that a run cut short still gives its figures. */
function progress(rows: string[][]): string[][] {
  for (const row of rows) console.error(`  ${row.join(" | ")}`);
  return rows;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
