import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { describeEachDatabase } from "@plenary/db/testing";
import { seed } from "@plenary/db/seed";
import { afterAll, beforeAll, expect, it } from "vitest";
import { callersFor } from "../test-callers";
import { pathsOf, trpcError } from "../test-errors";

type Callers = Awaited<ReturnType<typeof callersFor>>;

/** Stands in for the public site's POST /api/revalidate and records what it was told. */
async function fakePublicSite() {
  const calls: { authorization?: string; tags: string[] }[] = [];
  const server: Server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      calls.push({
        authorization: request.headers.authorization,
        tags: (JSON.parse(body) as { tags: string[] }).tags,
      });
      response.writeHead(200, { "content-type": "application/json" }).end('{"revalidated":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    calls,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((r) => server.close(r)),
  };
}

describeEachDatabase("history, trash, publishing and audit", (fixture) => {
  let callers: Callers;
  let site: Awaited<ReturnType<typeof fakePublicSite>>;
  let seedId: string;
  const seedSlug = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";

  beforeAll(async () => {
    await seed(fixture.db);
    callers = await callersFor(fixture.db);
    seedId = (await fixture.db.meeting.findUniqueOrThrow({ where: { slug: seedSlug } })).id;
    site = await fakePublicSite();
    process.env.PLENARY_WEB_URL = site.url;
    process.env.PLENARY_REVALIDATE_SECRET = "the test revalidation secret";
  });
  afterAll(async () => {
    delete process.env.PLENARY_WEB_URL;
    delete process.env.PLENARY_REVALIDATE_SECRET;
    await site.close();
  });

  it("lists a record's revisions, diffs any two and restores one as a new revision", async () => {
    const start = await callers.viewer.meeting.record({ id: seedId });
    const first = await callers.editor.meeting.saveRecord({ ...start, summaryI18n: { en: "Version A." } });
    const participations = first.record.participations.slice(1);
    await callers.admin.meeting.saveRecord({
      ...first.record,
      summaryI18n: { en: "Version B." },
      participations,
    });

    const history = await callers.viewer.revision.list({ entityType: "meeting", entityId: seedId });
    expect(history.map((r) => r.version).slice(0, 3)).toEqual([
      start.version + 2,
      start.version + 1,
      start.version,
    ]);
    expect(history[0]!.author?.name).toBe("Test admin");

    const diff = await callers.viewer.revision.diff({ fromId: history[1]!.id, toId: history[0]!.id });
    const paths = diff.changes.map((c) => c.path.join("."));
    expect(paths).toContain("summaryI18n.en");
    expect(paths).toContain(`participations.${first.record.participations[0]!.id}.personId`);
    expect(diff.changes.find((c) => c.path.join(".") === "summaryI18n.en")).toMatchObject({
      before: "Version A.",
      after: "Version B.",
    });

    // Restore "Version A": the dropped participant comes back, as version +3, by the restoring editor.
    const restored = await callers.editor.revision.restore({
      revisionId: history[1]!.id,
      version: start.version + 2,
    });
    expect(restored.version).toBe(start.version + 3);
    const now = await callers.viewer.meeting.record({ id: seedId });
    expect(now.summaryI18n).toEqual({ en: "Version A." });
    expect(now.participations.map((p) => p.id)).toEqual(first.record.participations.map((p) => p.id));

    // A restore from a version that is no longer current is a conflict, and changes nothing.
    const stale = await trpcError(
      callers.editor.revision.restore({ revisionId: history[0]!.id, version: start.version + 2 }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect((await callers.viewer.meeting.record({ id: seedId })).version).toBe(start.version + 3);
    expect(
      (await trpcError(callers.viewer.revision.restore({ revisionId: history[0]!.id, version: now.version })))
        .code,
    ).toBe("FORBIDDEN");
  });

  it("restores an older state of a reference record", async () => {
    const { record } = await callers.editor.person.create({ nameI18n: { en: "Sadyr Zhaparov" } });
    await callers.editor.person.update({ id: record.id, version: 1, nameI18n: { en: "Sadyr Japarov" } });
    const history = await callers.viewer.revision.list({ entityType: "person", entityId: record.id });
    await callers.editor.revision.restore({
      revisionId: history.find((r) => r.version === 1)!.id,
      version: 2,
    });
    const person = await callers.viewer.person.byId({ id: record.id });
    expect(person).toMatchObject({ nameI18n: { en: "Sadyr Zhaparov" }, version: 3 });
  });

  it("moves records to the trash and back, lists the trash, and leaves purging to admins", async () => {
    const { record } = await callers.editor.person.create({ nameI18n: { en: "Trash Candidate" } });
    await callers.editor.trash.move({ entityType: "person", id: record.id, version: 1 });
    const trash = await callers.viewer.trash.list();
    expect(trash.map((t) => [t.entityType, t.label])).toContainEqual(["person", "Trash Candidate"]);
    expect((await trpcError(callers.viewer.person.byId({ id: record.id }))).code).toBe("NOT_FOUND");

    await callers.editor.trash.restore({ entityType: "person", id: record.id, version: 2 });
    expect((await callers.viewer.person.byId({ id: record.id })).version).toBe(3);

    await callers.editor.trash.move({ entityType: "person", id: record.id, version: 3 });
    expect(
      (await trpcError(callers.editor.trash.purge({ entityType: "person", id: record.id, version: 4 }))).code,
    ).toBe("FORBIDDEN");
    await callers.admin.trash.purge({ entityType: "person", id: record.id, version: 4 });
    expect(await fixture.db.person.findUnique({ where: { id: record.id } })).toBeNull();
    const last = await fixture.db.revision.findFirstOrThrow({
      where: { entityId: record.id },
      orderBy: { version: "desc" },
    });
    expect(last).toMatchObject({ version: 5, after: null });
    expect(last.before).toMatchObject({ nameI18n: { en: "Trash Candidate" } });

    // A person other records refer to cannot be purged: the message says what to do instead.
    const putin = await fixture.db.person.findFirstOrThrow({ where: { slug: "vladimir-putin" } });
    await callers.editor.trash.move({ entityType: "person", id: putin.id, version: putin.version });
    const refused = await trpcError(
      callers.admin.trash.purge({ entityType: "person", id: putin.id, version: putin.version + 1 }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    await callers.editor.trash.restore({ entityType: "person", id: putin.id, version: putin.version + 1 });
  });

  it("bulk-trashes with an outcome per item and tells the public site", async () => {
    const a = await callers.editor.person.create({ nameI18n: { en: "Bulk A" } });
    const b = await callers.editor.person.create({ nameI18n: { en: "Bulk B" } });
    site.calls.length = 0;
    const outcomes = await callers.editor.trash.moveMany({
      items: [
        { entityType: "person", id: a.record.id, version: 1 },
        { entityType: "person", id: b.record.id, version: 7 },
      ],
    });
    expect(outcomes.map((o) => o.ok)).toEqual([true, false]);
    expect(site.calls).toHaveLength(1);
    expect(site.calls[0]!.authorization).toBe("Bearer the test revalidation secret");
    expect(site.calls[0]!.tags).toContain("people");
  });

  it("publishes a meeting's draft documents only after the editor confirms them by name, and revalidates", async () => {
    const seeded = await callers.viewer.meeting.record({ id: seedId });
    const { record } = await callers.editor.meeting.saveRecord({
      ...seeded,
      id: undefined,
      version: undefined,
      slug: undefined,
      startDate: "2021-09-17",
      endDate: "2021-09-17",
      participations: seeded.participations.map((p) => ({ ...p, id: undefined })),
      chairmanships: [],
      speeches: [],
      tallies: [],
      documents: [
        { key: "d", titleI18n: { en: "Dushanbe Declaration" }, type: "declaration", action: "signed" },
      ],
    });
    const preview = await callers.viewer.publishing.preview({ id: record.id });
    expect(preview.draftDocuments.map((d) => d.titleI18n.en)).toEqual(["Dushanbe Declaration"]);

    const unconfirmed = await trpcError(
      callers.editor.publishing.publishMeeting({
        id: record.id,
        version: record.version,
        confirmedDocumentIds: [],
      }),
    );
    expect(unconfirmed.code).toBe("BAD_REQUEST");
    expect(unconfirmed.message).toContain("Dushanbe Declaration");
    expect(pathsOf(unconfirmed)).toEqual(["confirmedDocumentIds"]);
    expect((await callers.viewer.meeting.record({ id: record.id })).status).toBe("draft");

    site.calls.length = 0;
    const published = await callers.editor.publishing.publishMeeting({
      id: record.id,
      version: record.version,
      confirmedDocumentIds: preview.draftDocuments.map((d) => d.id),
    });
    expect(published.record.status).toBe("published");
    const publicPage = await callers.anonymous.meeting.bySlug({ slug: record.slug });
    expect(publicPage.documents.map((d) => d.document.status)).toEqual(["published"]);
    expect(site.calls[0]!.tags).toEqual(expect.arrayContaining(["meetings", `meeting:${record.slug}`]));

    // Editing the published meeting refreshes its public page too.
    site.calls.length = 0;
    const edited = await callers.editor.meeting.saveRecord({
      ...(await callers.viewer.meeting.record({ id: record.id })),
      summaryI18n: { en: "Edited after publishing." },
    });
    expect(site.calls.flatMap((c) => c.tags)).toContain(`meeting:${record.slug}`);
    expect((await callers.anonymous.meeting.bySlug({ slug: record.slug })).meeting.summaryI18n).toEqual({
      en: "Edited after publishing.",
    });

    const outcomes = await callers.editor.publishing.setStatusMany({
      status: "draft",
      items: [{ entityType: "meeting", id: record.id, version: edited.record.version }],
    });
    expect(outcomes[0]).toMatchObject({ ok: true });
    expect((await trpcError(callers.anonymous.meeting.bySlug({ slug: record.slug }))).code).toBe("NOT_FOUND");
  });

  it("gives admins the audit log filtered by user, kind of record and date", async () => {
    const editorId = (await fixture.db.user.findFirstOrThrow({ where: { name: "Test editor" } })).id;
    const all = await callers.admin.audit.list({ authorId: editorId });
    expect(all.total).toBeGreaterThan(0);
    expect(all.items.every((r) => r.author?.id === editorId)).toBe(true);
    const people = await callers.admin.audit.list({ authorId: editorId, entityType: "person" });
    expect(people.items.every((r) => r.entityType === "person")).toBe(true);
    expect(people.total).toBeLessThan(all.total);
    const future = await callers.admin.audit.list({ from: new Date(Date.now() + 86_400_000) });
    expect(future.total).toBe(0);
    expect((await trpcError(callers.editor.audit.list({}))).code).toBe("FORBIDDEN");
  });

  it("names a post held in the audit log and its history by the person and the post it joins", async () => {
    const personId = (await fixture.db.person.findUniqueOrThrow({ where: { slug: "vladimir-putin" } })).id;
    const postId = (await fixture.db.post.findUniqueOrThrow({ where: { slug: "president-of-russia" } })).id;
    const { record } = await callers.editor.occupancy.create({
      personId,
      postId,
      startDate: "1999-12-31",
      endDate: "2008-05-07",
      qualifier: "acting",
    });
    const audit = await callers.admin.audit.list({ entityType: "occupancy" });
    expect(audit.items.find((r) => r.entityId === record.id)?.label).toBe(
      "Vladimir Putin — President of Russia (from 1999-12-31)",
    );
    expect(
      (await callers.editor.revision.list({ entityType: "occupancy", entityId: record.id }))[0]!.label,
    ).toBe("Vladimir Putin — President of Russia (from 1999-12-31)");
  });
});
