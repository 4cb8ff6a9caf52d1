// Stored XSS, shared by the public site's and the admin's browser tests: the payloads, the list of text fields read
// from the api's own zod inputs (so that a new text field cannot escape the sweep), the writes that put a payload in
// every one of them, and what a page is checked for once they are shown.
import type { createCaller } from "@plenary/api";
import { appRouter } from "@plenary/api";
import type { Db } from "@plenary/db";
import type { Page } from "playwright-core";
import { z } from "zod";

/** What every payload sets when it runs: a page where this is not 0 ran stored script. */
export const RAN_FLAG = "__xss";
const RUN = `window.${RAN_FLAG}=(window.${RAN_FLAG}||0)+1`;

/** Three kinds of payload: a script element, an event handler on an element, and an attribute break-out. */
export const PAYLOADS = [
  `<script>${RUN}</script>`,
  `<img src=x onerror="${RUN}">`,
  `"><svg onload="${RUN}">'`,
] as const;

/**
 * The same, starting as a spreadsheet formula would (`= + - @`): for the fields the CSV files carry. Each still holds
 * markup, so the pages are checked with them too.
 */
export const FORMULA_PAYLOADS = [
  `=HYPERLINK("https://attacker.invalid/","x")${PAYLOADS[1]}`,
  `+1+1${PAYLOADS[0]}`,
  `-1+2${PAYLOADS[2]}`,
  `@SUM(1,1)${PAYLOADS[1]}`,
] as const;

/** A text holds a payload when it holds this. */
export const MARKER = `window.${RAN_FLAG}`;

/**
 * Free-text strings of the inputs that are not text a page shows: calendar dates and timestamps (checked as dates
 * before any write) and references to other records (a document's key within its meeting, a relation's target).
 */
const NOT_TEXT = new Set([
  "startDate",
  "endDate",
  "birthDate",
  "foundingDate",
  "dissolutionDate",
  "dateAdopted",
  "validFrom",
  "validTo",
  "date",
  "publishedAt",
  "retrievedAt",
  "archivedAt",
  "key",
  "to",
]);

interface JsonSchema {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

type Procedures = Record<string, { _def: { type: string; inputs: z.ZodType[] } }>;
const procedures = (appRouter as unknown as { _def: { procedures: Procedures } })._def.procedures;

/** The write procedures of the api that save the fields of a record kind ("person.update", "meeting.saveRecord"). */
export function recordWriteProcedures(): string[] {
  return Object.keys(procedures)
    .filter((name) => procedures[name]!._def.type === "mutation")
    .filter((name) => /\.(create|update|saveRecord)$/.test(name) && !name.startsWith("user."))
    .sort();
}

/**
 * The free-text fields of a procedure's input, as paths (".nameI18n.en", ".sources[].title"), read through zod's
 * JSON Schema export: strings that are not an enum, a constant, a format (URL, id) or a pattern (slug, language),
 * less the dates and references of NOT_TEXT.
 */
export function textFieldsOf(procedure: string): string[] {
  const input = procedures[procedure]?._def.inputs[0];
  if (!input) throw new Error(`No procedure ${procedure} with an input`);
  const root = z.toJSONSchema(input, { io: "input", unrepresentable: "any" }) as JsonSchema;
  const defs = root.$defs ?? {};
  const found = new Set<string>();
  const walk = (schema: JsonSchema | undefined, path: string, seen: Set<string>) => {
    if (!schema) return;
    if (schema.$ref) {
      const name = schema.$ref.split("/").pop()!;
      if (seen.has(name)) return;
      walk(defs[name], path, new Set([...seen, name]));
    }
    for (const variants of [schema.anyOf, schema.oneOf, schema.allOf])
      for (const variant of variants ?? []) walk(variant, path, seen);
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    const last = path.replace(/\[\]$/, "").split(".").pop() ?? "";
    if (
      types.includes("string") &&
      !schema.enum &&
      schema.const === undefined &&
      !schema.format &&
      !schema.pattern &&
      !NOT_TEXT.has(last)
    )
      found.add(path);
    for (const [key, child] of Object.entries(schema.properties ?? {})) walk(child, `${path}.${key}`, seen);
    walk(schema.items, `${path}[]`, seen);
    if (typeof schema.additionalProperties === "object") walk(schema.additionalProperties, `${path}.*`, seen);
  };
  walk(root, "", new Set());
  return [...found].sort();
}

/** The paths of a value at which a string holds a payload, written as textFieldsOf writes them. */
export function pathsHoldingPayloads(value: unknown, path = "", out = new Set<string>()): Set<string> {
  if (typeof value === "string") {
    if (value.includes(MARKER)) out.add(path);
  } else if (Array.isArray(value)) {
    for (const item of value) pathsHoldingPayloads(item, `${path}[]`, out);
  } else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) pathsHoldingPayloads(child, `${path}.${key}`, out);
  }
  return out;
}

