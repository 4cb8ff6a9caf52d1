import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRepositories } from "@plenary/db";
import { describeEachDatabase } from "@plenary/db/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { deliverRevalidations, revalidatePublicSite } from "./revalidate";

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
    env: { PLENARY_WEB_URL: url, PLENARY_REVALIDATE_SECRET: "secret" },
    close: () => new Promise((r) => server.close(r)),
  };
}

describeEachDatabase("refreshing the public site through the outbox", (fixture) => {
  let web: Awaited<ReturnType<typeof site>>;
  beforeAll(async () => {
    web = await site();
  });
  afterAll(async () => {
    await web.close();
  });
  const outbox = () => createRepositories(fixture.db).revalidationOutbox;
  const makeDue = () =>
    fixture.db.revalidationRequest.updateMany({
      where: { deliveredAt: null },
      data: { nextAttemptAt: new Date(0) },
    });

  it("keeps a refresh the site could not take, and delivers it once the site is back", async () => {
    web.state.status = 503;
    const outcome = await revalidatePublicSite(outbox(), ["meetings", "meeting:a"], web.env);
    expect(outcome).toEqual({ called: true, ok: false });
    const stored = await fixture.db.revalidationRequest.findFirstOrThrow({ where: { deliveredAt: null } });
    expect(stored).toMatchObject({ tags: ["meetings", "meeting:a"], attempts: 1, lastError: "answered 503" });
    expect(stored.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());

    // Not due yet: a retry before the backoff sends nothing.
    web.state.status = 200;
    expect(await deliverRevalidations(outbox(), web.env)).toEqual({ called: false, ok: true });
    await makeDue();
    expect(await deliverRevalidations(outbox(), web.env)).toEqual({ called: true, ok: true });
    expect(web.state.received).toEqual([["meetings", "meeting:a"]]);
    expect(await outbox().pending()).toEqual({ count: 0, oldest: null });
  });

  it("delivers each request once when several processes deliver at the same time", async () => {
    web.state.status = 200;
    web.state.received = [];
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

  it("stores nothing when no public site is configured", async () => {
    const before = await fixture.db.revalidationRequest.count();
    expect(await revalidatePublicSite(outbox(), ["meetings"], {})).toEqual({ called: false, ok: true });
    expect(await fixture.db.revalidationRequest.count()).toBe(before);
  });
});
