// The bulk files written a piece at a time, so that a regeneration holds a page of meetings and never a whole
// file: each under a temporary name in the export directory, counting and hashing its bytes as they go.
import { createHash } from "node:crypto";
import { once } from "node:events";
import { createReadStream } from "node:fs";
import fs, { type FileHandle } from "node:fs/promises";
import path from "node:path";
import { finished } from "node:stream/promises";
import { csvStream, type CsvCell } from "./csv";
import type { PopoloExport, PopoloLists, PopoloRecordsById } from "./popolo";

/** Bytes queued before they are written. */
const FLUSH_BYTES = 1 << 20;

/** A file being written: `append` queues bytes, `flush` writes them; the size and sha256 cover all appended. */
export class ExportFile {
  private readonly hash = createHash("sha256");
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private closed = false;
  bytes = 0;

  constructor(
    readonly path: string,
    private readonly handle: FileHandle,
  ) {}

  append(chunk: string | Buffer) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    this.hash.update(bytes);
    this.bytes += bytes.length;
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
  }

  /** Appends, and writes once enough is queued. */
  async write(chunk: string | Buffer) {
    this.append(chunk);
    await this.flushIfFull();
  }

  async flushIfFull() {
    if (this.pendingBytes >= FLUSH_BYTES) await this.flush();
  }

  async flush() {
    if (this.pendingBytes === 0) return;
    const data = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    for (let offset = 0; offset < data.length;)
      offset += (await this.handle.write(data, offset, data.length - offset)).bytesWritten;
  }

  /** Writes what is queued and closes the file. Returns its sha256 (hex). */
  async close(): Promise<string> {
    await this.flush();
    this.closed = true;
    await this.handle.close();
    return this.hash.digest("hex");
  }

  /** Closes the file if a failure left it open, and deletes it unless it was renamed. */
  async discard() {
    if (!this.closed) await this.handle.close().catch(() => undefined);
    await fs.rm(this.path, { force: true });
  }

  /** Appends the whole of a closed file. */
  async copyFrom(file: ExportFile) {
    for await (const chunk of createReadStream(file.path)) await this.write(chunk as Buffer);
  }
}

/** The temporary files of one regeneration, in `dir`: `discard` closes them and deletes those not renamed. */
export class TemporaryFiles {
  private readonly created: ExportFile[] = [];
  private readonly stamp = `${process.pid}.${Date.now()}`;

  constructor(private readonly dir: string) {}

  async create(name: string): Promise<ExportFile> {
    const file = path.join(this.dir, `.${name}.${this.stamp}.tmp`);
    const exportFile = new ExportFile(file, await fs.open(file, "wx"));
    this.created.push(exportFile);
    return exportFile;
  }

  async discard() {
    for (const file of this.created) await file.discard();
  }
}

/** A CSV file written a record at a time through csv-stringify's stream (`csvStream`: the rules of `toCsv`). */
export class CsvFile {
  private readonly csv = csvStream();
  private readonly ended: Promise<void>;
  records = 0;

  constructor(
    readonly file: ExportFile,
    header: readonly string[],
  ) {
    this.csv.on("data", (chunk: Buffer) => file.append(chunk));
    this.ended = finished(this.csv);
    // Awaited in `close`; an error before then also rejects the write waiting for it.
    this.ended.catch(() => undefined);
    this.csv.write(header);
  }

  async write(row: readonly CsvCell[]) {
    this.records++;
    if (!this.csv.write(row)) await once(this.csv, "drain");
    await this.file.flushIfFull();
  }

  /** Ends the CSV and closes the file: its sha256. */
  async close(): Promise<string> {
    this.csv.end();
    await this.ended;
    return this.file.close();
  }
}

/**
 * One of a Popolo file's arrays, written to a file of its own as its items come: a record with an id is written
 * the first time the id is met. (`popoloFromMeetings` keeps the last time's in the first time's place: the same
 * bytes, since a record met again within one read of the published records is the same record.)
 */
class JsonArrayPart implements PopoloRecordsById {
  private readonly ids = new Set<string>();
  private count = 0;

  constructor(readonly file: ExportFile) {}

  has(id: string) {
    return this.ids.has(id);
  }

  set(id: string, record: Record<string, unknown>) {
    if (this.ids.has(id)) return;
    this.ids.add(id);
    this.push(record);
  }

  push(record: Record<string, unknown>) {
    this.file.append(`${this.count++ ? "," : ""}${JSON.stringify(record)}`);
  }
}

const TOP_LISTS = ["persons", "organizations", "posts", "memberships", "events"] as const;
const PLENARY_LISTS = ["participations", "documents", "chairmanships"] as const;

/**
 * A Popolo dataset written as the meetings are read: one temporary file per array, then `finish` writes the file
 * `JSON.stringify` would give for `popoloFromMeetings`'s object, part by part.
 */
export class PopoloFile {
  private constructor(
    private readonly files: TemporaryFiles,
    readonly lists: Record<keyof PopoloLists, JsonArrayPart>,
  ) {}

  static async create(files: TemporaryFiles): Promise<PopoloFile> {
    const part = async (name: string) => new JsonArrayPart(await files.create(`popolo-${name}`));
    return new PopoloFile(files, {
      persons: await part("persons"),
      organizations: await part("organizations"),
      posts: await part("posts"),
      memberships: await part("memberships"),
      events: await part("events"),
      participations: await part("participations"),
      documents: await part("documents"),
      chairmanships: await part("chairmanships"),
    });
  }

  /** Writes what the lists have queued. */
  async flush() {
    for (const list of Object.values(this.lists)) await list.file.flush();
  }

  /** The whole file, with `header` (`popoloHeader`) under `plenary` before its lists. */
  async finish(header: Omit<PopoloExport["plenary"], (typeof PLENARY_LISTS)[number]>): Promise<ExportFile> {
    for (const list of Object.values(this.lists)) await list.file.close();
    const out = await this.files.create("popolo");
    const array = async (key: string, list: JsonArrayPart) => {
      await out.write(`${JSON.stringify(key)}:[`);
      await out.copyFrom(list.file);
      await out.write("]");
    };
    await out.write("{");
    for (const key of TOP_LISTS) {
      await array(key, this.lists[key]);
      await out.write(",");
    }
    // The header's object without its closing brace, then the lists.
    await out.write(`"plenary":${JSON.stringify(header).slice(0, -1)}`);
    for (const key of PLENARY_LISTS) {
      await out.write(",");
      await array(key, this.lists[key]);
    }
    await out.write("}}");
    return out;
  }
}