type Api = ReturnType<typeof createCaller>;
/** Sends a write as the admin would (the caller, or the admin's own /api/trpc with a signed-in page). */
export type Write = (procedure: string, input: unknown) => Promise<unknown>;

/** The seed's records the payloads go into. */
export const SEEDED = {
  meeting: "meeting-of-the-sco-council-of-heads-of-state-2020-11-10",
  person: "jumakhon-giyosov",
  country: "tajikistan",
  organization: "shanghai-cooperation-organisation",
  topic: "drug-threat",
} as const;

export interface Planted {
  /** For each write procedure, the input it was sent (with the payloads). */
  sent: Record<string, unknown>;
  ids: {
    meeting: string;
    person: string;
    country: string;
    organization: string;
    post: string;
    topic: string;
    documents: { id: string; slug: string }[];
  };
  /** Writes every touched record back to the version it had before, from its history. */
  restore: () => Promise<void>;
}

/**
 * Saves a payload in every text field of every record kind the api writes, through `write`: the seed meeting and
 * everything inside its record (participants, documents with their actions, texts, sources and identifiers,
 * tallies, chairmanships, speeches), a second document through document.update, and a person, country,
 * organization, post and topic that the meeting shows. `read` is only used to read records back.
 */
export async function plantPayloads(db: Db, read: Api, write: Write): Promise<Planted> {
  let n = 0;
  const p = () => PAYLOADS[n++ % PAYLOADS.length]!;
  const f = () => FORMULA_PAYLOADS[n++ % FORMULA_PAYLOADS.length]!;
  const i18n = (en: string) => ({ en: `${en} ${p()}`, ru: p(), zh: p() });
  const source = () => ({ url: "https://example.org/xss", title: p(), publisher: p(), note: p(), text: p() });
  const identifier = () => ({ scheme: "other" as const, value: p() });
  const sent: Record<string, unknown> = {};
  const send = async (procedure: string, input: unknown) => {
    sent[procedure] = input;
    await write(procedure, input);
  };
  const originals: { entityType: string; id: string; version: number }[] = [];
  const list = <T>(value: unknown) => (Array.isArray(value) ? (value as T[]) : []);

  const person = await db.person.findUniqueOrThrow({ where: { slug: SEEDED.person } });
  const country = await db.country.findUniqueOrThrow({ where: { slug: SEEDED.country } });
  const organization = await db.organization.findUniqueOrThrow({ where: { slug: SEEDED.organization } });
  const topic = await db.topic.findUniqueOrThrow({ where: { slug: SEEDED.topic } });
  const post = await db.post.findFirstOrThrow({ where: { occupancies: { some: { personId: person.id } } } });
  const meetingId = (await db.meeting.findUniqueOrThrow({ where: { slug: SEEDED.meeting } })).id;
  originals.push({
    entityType: "meeting",
    id: meetingId,
    version: (await read.meeting.record({ id: meetingId })).version!,
  });

  // A meeting series is written only by an import (the editor picks one of the existing series): the meeting's
  // export comes back in a new series with payloads in its names, which the meeting then belongs to, as the
  // editor confirms the differences.
  const exported = await read.transfer.exportMeeting({ id: meetingId });
  const series = exported.linked.series[0];
  if (!series) throw new Error("The seed meeting has no series");
  const xssSeries = { ...series, id: `xssseries${Date.now().toString(36)}`, nameI18n: i18n("Council") };
  const imported = {
    ...exported,
    meeting: { ...exported.meeting, seriesId: xssSeries.id },
    linked: { ...exported.linked, series: [xssSeries] },
  };
  const preview = (await write("transfer.importMeeting", { data: imported })) as { version: number };
  await send("transfer.importMeeting", { data: imported, confirm: true, expectedVersion: preview.version });
  const meeting = await read.meeting.record({ id: meetingId });

  // The meeting and everything its record holds; the CSV files' fields start like formulas.
  const [first, second] = meeting.documents;
  if (!first || !second) throw new Error("The seed meeting has fewer than two documents");
  const textLang = (["en", "ru", "zh", "fr"] as const).find((l) => !first.texts.some((t) => t.lang === l))!;
  await send("meeting.saveRecord", {
    ...meeting,
    titleI18n: i18n(meeting.titleI18n.en),
    venue: { ...(meeting.venue ?? {}), city: i18n("City") },
    summaryI18n: i18n("Summary"),
    sources: [...meeting.sources, source()],
    identifiers: [...meeting.identifiers, identifier()],
    participations: meeting.participations.map((row, i) => (i === 0 ? { ...row, titleAsStated: f() } : row)),
    documents: meeting.documents.map((d, i) =>
      i === 0
        ? {
            ...d,
            titleI18n: { en: f(), ru: p(), zh: p() },
            sources: [...d.sources, source()],
            identifiers: [...d.identifiers, identifier()],
            actions: [
              ...d.actions,
              { type: "other", planned: false, date: null, actor: p(), reference: p() },
            ],
            texts: [...d.texts, { lang: textLang, title: p(), body: `${p()}\n\n${p()}`, isAuthentic: false }],
          }
        : d,
    ),
    tallies: meeting.tallies.map((t, i) => (i === 0 ? { ...t, noteI18n: i18n("Note") } : t)),
    chairmanships: meeting.chairmanships.map((c, i) => (i === 0 ? { ...c, themeI18n: i18n("Theme") } : c)),
    speeches: meeting.speeches.map((s, i) => (i === 0 ? { ...s, textI18n: i18n("Speech") } : s)),
  });

  // A second document through its own update.
  const secondNow = await db.document.findUniqueOrThrow({ where: { id: second.id! } });
  originals.push({ entityType: "document", id: second.id!, version: second.version! });
  await send("document.update", {
    id: secondNow.id,
    version: secondNow.version,
    titleI18n: { en: f(), ru: p(), zh: p() },
    sources: [...list(secondNow.sources), source()],
    identifiers: [...list(secondNow.identifiers), identifier()],
  });

  originals.push({ entityType: "person", id: person.id, version: person.version });
  await send("person.update", {
    id: person.id,
    version: person.version,
    nameI18n: { en: f(), ru: p(), zh: p() },
    givenName: p(),
    familyName: p(),
    sortName: p(),
    otherNames: [...list(person.otherNames), { name: p(), note: p(), lang: "en" }],
    summaryI18n: i18n("Summary"),
    sources: [...list(person.sources), source()],
    identifiers: [...list(person.identifiers), identifier()],
  });
  originals.push({ entityType: "country", id: country.id, version: country.version });
  await send("country.update", {
    id: country.id,
    version: country.version,
    nameI18n: { en: f(), ru: p(), zh: p() },
    officialNameI18n: i18n("Republic"),
    otherNames: [...country.otherNames, p()],
    demonyms: [...country.demonyms, p()],
    sources: [...list(country.sources), source()],
    identifiers: [...list(country.identifiers), identifier()],
  });
  originals.push({ entityType: "organization", id: organization.id, version: organization.version });
  await send("organization.update", {
    id: organization.id,
    version: organization.version,
    nameI18n: { en: f(), ru: p(), zh: p() },
    abbreviationI18n: i18n("SCO"),
    otherNames: [...organization.otherNames, p()],
    sources: [...list(organization.sources), source()],
    identifiers: [...list(organization.identifiers), identifier()],
  });
  originals.push({ entityType: "post", id: post.id, version: post.version });
  await send("post.update", {
    id: post.id,
    version: post.version,
    labelI18n: { en: f(), ru: p(), zh: p() },
    sources: [...list(post.sources), source()],
    identifiers: [...list(post.identifiers), identifier()],
  });
  originals.push({ entityType: "topic", id: topic.id, version: topic.version });
  await send("topic.update", {
    id: topic.id,
    version: topic.version,
    labelI18n: i18n("Drugs"),
    synonyms: [...topic.synonyms, p()],
    sources: [...list(topic.sources), source()],
    identifiers: [...list(topic.identifiers), identifier()],
  });

  const documents = await db.document.findMany({
    where: { id: { in: [first.id!, second.id!] } },
    select: { id: true, slug: true },
  });
  return {
    sent,
    ids: {
      meeting: meetingId,
      person: person.id,
      country: country.id,
      organization: organization.id,
      post: post.id,
      topic: topic.id,
      documents,
    },
    // As an editor would, from the history: the version before the payloads, written back as a new revision.
    // The meeting goes last, after the document of its package that was saved on its own.
    restore: async () => {
      for (const { entityType, id, version } of originals.reverse()) {
        const history = await read.revision.list({ entityType: entityType as never, entityId: id });
        const before = history.find((r) => r.version === version);
        if (!before) throw new Error(`No revision ${version} of ${entityType} ${id}`);
        await write("revision.restore", { revisionId: before.id, version: history[0]!.version });
      }
    },
  };
}

