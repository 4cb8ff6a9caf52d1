import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createCaller, createContext } from "@plenary/api";
import { createDb } from "@plenary/db";
import { seed } from "@plenary/db/seed";
import { describeOneDatabase } from "@plenary/db/testing";
import { BulkExportManifest } from "@plenary/domain";
import { afterAll, beforeAll, expect, it } from "vitest";
import { regenerateExports, type BulkExportSettings } from "./bulk-exports";

const DRAFT = "draft-summit-of-the-export-council-2031-02-02";

describeOneDatabase("bulk exports regenerated on publication", (fixture) => {
  let settings: BulkExportSettings;
  let anonymous: ReturnType<typeof createCaller>;
  let editor: ReturnType<typeof createCaller>;
  let draftId: string;

  const fileOf = (manifest: BulkExportManifest, kind: string) => {
    const version = manifest.versions.find((v) => v.version === manifest.current)!;
    const file = version.files.find((f) => f.kind === kind)!;
    return { file, text: fs.readFileSync(path.join(settings.dir, file.name), "utf8") };
  };

  beforeAll(async () => {
    await seed(fixture.db);
    settings = {
      dir: fs.mkdtempSync(path.join(os.tmpdir(), "plenary-exports-")),
      retentionDays: 7,
      urlOf: (p) => `https://plenary.example${p}`,
    };
    anonymous = createCaller(createContext({ db: fixture.db, user: null }));
    const user = await fixture.db.user.create({
      data: { email: `exports-${Date.now()}@example.org`, name: "Exports test", role: "editor" },
    });
    editor = createCaller(
      createContext({
        db: fixture.db,
        user: { id: user.id, email: user.email, name: user.name, role: "editor" },
      }),
    );
    const body = await fixture.db.organization.findUniqueOrThrow({
      where: { slug: "sco-council-of-heads-of-state" },
    });
    const person = await fixture.db.person.findUniqueOrThrow({ where: { slug: "jumakhon-giyosov" } });
    const meeting = await fixture.db.meeting.create({
      data: {
        slug: DRAFT,
        titleI18n: { en: "Draft summit of the Export Council" },
        classification: "summit",
        attendanceMode: "in_person",
        startDate: "2031-02-02",
        endDate: "2031-02-02",
        bodyId: body.id,
        status: "draft",
        sources: [{ url: "https://example.org/export-council", title: "Press release" }],
      },
    });
    await fixture.db.participation.create({
      data: {
        meetingId: meeting.id,
        personId: person.id,
        titleAsStated: "Exportable Giyosov",
        category: "guest_state",
        role: "participant",
        mode: "in_person",
        protocolOrder: 1,
      },
    });
    draftId = meeting.id;
  });

  afterAll(() => fs.rmSync(settings.dir, { recursive: true, force: true }));

  it("writes a version from the published records only, named by content, and leaves it unchanged when they are", async () => {
    const first = await regenerateExports(anonymous, settings);
    expect(BulkExportManifest.parse(first)).toEqual(first);
    expect(first.versions).toHaveLength(1);
    const published = (await anonymous.meeting.list({ limit: 200, offset: 0 })).total;
    for (const kind of ["popolo", "meetings-csv", "participants-csv", "documents-csv"]) {
      const { file, text } = fileOf(first, kind);
      expect(file.name).toMatch(new RegExp(`^plenary-${kind}-[0-9a-f]{16}\\.(json|csv)$`));
      expect(Buffer.byteLength(text)).toBe(file.bytes);
      expect(text, kind).not.toContain(DRAFT);
      expect(text, kind).not.toContain("Export Council");
    }
    expect(fileOf(first, "popolo").file.records).toBe(published);
    expect(JSON.parse(fileOf(first, "popolo").text).events).toHaveLength(published);
    expect(fileOf(first, "meetings-csv").text.trimEnd().split("\r\n")).toHaveLength(1 + published);

    // Nothing published changed (the draft is not public): the same version, no new files.
    const again = await regenerateExports(anonymous, settings);
    expect(again).toEqual(first);
    expect(fs.readdirSync(settings.dir).filter((f) => f.startsWith("plenary-"))).toHaveLength(4);
  });

  it("publishing the meeting makes a new current version holding it; the previous one stays downloadable", async () => {
    const before = await regenerateExports(anonymous, settings);
    const { version } = await fixture.db.meeting.findUniqueOrThrow({ where: { id: draftId } });
    await editor.publishing.publishMeeting({ id: draftId, version, confirmedDocumentIds: [] });

    const after = await regenerateExports(anonymous, settings, () => new Date(Date.now() + 1000));
    expect(after.current).not.toBe(before.current);
    expect(after.versions.map((v) => v.version)).toEqual([after.current, before.current]);
    const popolo = JSON.parse(fileOf(after, "popolo").text) as { events: { name: string }[] };
    expect(popolo.events.map((e) => e.name)).toContain("Draft summit of the Export Council");
    expect(fileOf(after, "meetings-csv").text).toContain(DRAFT);
    expect(fileOf(after, "participants-csv").text).toContain(`${DRAFT},1,Jumakhon Giyosov`);
    // The earlier version's files are still there, unchanged.
    for (const file of before.versions[0]!.files) {
      expect(fs.statSync(path.join(settings.dir, file.name)).size).toBe(file.bytes);
    }
  });

  it("keeps serving the previous version when a regeneration fails", async () => {
    const before = await regenerateExports(anonymous, settings);
    const files = fs.readdirSync(settings.dir).sort();
    // A database that cannot be reached: the regeneration fails before writing anything.
    const unreachable = createDb("postgresql://postgres@127.0.0.1:1/nowhere");
    try {
      await expect(
        regenerateExports(createCaller(createContext({ db: unreachable, user: null })), settings),
      ).rejects.toThrow();
    } finally {
      await unreachable.$disconnect();
    }
    expect(JSON.parse(fs.readFileSync(path.join(settings.dir, "manifest.json"), "utf8"))).toEqual(before);
    expect(fs.readdirSync(settings.dir).sort()).toEqual(files);
  });

  it("drops versions replaced more than the retention period ago, keeping the newest three", async () => {
    const day = 86_400_000;
    const start = Date.now() + 10 * day;
    const person = await fixture.db.person.findUniqueOrThrow({ where: { slug: "jumakhon-giyosov" } });
    let manifest = await regenerateExports(anonymous, settings, () => new Date(start));
    // Four more versions, ten days apart, by renaming a person who attended published meetings.
    for (let i = 1; i <= 4; i++) {
      const { version } = await fixture.db.person.findUniqueOrThrow({ where: { id: person.id } });
      await editor.person.update({ id: person.id, version, nameI18n: { en: `Jumakhon Giyosov ${i}` } });
      manifest = await regenerateExports(anonymous, settings, () => new Date(start + i * 10 * day));
    }
    expect(manifest.versions).toHaveLength(3);
    const listed = new Set(manifest.versions.flatMap((v) => v.files.map((f) => f.name)));
    expect(
      fs
        .readdirSync(settings.dir)
        .filter((f) => f.startsWith("plenary-"))
        .sort(),
    ).toEqual([...listed].sort());
  });
});
