// P5: how long a publication in the admin takes to reach every reader. The admin's api publishes a meeting
// (publishing.publishMeeting, the same call as the admin's Publish button, which tells the site through the front
// after it commits); the clock runs from the call until the meeting's page answers 200 on each web instance, and
// through the front (whose one-second micro-cache may still hold the page's 404).
import { createCaller, createContext } from "@plenary/api";
import { createDb } from "@plenary/db";

const PUBLISHES = Number(process.env.BENCH_PUBLISHES || 20);
const POLL_MS = 10;

interface Setup {
  databaseUrl: string;
  /** Each web instance's own address. */
  instances: string[];
  front: string;
  revalidateSecret: string;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/** Resolves with the milliseconds since `start` when `url` answers `status`. */
async function until(url: string, status: number, start: number): Promise<number> {
  for (;;) {
    const response = await fetch(url, { redirect: "manual" });
    await response.arrayBuffer();
    if (response.status === status) return performance.now() - start;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

export async function publicationRows(setup: Setup): Promise<string[][]> {
  const db = createDb(setup.databaseUrl);
  const saved = { url: process.env.PLENARY_WEB_URL, secret: process.env.PLENARY_REVALIDATE_SECRET };
  process.env.PLENARY_WEB_URL = setup.front;
  process.env.PLENARY_REVALIDATE_SECRET = setup.revalidateSecret;
  let meetingId: string | null = null;
  let editor: ReturnType<typeof createCaller> | null = null;
  try {
    // A small published meeting other than the one the page measures use (the one with the fewest participants).
    const meeting = await db.meeting.findFirst({
      where: { status: "published", deletedAt: null, participations: { some: {} } },
      orderBy: { participations: { _count: "asc" } },
      select: { id: true, slug: true },
    });
    if (!meeting) throw new Error("P5 needs a published meeting");
    meetingId = meeting.id;
    const user = await db.user.upsert({
      where: { email: "bench@plenary.invalid" },
      create: { email: "bench@plenary.invalid", name: "pnpm bench", role: "editor" },
      update: { role: "editor" },
    });
    editor = createCaller(
      createContext({ db, user: { id: user.id, email: user.email, name: user.name, role: "editor" } }),
    );
    const page = `/en/meetings/${meeting.slug}`;
    const targets = [...setup.instances, setup.front].map((base) => `${base}${page}`);
    const everyInstance: number[] = [];
    const throughFront: number[] = [];
    for (let i = 0; i < PUBLISHES; i++) {
      const current = await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } });
      await editor.publishing.unpublishMeeting({ id: meeting.id, version: current.version });
      await Promise.all(targets.map((url) => until(url, 404, performance.now())));

      const draft = await editor.publishing.preview({ id: meeting.id });
      const start = performance.now();
      await editor.publishing.publishMeeting({
        id: meeting.id,
        version: draft.version,
        confirmedDocumentIds: draft.draftDocuments.map((d) => d.id),
      });
      const times = await Promise.all(targets.map((url) => until(url, 200, start)));
      everyInstance.push(Math.max(...times.slice(0, setup.instances.length)));
      throughFront.push(times.at(-1)!);
    }
    const cell = (values: number[]) =>
      `p50 ${Math.round(percentile(values, 50))} ms, p95 ${Math.round(percentile(values, 95))} ms`;
    return [
      [
        `P5 publish → visible (${PUBLISHES}×)`,
        `admin api call → HTTP 200 on each of ${setup.instances.length} instances (Redis) / through the front`,
        meeting.slug.slice(0, 40),
        cell(everyInstance),
        `${cell(throughFront)} (through the front)`,
        "",
        "p95 ≤ 1 s",
      ],
    ];
  } finally {
    // The meeting is left published, as it was.
    if (meetingId && editor) {
      const current = await db.meeting.findUnique({ where: { id: meetingId } });
      if (current?.status === "draft") {
        const draft = await editor.publishing.preview({ id: meetingId });
        await editor.publishing
          .publishMeeting({
            id: meetingId,
            version: draft.version,
            confirmedDocumentIds: draft.draftDocuments.map((d) => d.id),
          })
          .catch((error: unknown) => console.error("P5: could not publish the meeting again", error));
      }
    }
    process.env.PLENARY_WEB_URL = saved.url;
    process.env.PLENARY_REVALIDATE_SECRET = saved.secret;
    if (saved.url === undefined) delete process.env.PLENARY_WEB_URL;
    if (saved.secret === undefined) delete process.env.PLENARY_REVALIDATE_SECRET;
    await db.$disconnect();
  }
}