/**
 * Every record write procedure's text fields that `planted` left without a payload: empty when the sweep covers them
 * all. A create is covered by its kind's update (the same fields); a kind written by no update or saveRecord, or
 * a text field added to a schema, shows up here.
 */
export function uncoveredTextFields(planted: Planted): string[] {
  const missing: string[] = [];
  for (const procedure of recordWriteProcedures()) {
    const kind = procedure.split(".")[0]!;
    const writtenBy = procedure.endsWith(".create") ? `${kind}.update` : procedure;
    const fields = textFieldsOf(procedure);
    const holding = pathsHoldingPayloads(planted.sent[writtenBy]);
    for (const field of fields) {
      const created = createdOnSave(field);
      const covered = created
        ? pathsHoldingPayloads(planted.sent[`${created.kind}.update`]).has(created.field)
        : holding.has(field);
      if (!covered) missing.push(`${procedure} ${field}`);
    }
  }
  return missing;
}

/**
 * The records a meeting's save may create on the way (`newRecords`, the domain's MeetingNewRecords), by the kind
 * whose create input they take: a list added there and not here leaves its text fields uncovered, and the sweep fails.
 */
const CREATED_ON_SAVE: Record<string, string> = {
  people: "person",
  countries: "country",
  organizations: "organization",
  topics: "topic",
  posts: "post",
  occupancies: "occupancy",
};

