// The bulk files written a page at a time hold the very bytes the earlier build gave, which held every meeting and
// every file in memory at once: its code is kept here, as the reference, and both run on an archive where
// meetings share people, posts, organizations and presidencies.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createCaller, createContext } from "@plenary/api";
import { generateArchive } from "@plenary/db/generate";
import { seed } from "@plenary/db/seed";
import { describeOneDatabase } from "@plenary/db/testing";
import type { BulkExportKind, BulkExportManifest } from "@plenary/domain";
import { afterAll, beforeAll, expect, it } from "vitest";
import { regenerateExports, type BulkExportSettings } from "./bulk-exports";
import { toCsv } from "./csv";
import { LICENCE } from "./licence";
import { participantCells } from "./participants-csv";
import { popoloExport } from "./popolo-export";
import type { MeetingDetail, MeetingSummary } from "./types";

type PublicApi = Pick<ReturnType<typeof createCaller>, "meeting" | "publicPages">;
interface BuiltFile {
  kind: BulkExportKind;
  extension: "json" | "csv";
  contentType: string;
  body: Buffer;
  records: number;
}
const PAGE = 200;
const READERS = 4;
const CSV = "text/csv; charset=utf-8; header=present";

async function allPages<T>(read: (offset: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const all: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const { items, total } = await read(offset);
    all.push(...items);
    if (items.length === 0 || all.length >= total) return all;
  }
}

/** The in-memory build this module replaced (main at 08f3c25, unchanged but for its name): the reference. */
async function buildInMemory(api: PublicApi, urlOf: (path: string) => string): Promise<BuiltFile[]> {
  const summaries: MeetingSummary[] = await allPages((offset) => api.meeting.list({ limit: PAGE, offset }));
  // A few meetings at a time: one at a time waits on each round trip, all at once would take every connection.
  const details: MeetingDetail[] = new Array<MeetingDetail>(summaries.length);
  let nextIndex = 0;
  const reader = async () => {
    for (let i = nextIndex++; i < summaries.length; i = nextIndex++)
      details[i] = await api.meeting.bySlug({ slug: summaries[i]!.slug });
  };
  await Promise.all(Array.from({ length: READERS }, reader));
  const documents = await allPages((offset) => api.publicPages.documents({ limit: PAGE, offset }));
  const popolo = await popoloExport(api, details, { urlOf, scope: "dataset" });

  const meetingsCsv = toCsv(
    ["slug", "title", "start_date", "end_date", "body", "body_slug", "participants", "url", "licence"],
    summaries.map((m) => [
      m.slug,
      m.titleI18n.en,
      m.startDate,
      m.endDate,
      m.body?.nameI18n.en,
      m.body?.slug,
      m.participantCount,
      urlOf(`/en/meetings/${m.slug}`),
      LICENCE.name,
    ]),
  );
  const participantRows = details.flatMap(({ meeting, participations }) =>
    participations.map((participant) => [meeting.slug, ...participantCells(participant)]),
  );
  const participantsCsv = toCsv(
    [
      "meeting_slug",
      "protocol_order",
      "person",
      "person_slug",
      "post",
      "title_as_stated",
      "category",
      "role",
      "mode",
      "country_iso2",
      "organization",
      "licence",
    ],
    participantRows,
  );
  const documentsCsv = toCsv(
    [
      "slug",
      "title",
      "type",
      "action",
      "date_adopted",
      "valid_from",
      "valid_to",
      "adopting_body",
      "meeting",
      "licence",
    ],
    documents.map(({ document, adoptingBody, meeting }) => [
      document.slug,
      document.titleI18n.en,
      document.type,
      document.action,
      document.dateAdopted,
      document.validFrom,
      document.validTo,
      adoptingBody?.nameI18n.en,
      meeting?.slug,
      LICENCE.name,
    ]),
  );
  return [
    {
      kind: "popolo",
      extension: "json",
      contentType: "application/json; charset=utf-8",
      body: Buffer.from(JSON.stringify(popolo)),
      records: details.length,
    },
    {
      kind: "meetings-csv",
      extension: "csv",
      contentType: CSV,
      body: Buffer.from(meetingsCsv),
      records: summaries.length,
    },
    {
      kind: "participants-csv",
      extension: "csv",
      contentType: CSV,
      body: Buffer.from(participantsCsv),
      records: participantRows.length,
    },
    {
      kind: "documents-csv",
      extension: "csv",
      contentType: CSV,
      body: Buffer.from(documentsCsv),
      records: documents.length,
    },
  ];
}

const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");
const urlOf = (p: string) => `https://plenary.example${p}`;

