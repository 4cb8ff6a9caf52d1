// `pnpm soak`: a bounded load of mixed reads and writes against a running Plenary, printing the 5xx count and the
// server's memory at the start and the end. Not a test: figures to read. Reads are public pages over HTTP (the
// site at PLENARY_WEB_URL); writes are meeting saves through the api's caller on DATABASE_URL (the same database
// the site serves), as an editor created for the run. Loopback only, stops by itself.
//   pnpm soak [--minutes 10] [--rate 20] [--pid <server pid>]
import fs from "node:fs";
import { parseArgs } from "node:util";
import { createCaller, createContext } from "@plenary/api";
import { createDb } from "@plenary/db";

const { values } = parseArgs({
  options: {
    minutes: { type: "string", default: "10" },
    rate: { type: "string", default: "20" },
    pid: { type: "string" },
    "write-share": { type: "string", default: "0.2" },
  },
});
const web = process.env.PLENARY_WEB_URL ?? "http://127.0.0.1:3000";
if (!/^https?:\/\/(127\.|localhost|\[::1\])/.test(web))
  throw new Error(`soak only targets loopback, not ${web}`);
const minutes = Number(values.minutes);
const rate = Number(values.rate);
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
const meetings = await db.meeting.findMany({ select: { id: true, slug: true }, where: { deletedAt: null } });
const paths = ["/en", "/en/meetings", "/en/people", "/en/documents", "/en/search?q=summit"].concat(
  meetings.map((m) => `/en/meetings/${m.slug}`),
);

const counts = { reads: 0, writes: 0, status5xx: 0, conflicts: 0, failures: 0 };
const startRss = rssMiB(values.pid);
console.log(
  `soak: ${minutes} min at ${rate} req/s (${writeShare * 100} % writes) on ${web}; RSS at start ${startRss.toFixed(1)} MiB`,
);
const end = Date.now() + minutes * 60_000;
const inFlight = new Set<Promise<void>>();
let n = 0;
while (Date.now() < end) {
  const i = n++;
  const task = (async () => {
    if (meetings.length && (i % 100) / 100 < writeShare) {
      try {
        const meeting = meetings[i % meetings.length]!;
        const record = await caller.meeting.record({ id: meeting.id });
        await caller.meeting.saveRecord({ ...record, summaryI18n: { en: `Soak write ${i}` } });
        counts.writes++;
      } catch (error) {
        if ((error as { code?: string }).code === "CONFLICT") counts.conflicts++;
        else counts.failures++;
      }
    } else {
      const response = await fetch(`${web}${paths[i % paths.length]}`).catch(() => null);
      counts.reads++;
      if (!response) counts.failures++;
      else if (response.status >= 500) counts.status5xx++;
      await response?.arrayBuffer();
    }
  })();
  inFlight.add(task);
  void task.finally(() => inFlight.delete(task));
  await new Promise((resolve) => setTimeout(resolve, 1000 / rate));
  if (i % (rate * 60) === 0 && i > 0) console.log(`  ${new Date().toISOString()} ${JSON.stringify(counts)}`);
}
await Promise.all(inFlight);
const endRss = rssMiB(values.pid);
console.log(
  `soak done: ${counts.reads} reads, ${counts.writes} writes (${counts.conflicts} conflicts), 5xx ${counts.status5xx}, ` +
    `other failures ${counts.failures}; RSS ${startRss.toFixed(1)} → ${endRss.toFixed(1)} MiB ` +
    `(${(((endRss - startRss) / startRss) * 100).toFixed(1)} %)`,
);
await db.$disconnect();
