// The whole published dataset as bulk files (Popolo JSON and CSV), written to a directory after each publication
// and served from there: a request never builds them. Each file is named after its content's sha256, so its
// address always gives the same bytes and can be cached for good; `manifest.json` lists the current version and
// the earlier ones kept for `retentionDays`. A failed regeneration leaves the directory as it was, so the previous
// version keeps being served. Several processes may share the directory: a lock file makes them take turns.
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { createCaller } from "@plenary/api";
import {
  BulkExportManifest,
  type BulkExportFile,
  type BulkExportKind,
  type BulkExportVersion,
} from "@plenary/domain";
import { CsvFile, PopoloFile, TemporaryFiles, type ExportFile } from "./export-files";
import { LICENCE } from "./licence";
import { PARTICIPANT_COLUMNS, participantCells } from "./participants-csv";
import { popoloCollector, popoloHeader, popoloReferenceIds } from "./popolo";
import type { MeetingDetail } from "./types";

type PublicApi = Pick<ReturnType<typeof createCaller>, "meeting" | "publicPages">;

export const MANIFEST_FILE = "manifest.json";
const LOCK_FILE = ".regenerating.lock";
/** A lock older than this was left by a process that died while writing. */
const STALE_LOCK_MS = 30 * 60_000;
/** However old, the newest versions stay downloadable. */
const ALWAYS_KEPT = 3;
const PAGE = 200;
/** Meetings read at the same time while writing the exports. */
const READERS = 4;

const FILE_NAME = /^plenary-([a-z-]+)-([0-9a-f]{16})\.(json|csv)$/;

export interface BulkExportSettings {
  dir: string;
  /** How long an earlier version stays downloadable after a newer one replaces it. */
  retentionDays: number;
  /** The absolute address of a site path, for the URLs inside the files. */
  urlOf: (path: string) => string;
  /** Meetings (and documents) read at a time, 200 unless a test asks for fewer to cross pages. */
  pageSize?: number;
}

interface BuiltFile {
  kind: BulkExportKind;
  extension: "json" | "csv";
  contentType: string;
  /** Written under a temporary name, to be renamed. */
  file: ExportFile;
  sha256: string;
  records: number;
}

const CSV = "text/csv; charset=utf-8; header=present";

/** The pages of a list read by offset, until its total. */
async function* pages<T>(pageSize: number, read: (offset: number) => Promise<{ items: T[]; total: number }>) {
  let seen = 0;
  for (let offset = 0; ; offset += pageSize) {
    const { items, total } = await read(offset);
    yield items;
    seen += items.length;
    if (items.length === 0 || seen >= total) return;
  }
}

/** The meetings of these slugs, in their order, a few at a time (one at a time waits on each round trip, all at
 * once would take every connection). */
async function readMeetings(api: PublicApi, slugs: readonly string[]): Promise<MeetingDetail[]> {
  const details = new Array<MeetingDetail>(slugs.length);
  let nextIndex = 0;
  const reader = async () => {
    for (let i = nextIndex++; i < slugs.length; i = nextIndex++)
      details[i] = await api.meeting.bySlug({ slug: slugs[i]! });
  };
  await Promise.all(Array.from({ length: READERS }, reader));
  return details;
}

/**
 * Reads every published record through the public api, a page of meetings at a time, and writes each bulk file
 * as it goes into `files` (temporary files, to be renamed): memory holds a page of meetings and the ids of the
 * records already written, never a whole file.
 */
export async function buildExportFiles(
  api: PublicApi,
  urlOf: (path: string) => string,
  files: TemporaryFiles,
  pageSize = PAGE,
): Promise<BuiltFile[]> {
  const meetingsCsv = new CsvFile(await files.create("meetings-csv"), [
    "slug",
    "title",
    "start_date",
    "end_date",
    "body",
    "body_slug",
    "participants",
    "url",
    "licence",
  ]);
  const meetings: { id: string; slug: string }[] = [];
  for await (const items of pages(pageSize, (offset) => api.meeting.list({ limit: pageSize, offset }))) {
    for (const m of items) {
      meetings.push({ id: m.id, slug: m.slug });
      await meetingsCsv.write([
        m.slug,
        m.titleI18n.en,
        m.startDate,
        m.endDate,
        m.body?.nameI18n.en,
        m.body?.slug,
        m.participantCount,
        urlOf(`/en/meetings/${m.slug}`),
        LICENCE.name,
      ]);
    }
  }

  const participantsCsv = new CsvFile(await files.create("participants-csv"), [
    "meeting_slug",
    ...PARTICIPANT_COLUMNS,
  ]);
  const popolo = await PopoloFile.create(files);
  const collector = popoloCollector(popolo.lists, {
    urlOf,
    exportedEvents: new Set(meetings.map((m) => m.id)),
  });
  // The organizations (with those up the tree) and countries the meetings refer to, each asked for once.
  const askedOrganizations = new Set<string>();
  const askedCountries = new Set<string>();
  const unasked = (ids: string[], asked: Set<string>) => {
    const fresh = ids.filter((id) => !asked.has(id));
    for (const id of fresh) asked.add(id);
    return fresh;
  };
  for (let start = 0; start < meetings.length; start += pageSize) {
    const details = await readMeetings(
      api,
      meetings.slice(start, start + pageSize).map((m) => m.slug),
    );
    const ids = popoloReferenceIds(details);
    const organizationIds = unasked(ids.organizationIds, askedOrganizations);
    const countryIds = unasked(ids.countryIds, askedCountries);
    if (organizationIds.length || countryIds.length)
      collector.addReferences(await api.publicPages.exportReferences({ organizationIds, countryIds }));
    for (const detail of details) {
      collector.add(detail);
      for (const participant of detail.participations)
        await participantsCsv.write([detail.meeting.slug, ...participantCells(participant)]);
    }
    await popolo.flush();
  }

  const documentsCsv = new CsvFile(await files.create("documents-csv"), [
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
  ]);
  const documentPages = pages(pageSize, (offset) => api.publicPages.documents({ limit: pageSize, offset }));
  for await (const items of documentPages)
    for (const { document, adoptingBody, meeting } of items)
      await documentsCsv.write([
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
      ]);

  const popoloFile = await popolo.finish(
    popoloHeader({ urlOf, scope: "dataset" }, undefined, meetings.length),
  );
  const csvFile = async (kind: BulkExportKind, csv: CsvFile): Promise<BuiltFile> => ({
    kind,
    extension: "csv",
    contentType: CSV,
    file: csv.file,
    sha256: await csv.close(),
    records: csv.records,
  });
  return [
    {
      kind: "popolo",
      extension: "json",
      contentType: "application/json; charset=utf-8",
      file: popoloFile,
      sha256: await popoloFile.close(),
      records: meetings.length,
    },
    await csvFile("meetings-csv", meetingsCsv),
    await csvFile("participants-csv", participantsCsv),
    await csvFile("documents-csv", documentsCsv),
  ];
}

