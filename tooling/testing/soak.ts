// `pnpm soak`: a bounded load of mixed reads and writes against a running Plenary, printing the 5xx count and the
// server's memory at the start and the end. Not a test: figures to read. Reads are public pages over HTTP (the
// site at PLENARY_WEB_URL); writes are meeting saves through the api's caller on DATABASE_URL (the same database
// the site serves), as an editor created for the run; with PLENARY_REVALIDATE_SECRET set, as the admin does, each
// save tells the site which pages it made stale. Loopback only, stops by itself.
//   pnpm soak [--minutes 10] [--rate 20 | --share-of-max 0.7] [--pid <server pid>] [--write-share 0.2]
// --share-of-max first measures the site's maximum on the same reads (16 concurrent clients, --max-seconds 20) and
// then runs at that share of it.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { createCaller, createContext } from "@plenary/api";
import { createDb } from "@plenary/db";

const { values } = parseArgs({
  options: {
    minutes: { type: "string", default: "10" },
    rate: { type: "string" },
    "share-of-max": { type: "string" },
    "max-seconds": { type: "string", default: "20" },
    pid: { type: "string" },
    "write-share": { type: "string", default: "0.2" },
  },
});
const web = process.env.PLENARY_WEB_URL ?? "http://127.0.0.1:3000";
if (!/^https?:\/\/(127\.|localhost|\[::1\])/.test(web))
  throw new Error(`soak only targets loopback, not ${web}`);
const minutes = Number(values.minutes);
const writeShare = Number(values["write-share"]);

function rssMiB(pid: string | undefined): number {
  if (!pid) return process.memoryUsage().rss / 2 ** 20;
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

const db = createDb(process.env.DATABASE_URL!);
const user = await db.user.create({
  data: { email: `soak-${Date.now()}@example.org`, name: "Soak", role: "editor" },
});
const caller = createCaller(
  createContext({ db, user: { id: user.id, email: user.email, name: user.name, role: "editor" } }),
);
const meetings = await db.meeting.findMany({
  select: { id: true, slug: true, status: true },
  where: { deletedAt: null },
  orderBy: { id: "asc" },
});
const published = meetings.filter((m) => m.status === "published");
const paths = ["/en", "/en/archive", "/en/topics", "/en/documents", "/en/search?q=summit"].concat(
  published.slice(0, 200).map((m) => `/en/meetings/${m.slug}`),
);

/** One read; its status, or null when the request itself failed. */
async function read(i: number): Promise<number | null> {
  const response = await fetch(`${web}${paths[i % paths.length]}`).catch(() => null);
  await response?.arrayBuffer();
  return response?.status ?? null;
}

/** The site's maximum on these reads: 16 clients, each sending its next request as soon as the last is answered. */
async function measureMax(seconds: number): Promise<number> {
  // Every page rendered once first, four at a time, as the soak will find them.
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let i = next++; i < paths.length; i = next++) await read(i);
    }),
  );
  let done = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: 16 }, async (_, client) => {
      for (let i = client; Date.now() < until; i += 16) {
        await read(i);
        done++;
      }
    }),
  );
  return done / seconds;
}

let rate = Number(values.rate ?? 20);
if (values["share-of-max"]) {
  const max = await measureMax(Number(values["max-seconds"]));
  rate = Math.max(1, Math.round(max * Number(values["share-of-max"])));
  console.log(`soak: measured maximum ${max.toFixed(0)} req/s on the reads; running at ${rate} req/s`);
}

const counts = { reads: 0, writes: 0, status5xx: 0, conflicts: 0, failures: 0 };
const readMs: number[] = [];
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const startRss = rssMiB(values.pid);
console.log(
  `soak: ${minutes} min at ${rate} req/s (${writeShare * 100} % writes) on ${web}; RSS at start ${startRss.toFixed(1)} MiB`,
);
const start = Date.now();
const end = start + minutes * 60_000;
const inFlight = new Set<Promise<void>>();
let n = 0;
let nextReport = start + 60_000;
while (Date.now() < end) {
  // Request i is due at start + i / rate: timers' lateness is made up, not accumulated.
  const due = start + (n * 1000) / rate;
  const wait = due - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  const i = n++;
  const task = (async () => {
    if (meetings.length && (i % 100) / 100 < writeShare) {
      try {
        const meeting = meetings[(i * 7919) % meetings.length]!;
        const record = await caller.meeting.record({ id: meeting.id });
        await caller.meeting.saveRecord({ ...record, summaryI18n: { en: `Soak write ${i}` } });
        counts.writes++;
      } catch (error) {
        if ((error as { code?: string }).code === "CONFLICT") counts.conflicts++;
        else {
          counts.failures++;
          if (counts.failures <= 5) console.error(`  write failed: ${(error as Error).message}`);
        }
      }
    } else {
      const started = performance.now();
      const status = await read(i);
      readMs.push(performance.now() - started);
      counts.reads++;
      if (status === null) counts.failures++;
      else if (status >= 500) counts.status5xx++;
    }
  })();
  inFlight.add(task);
  void task.finally(() => inFlight.delete(task));
  if (Date.now() >= nextReport) {
    nextReport += 60_000;
    console.log(
      `  ${new Date().toISOString()} ${JSON.stringify(counts)} in flight ${inFlight.size}, RSS ${rssMiB(values.pid).toFixed(1)} MiB`,
    );
  }
}
await Promise.all(inFlight);
const seconds = (Date.now() - start) / 1000;
const endRss = rssMiB(values.pid);
console.log(
  `soak done: ${counts.reads} reads, ${counts.writes} writes (${counts.conflicts} conflicts) in ${seconds.toFixed(0)} s ` +
    `(${((counts.reads + counts.writes + counts.conflicts) / seconds).toFixed(0)} req/s), 5xx ${counts.status5xx}, ` +
    `other failures ${counts.failures}; reads p50 ${percentile(readMs, 50).toFixed(0)} ms, ` +
    `p99 ${percentile(readMs, 99).toFixed(0)} ms; RSS ${startRss.toFixed(1)} → ${endRss.toFixed(1)} MiB ` +
    `(${(((endRss - startRss) / startRss) * 100).toFixed(1)} %)`,
);
await db.$disconnect();