describeOneDatabase("bulk exports written a page at a time", (fixture) => {
  const dirs: string[] = [];
  let api: PublicApi;
  let reference: BuiltFile[];

  const settings = (pageSize?: number): BulkExportSettings => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plenary-exports-"));
    dirs.push(dir);
    return { dir, retentionDays: 7, urlOf, pageSize };
  };
  const written = (dir: string, manifest: BulkExportManifest) =>
    manifest.versions[0]!.files.map((file) => ({ file, body: fs.readFileSync(path.join(dir, file.name)) }));

  beforeAll(async () => {
    await seed(fixture.db);
    await generateArchive(fixture.db, {
      seed: 7,
      meetings: 20,
      people: 120,
      documents: 150,
      organizations: 8,
      years: 10,
    });
    // A document adopted by an organization that nothing else in the archive refers to.
    const commission = await fixture.db.organization.create({
      data: {
        slug: "export-test-commission",
        nameI18n: { en: "Export Test Commission" },
        classification: "igo_organ",
      },
    });
    const document = await fixture.db.document.findFirstOrThrow({
      where: { status: "published", meeting: { status: "published" } },
      orderBy: { slug: "desc" },
    });
    await fixture.db.document.update({ where: { id: document.id }, data: { adoptingBodyId: commission.id } });
    // A presidency handed over at two published meetings: both meetings list it.
    const term = await fixture.db.chairmanship.findFirstOrThrow({
      where: { startedAtMeeting: { status: "published" } },
      orderBy: { startDate: "asc" },
    });
    const other = await fixture.db.meeting.findFirstOrThrow({
      where: { status: "published", id: { not: term.startedAtMeetingId! } },
      orderBy: { startDate: "desc" },
    });
    await fixture.db.chairmanship.update({ where: { id: term.id }, data: { endedAtMeetingId: other.id } });
    api = createCaller(createContext({ db: fixture.db, user: null }));
    reference = await buildInMemory(api, urlOf);
  });

  afterAll(() => {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("the archive shares records between meetings, so the de-duplication is exercised", () => {
    const popolo = JSON.parse(reference[0]!.body.toString("utf8")) as {
      events: unknown[];
      persons: { id: string }[];
      organizations: { id: string; name: string }[];
      plenary: {
        participations: { person_id: string; event_id: string }[];
        documents: { adopting_organization_id: string | null }[];
        chairmanships: { started_at_event_id: string | null; ended_at_event_id: string | null }[];
      };
    };
    expect(popolo.events.length).toBeGreaterThan(20);
    const eventsOf = new Map<string, Set<string>>();
    for (const { person_id, event_id } of popolo.plenary.participations)
      eventsOf.set(person_id, (eventsOf.get(person_id) ?? new Set()).add(event_id));
    expect([...eventsOf.values()].filter((events) => events.size > 1).length).toBeGreaterThan(10);
    expect(popolo.persons).toHaveLength(eventsOf.size);
    expect(
      popolo.plenary.chairmanships.filter((c) => c.started_at_event_id && c.ended_at_event_id),
    ).toHaveLength(1);
    const commission = popolo.organizations.find((o) => o.name === "Export Test Commission");
    expect(commission).toBeDefined();
    expect(popolo.plenary.documents.map((d) => d.adopting_organization_id)).toContain(commission!.id);
  });

  it.each([3, 7, 200])(
    "writes every file byte for byte as the in-memory build, %s meetings a page",
    async (pageSize) => {
      const { dir, ...rest } = settings(pageSize);
      const manifest = await regenerateExports(api, { dir, ...rest });
      const files = written(dir, manifest);
      expect(files.map(({ file }) => file.kind)).toEqual(reference.map((r) => r.kind));
      for (const [i, { file, body }] of files.entries()) {
        const expected = reference[i]!;
        expect(body.equals(expected.body), file.kind).toBe(true);
        expect(file).toMatchObject({
          sha256: sha256(expected.body),
          bytes: expected.body.length,
          records: expected.records,
          contentType: expected.contentType,
        });
        expect(file.name).toBe(`plenary-${file.kind}-${sha256(body).slice(0, 16)}.${expected.extension}`);
      }
      // Only the files and the manifest: no part or temporary file is left behind.
      expect(fs.readdirSync(dir).sort()).toEqual(
        [...files.map(({ file }) => file.name), "manifest.json"].sort(),
      );
    },
  );

  it("a failure halfway through leaves the previous version and no temporary file", async () => {
    const { dir, ...rest } = settings(3);
    const before = await regenerateExports(api, { dir, ...rest });
    const listing = fs.readdirSync(dir).sort();
    let reads = 0;
    const failing: PublicApi = {
      meeting: {
        list: (input: Parameters<PublicApi["meeting"]["list"]>[0]) => api.meeting.list(input),
        bySlug: async (input: Parameters<PublicApi["meeting"]["bySlug"]>[0]) => {
          if (++reads > 10) throw new Error("The database went away");
          return api.meeting.bySlug(input);
        },
      },
      publicPages: api.publicPages,
    } as PublicApi;
    await expect(regenerateExports(failing, { dir, ...rest })).rejects.toThrow("The database went away");
    expect(reads).toBeGreaterThan(10);
    expect(fs.readdirSync(dir).sort()).toEqual(listing);
    expect(JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8"))).toEqual(before);
  });
});