const sha256 = (data: string) => createHash("sha256").update(data).digest("hex");

/** Writes a file under a temporary name, then renames it: a reader sees the old file or the whole new one. */
async function writeAtomically(file: string, data: string) {
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  await fs.writeFile(temporary, data);
  await fs.rename(temporary, file);
}

/** The manifest in `dir`, or an empty one when nothing was generated there yet. */
export async function readManifest(dir: string, retentionDays: number): Promise<BulkExportManifest> {
  try {
    return BulkExportManifest.parse(JSON.parse(await fs.readFile(path.join(dir, MANIFEST_FILE), "utf8")));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT")
      return { current: null, retentionDays, versions: [] };
    throw error;
  }
}

/** The file of that name, if `name` is a bulk file's name (never a path elsewhere). */
export function exportFilePath(dir: string, name: string): string | null {
  return FILE_NAME.test(name) ? path.join(dir, name) : null;
}

/** The current version's file of one kind, with its manifest entry. */
export async function currentExportFile(
  dir: string,
  kind: BulkExportKind,
): Promise<{ file: BulkExportFile; path: string } | null> {
  const manifest = await readManifest(dir, 1);
  const current = manifest.versions.find((v) => v.version === manifest.current);
  const file = current?.files.find((f) => f.kind === kind);
  return file ? { file, path: path.join(dir, file.name) } : null;
}

async function withLock<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const lock = path.join(dir, LOCK_FILE);
  for (;;) {
    try {
      const handle = await fs.open(lock, "wx");
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const since = await fs.stat(lock).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (since > STALE_LOCK_MS) await fs.rm(lock, { force: true });
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    return await work();
  } finally {
    await fs.rm(lock, { force: true });
  }
}

/**
 * Writes the bulk files of the records published now and makes them the current version (unless they are the
 * current version's already), then deletes versions replaced more than `retentionDays` ago (the newest few are
 * always kept) and any file no kept version lists. Returns the manifest.
 */
export async function regenerateExports(
  api: PublicApi,
  settings: BulkExportSettings,
  now: () => Date = () => new Date(),
): Promise<BulkExportManifest> {
  await fs.mkdir(settings.dir, { recursive: true });
  return withLock(settings.dir, async () => {
    const temporary = new TemporaryFiles(settings.dir);
    const files: BulkExportFile[] = [];
    try {
      for (const { kind, extension, contentType, file, sha256: hash, records } of await buildExportFiles(
        api,
        settings.urlOf,
        temporary,
        settings.pageSize,
      )) {
        const name = `plenary-${kind}-${hash.slice(0, 16)}.${extension}`;
        const target = path.join(settings.dir, name);
        const exists = await fs.stat(target).then(
          (s) => s.size === file.bytes,
          () => false,
        );
        // A reader sees the old file or the whole new one; a file of that name has these bytes already.
        if (!exists) await fs.rename(file.path, target);
        files.push({
          kind,
          name,
          url: `/api/v1/exports/${name}`,
          contentType,
          bytes: file.bytes,
          sha256: hash,
          records,
        });
      }
    } finally {
      await temporary.discard();
    }
    const version = sha256(files.map((f) => f.sha256).join("\n")).slice(0, 16);
    const previous = await readManifest(settings.dir, settings.retentionDays);
    if (previous.current === version) return previous;

    const generatedAt = now();
    const fresh: BulkExportVersion = { version, generatedAt: generatedAt.toISOString(), files };
    // A version is replaced when the one after it was generated; it is kept until that is retentionDays old.
    const earlier = previous.versions.filter((v) => v.version !== version);
    const kept: BulkExportVersion[] = [fresh];
    let replacedAt = generatedAt.getTime();
    for (const candidate of earlier) {
      if (
        kept.length >= ALWAYS_KEPT &&
        generatedAt.getTime() - replacedAt > settings.retentionDays * 86_400_000
      )
        break;
      kept.push(candidate);
      replacedAt = Date.parse(candidate.generatedAt);
    }
    const manifest: BulkExportManifest = {
      current: version,
      retentionDays: settings.retentionDays,
      versions: kept,
    };
    await writeAtomically(path.join(settings.dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);

    const listed = new Set(kept.flatMap((v) => v.files.map((f) => f.name)));
    for (const entry of await fs.readdir(settings.dir)) {
      if ((FILE_NAME.test(entry) && !listed.has(entry)) || entry.endsWith(".tmp"))
        await fs.rm(path.join(settings.dir, entry), { force: true });
    }
    return manifest;
  });
}