/**
 * A field of a record created by the meeting's save (".newRecords.people[].nameI18n.en") is the field of that kind's
 * create input, so its kind's update covers it as it covers the create; a list of new records of another kind is
 * not known here and stays uncovered.
 */
function createdOnSave(field: string): { kind: string; field: string } | null {
  const match = /^\.newRecords\.([a-zA-Z]+)\[\](\..+)$/.exec(field);
  if (!match) return null;
  const kind = CREATED_ON_SAVE[match[1]!];
  return kind ? { kind, field: match[2]! } : null;
}

/** What a page shows of the payloads once loaded: whether any ran, and elements made from their markup. */
export interface PageOutcome {
  ran: number;
  injected: number;
  shown: boolean;
  jsonLd: string[];
}

/**
 * Reads a loaded page: the flag a payload would have set, elements made from a payload (the image, the svg, event
 * handler attributes, a script element whose body is the payload; the framework's own inline scripts carry the
 * page's text, payloads included, as data in strings), whether a payload is shown as text or in a form field, and
 * the page's JSON-LD blocks.
 */
export function inspectPage(page: Page): Promise<PageOutcome> {
  return page.evaluate(
    ([flag, marker]) => {
      const fields = [
        ...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input, textarea"),
      ];
      return {
        ran: ((window as unknown as Record<string, number | undefined>)[flag] ?? 0) as number,
        injected:
          document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload]').length +
          [...document.querySelectorAll("script")].filter((s) => s.textContent?.trim().startsWith(marker))
            .length,
        // An image route (the participants map, the timelines and charts: SVG documents opened as they are) has no
        // HTML body: its text is its elements' text (<title>, <desc>, <text>).
        shown:
          (document.body?.innerText ?? document.documentElement.textContent ?? "").includes(marker) ||
          fields.some((field) => field.value.includes(marker)),
        jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map(
          (s) => s.textContent ?? "",
        ),
      };
    },
    [RAN_FLAG, MARKER] as const,
  );
}

/** Waits until the page shows a payload (as text or in a form field), then gives event handlers a moment to fire. */
export async function waitForPayloadShown(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    (marker) =>
      document.body.innerText.includes(marker) ||
      [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input, textarea")].some(
        (field) => field.value.includes(marker),
      ),
    MARKER,
    { timeout },
  );
  await page.waitForTimeout(300);
}

/** The cells of an RFC 4180 CSV text (quoted fields, doubled quotes, CRLF records). */
export function csvCells(text: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      cells.push(cell);
      cell = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      cells.push(cell);
      cell = "";
      i++;
    } else cell += char;
  }
  if (cell) cells.push(cell);
  return cells;
}
