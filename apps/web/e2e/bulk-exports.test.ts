import { createHash } from "node:crypto";
import { createCaller, createContext } from "@plenary/api";
import { createDb } from "@plenary/db";
import type { BulkExportManifest } from "@plenary/domain";
import { describe, expect, it } from "vitest";
import { databaseUrl, revalidateSecret, webUrl } from "../../../tooling/testing/apps";

const DRAFT = "summit-of-the-bulk-export-council-2032-03-03";

async function manifest(): Promise<BulkExportManifest> {
  const response = await fetch(`${webUrl()}/api/v1/exports`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: BulkExportManifest }).data;
}

const currentFiles = (m: BulkExportManifest) => m.versions.find((v) => v.version === m.current)!.files;

/** Asks the manifest again until `done` holds (the regeneration runs in the background after a publication). */
async function manifestWhen(done: (m: BulkExportManifest) => boolean): Promise<BulkExportManifest> {
  for (;;) {
    const m = await manifest();
    if (done(m)) return m;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe("bulk exports", () => {
  it("serves each versioned file with its type, its sha256 as ETag and immutable caching", async () => {
    const files = currentFiles(await manifest());
    expect(files.map((f) => f.kind).sort()).toEqual([
      "documents-csv",
      "meetings-csv",
      "participants-csv",
      "popolo",
    ]);
    for (const file of files) {
      const response = await fetch(`${webUrl()}${file.url}`);
      expect(response.status, file.name).toBe(200);
      expect(response.headers.get("content-type")).toBe(file.contentType);
      expect(response.headers.get("content-type")).toMatch(
        file.kind === "popolo" ? /^application\/json/ : /^text\/csv/,
      );
      expect(response.headers.get("etag")).toBe(`"${file.sha256}"`);
      expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${file.name}"`);
      const body = Buffer.from(await response.arrayBuffer());
      expect(body.length).toBe(file.bytes);
      expect(createHash("sha256").update(body).digest("hex")).toBe(file.sha256);

      const again = await fetch(`${webUrl()}${file.url}`, {
        headers: { "if-none-match": `"${file.sha256}"` },
      });
      expect(again.status).toBe(304);
      expect(again.headers.get("etag")).toBe(`"${file.sha256}"`);
    }
  });

  it("serves the current Popolo and documents CSV at their fixed addresses, briefly cacheable, pointing to the version", async () => {
    const files = currentFiles(await manifest());
    for (const [address, kind] of [
      ["/api/v1/popolo", "popolo"],
      ["/api/v1/documents.csv", "documents-csv"],
    ] as const) {
      const file = files.find((f) => f.kind === kind)!;
      const response = await fetch(`${webUrl()}${address}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("public, max-age=300");
      expect(response.headers.get("content-location")).toBe(file.url);
      expect(response.headers.get("etag")).toBe(`"${file.sha256}"`);
      expect(Buffer.from(await response.arrayBuffer()).length).toBe(file.bytes);
    }
  });

  it("answers 404 for a name that is not a kept file", async () => {
    for (const name of ["plenary-popolo-0000000000000000.json", "manifest.json", "..%2Fmanifest.json"]) {
      const response = await fetch(`${webUrl()}/api/v1/exports/${name}`);
      expect(response.status, name).toBe(404);
      expect(response.headers.get("cache-control")).not.toContain("immutable");
    }
  });

  it("writes a new version after a publication in the admin's api, with the meeting; the draft was never in one", async () => {
    const db = createDb(databaseUrl());
    const saved = { url: process.env.PLENARY_WEB_URL, secret: process.env.PLENARY_REVALIDATE_SECRET };
    process.env.PLENARY_WEB_URL = webUrl();
    process.env.PLENARY_REVALIDATE_SECRET = revalidateSecret();
    try {
      const user = await db.user.create({
        data: { email: `exports-${Date.now()}@example.org`, name: "Exports test", role: "editor" },
      });
      const editor = createCaller(
        createContext({ db, user: { id: user.id, email: user.email, name: user.name, role: "editor" } }),
      );
      const body = await db.organization.findUniqueOrThrow({
        where: { slug: "sco-council-of-heads-of-state" },
      });
      const meeting = await db.meeting.create({
        data: {
          slug: DRAFT,
          titleI18n: { en: "Summit of the Bulk Export Council" },
          classification: "summit",
          attendanceMode: "in_person",
          startDate: "2032-03-03",
          endDate: "2032-03-03",
          bodyId: body.id,
          status: "draft",
          sources: [{ url: "https://example.org/bulk-export-council", title: "Press release" }],
        },
      });
      const person = await db.person.findUniqueOrThrow({ where: { slug: "narendra-modi" } });
      await db.participation.create({
        data: {
          meetingId: meeting.id,
          personId: person.id,
          titleAsStated: "Prime Minister Narendra Modi",
          category: "member_state",
          role: "participant",
          mode: "in_person",
          protocolOrder: 1,
        },
      });
      const before = await manifest();
      for (const file of currentFiles(before)) {
        expect(await (await fetch(`${webUrl()}${file.url}`)).text(), file.name).not.toContain(DRAFT);
      }

      await editor.publishing.publishMeeting({
        id: meeting.id,
        version: meeting.version,
        confirmedDocumentIds: [],
      });
      const after = await manifestWhen((m) => m.current !== before.current);
      expect(after.versions.map((v) => v.version)).toContain(before.current);
      const meetingsCsv = currentFiles(after).find((f) => f.kind === "meetings-csv")!;
      expect(await (await fetch(`${webUrl()}${meetingsCsv.url}`)).text()).toContain(DRAFT);
      const popolo = (await (await fetch(`${webUrl()}/api/v1/popolo`)).json()) as {
        events: { name: string }[];
      };
      expect(popolo.events.map((e) => e.name)).toContain("Summit of the Bulk Export Council");
      // The earlier version is still served.
      const earlier = currentFiles(before).find((f) => f.kind === "meetings-csv")!;
      expect((await fetch(`${webUrl()}${earlier.url}`)).status).toBe(200);

      const published = await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } });
      await editor.publishing.unpublishMeeting({ id: meeting.id, version: published.version });
      const withdrawn = await manifestWhen((m) => m.current !== after.current);
      const csv = currentFiles(withdrawn).find((f) => f.kind === "meetings-csv")!;
      expect(await (await fetch(`${webUrl()}${csv.url}`)).text()).not.toContain(DRAFT);
    } finally {
      process.env.PLENARY_WEB_URL = saved.url;
      process.env.PLENARY_REVALIDATE_SECRET = saved.secret;
      if (saved.url === undefined) delete process.env.PLENARY_WEB_URL;
      if (saved.secret === undefined) delete process.env.PLENARY_REVALIDATE_SECRET;
      await db.$disconnect();
    }
  });
});
