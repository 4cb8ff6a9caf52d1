import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRepositories } from "@plenary/db";
import { describeEachDatabase } from "@plenary/db/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { seed } from "@plenary/db/seed";
import { deliverRevalidations, MAX_TAGS_PER_POST } from "./revalidate";
import { callersFor } from "./test-callers";

/** A public site whose /api/revalidate answers `status` (settable) and records the tags it was sent. */
async function site() {
  const state = { status: 503, received: [] as string[][] };
  const server: Server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      if (state.status === 200) state.received.push((JSON.parse(body) as { tags: string[] }).tags);
      response.writeHead(state.status, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    state,
    env: { PLENARY_WEB_URL: url, PLENARY_REVALIDATE_SECRET: "a shared secret of some length" },
    close: () => new Promise((r) => server.close(r)),
  };
}

describeEachDatabase("refreshing the public site through the outbox", (fixture) => {
  let web: Awaited<ReturnType<typeof site>>;
  let callers: Awaited<ReturnType<typeof callersFor>>;
  const seedSlug = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";
  beforeAll(async () => {
    web = await site();
    await seed(fixture.db);
    callers = await callersFor(fixture.db);
  });
  afterAll(async () => {
    await web.close();
  });
  const outbox = () => createRepositories(fixture.db).revalidationOutbox;
  const pendingTags = async () =>
    (await fixture.db.revalidationRequest.findMany({ where: { deliveredAt: null } })).flatMap((r) => r.tags);
  const deliverAll = async () => {
    await fixture.db.revalidationRequest.updateMany({
      where: { deliveredAt: null },
      data: { nextAttemptAt: new Date(0) },
    });
    web.state.status = 200;
    await deliverRevalidations(outbox(), web.env);
    web.state.received = [];
  };

  it("stores the pages a change made stale in the change's own transaction, and nothing for a refused one", async () => {
    await deliverAll();
    const person = await fixture.db.person.findUniqueOrThrow({ where: { slug: "jumakhon-giyosov" } });
    // Not through the tRPC middleware (no site configured for this caller's process): only what the write stored.
    const repos = createRepositories(fixture.db);
    await repos.people.update(
      { id: person.id, version: person.version, nameI18n: { en: "Jumakhon Giyosov", ru: "Джумахон Гиёсов" } },
      { authorId: null },
    );
    // Its page, the lists of people, and the page of the meeting that lists them; not every page of the site.
    const tags = await pendingTags();
    expect(tags).toEqual(
      expect.arrayContaining(["people", "person:jumakhon-giyosov", `meeting:${seedSlug}`]),
    );
    expect(tags).not.toContain("meetings");

    await deliverAll();
    const stale = repos.people.update(
      { id: person.id, version: person.version, nameI18n: { en: "Someone else" } },
      { authorId: null },
    );
    await expect(stale).rejects.toThrow(/version/i);
    expect(await pendingTags()).toEqual([]);
  });

  it("tells the site before an unpublish or a trash returns, naming the pages of everything the meeting shows", async () => {
    await deliverAll();
    const saved = {
      PLENARY_WEB_URL: process.env.PLENARY_WEB_URL,
      SECRET: process.env.PLENARY_REVALIDATE_SECRET,
    };
    Object.assign(process.env, web.env);
    try {
      const meeting = await fixture.db.meeting.findUniqueOrThrow({
        where: { slug: seedSlug },
        include: { hostCountry: { select: { slug: true } } },
      });
      await callers.editor.publishing.unpublishMeeting({ id: meeting.id, version: meeting.version });
      const tags = web.state.received.flat();
      expect(tags).toEqual(
        expect.arrayContaining([
          "meetings",
          `meeting:${seedSlug}`,
          "document:moscow-declaration-2020-11-10",
          "person:jumakhon-giyosov",
          `country:${meeting.hostCountry!.slug}`,
          "organization:shanghai-cooperation-organisation",
        ]),
      );
      expect(await outbox().pending()).toEqual({ count: 0, oldest: null });

      web.state.received = [];
      const person = await fixture.db.person.findUniqueOrThrow({ where: { slug: "jumakhon-giyosov" } });
      await callers.editor.trash.move({ entityType: "person", id: person.id, version: person.version });
      // Out of the meeting's page and out of the number of participants every list of meetings shows.
      expect(web.state.received.flat()).toEqual(
        expect.arrayContaining(["person:jumakhon-giyosov", `meeting:${seedSlug}`, "people"]),
      );
      await callers.editor.trash.restore({
        entityType: "person",
        id: person.id,
        version: person.version + 1,
      });
      await callers.editor.publishing.publishMeeting({
        id: meeting.id,
        version: meeting.version + 1,
        confirmedDocumentIds: [],
      });
    } finally {
      for (const [key, value] of [
        ["PLENARY_WEB_URL", saved.PLENARY_WEB_URL],
        ["PLENARY_REVALIDATE_SECRET", saved.SECRET],
      ] as const)
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
    }
  });

  it("names the page of a participant a meeting's save removes, and of one it adds", async () => {
    await deliverAll();
    const meeting = await fixture.db.meeting.findUniqueOrThrow({ where: { slug: seedSlug } });
    const record = await callers.viewer.meeting.record({ id: meeting.id });
    // A participant who gave no speech: the meeting's page shows them through their participation only.
    const removed = record.participations.findLast(
      (p) => !record.speeches.some((speech) => speech.personId === p.personId),
    )!;
    const person = await fixture.db.person.findUniqueOrThrow({ where: { id: removed.personId } });
    const { record: saved } = await callers.editor.meeting.saveRecord({
      ...record,
      participations: record.participations.filter((p) => p !== removed),
    });
    const requests = await fixture.db.revalidationRequest.findMany({ where: { deliveredAt: null } });
    // One request for the save's transaction, naming the page that still lists the meeting until it is refreshed.
    expect(requests).toHaveLength(1);
    expect(requests[0]!.tags).toEqual(
      expect.arrayContaining([`person:${person.slug}`, `meeting:${seedSlug}`]),
    );

    await deliverAll();
    await callers.editor.meeting.saveRecord({ ...saved, participations: record.participations });
    expect(await pendingTags()).toContain(`person:${person.slug}`);
  });

  it("sends a request naming more pages than the site takes at once in batches", async () => {
    await deliverAll();
    const many = Array.from({ length: 1234 }, (_, i) => `person:p${i}`);
    await outbox().enqueue(many);
    expect(await deliverRevalidations(outbox(), web.env)).toEqual({ called: true, ok: true });
    expect(web.state.received.length).toBe(3);
    for (const batch of web.state.received) expect(batch.length).toBeLessThanOrEqual(MAX_TAGS_PER_POST);
    expect(web.state.received.flat().sort()).toEqual([...many].sort());
  });

  it("keeps a refresh the site could not take, and delivers it once the site is back", async () => {
    await deliverAll();
    web.state.status = 503;
    const topic = await fixture.db.topic.findFirstOrThrow({ where: { deletedAt: null } });
    await createRepositories(fixture.db).topics.update(
      { id: topic.id, version: topic.version, synonyms: ["kept for the test"] },
      { authorId: null },
    );
    expect(await deliverRevalidations(outbox(), web.env)).toEqual({ called: true, ok: false });
    const stored = await fixture.db.revalidationRequest.findFirstOrThrow({ where: { deliveredAt: null } });
    expect(stored).toMatchObject({ attempts: 1, lastError: "answered 503" });
    expect(stored.tags).toContain(`topic:${topic.slug}`);
    expect(stored.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());

    // Not due yet: a retry before the backoff sends nothing.
    web.state.status = 200;
    expect(await deliverRevalidations(outbox(), web.env)).toEqual({ called: false, ok: true });
    await fixture.db.revalidationRequest.updateMany({
      where: { deliveredAt: null },
      data: { nextAttemptAt: new Date(0) },
    });
    expect(await deliverRevalidations(outbox(), web.env)).toEqual({ called: true, ok: true });
    expect(web.state.received.flat()).toContain(`topic:${topic.slug}`);
    expect(await outbox().pending()).toEqual({ count: 0, oldest: null });
  });

  it("delivers each request once when several processes deliver at the same time", async () => {
    await deliverAll();
    for (let i = 0; i < 20; i++) await outbox().enqueue([`person:p${i}`]);
    await Promise.all(
      Array.from({ length: 5 }, () =>
        deliverRevalidations(createRepositories(fixture.db).revalidationOutbox, web.env),
      ),
    );
    const sent = web.state.received.flat().sort();
    expect(sent).toEqual(Array.from({ length: 20 }, (_, i) => `person:p${i}`).sort());
    expect((await outbox().pending()).count).toBe(0);
  });

  it("keeps requests while no public site is configured, for when one is", async () => {
    await deliverAll();
    await outbox().enqueue(["meetings"]);
    expect(await deliverRevalidations(outbox(), {})).toEqual({ called: false, ok: true });
    expect((await outbox().pending()).count).toBe(1);
  });
});
