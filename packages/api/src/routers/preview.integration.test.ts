import { describeEachDatabase } from "@plenary/db/testing";
import { seed } from "@plenary/db/seed";
import { afterAll, beforeAll, expect, it } from "vitest";
import { PREVIEW_TOKEN_LIFETIME_MS, signPreviewToken } from "../preview-token";
import { callersFor } from "../test-callers";
import { trpcError } from "../test-errors";

type Callers = Awaited<ReturnType<typeof callersFor>>;

const SECRET = "the revalidation secret both apps share";
const WEB_URL = "http://127.0.0.1:9/site";
const seedSlug = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";

const tokenOf = (url: string) => new URL(url).searchParams.get("token")!;

/**
 * What publishing changes on a record itself (status, version, timestamps, and the corrections: publishing a change
 * the public has not seen yet is itself a correction, dated when it is published), so previews and pages compare.
 */
function withoutPublicationFields<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (key, field: unknown) =>
    ["status", "version", "updatedAt", "lastCorrectedAt", "corrections"].includes(key) ? undefined : field,
  ) as T;
}

describeEachDatabase("previews of drafts", (fixture) => {
  let callers: Callers;
  let meetingId: string;
  let draftDocumentId: string;
  let otherDraftId: string;

  beforeAll(async () => {
    await seed(fixture.db);
    callers = await callersFor(fixture.db);
    const db = fixture.db;
    // The seed meeting back to a draft, with a draft document of its own (which approves a published one and is
    // approved by a trashed one) next to its published documents.
    const meeting = await db.meeting.update({ where: { slug: seedSlug }, data: { status: "draft" } });
    meetingId = meeting.id;
    const published = await db.document.findFirstOrThrow({
      where: { meetingId, status: "published" },
      orderBy: { listOrder: "asc" },
    });
    const draft = await db.document.create({
      data: {
        slug: "preview-draft-communique-2020",
        titleI18n: { en: "Preview Draft Communiqué" },
        type: "communique",
        action: "adopted",
        meetingId,
        status: "draft",
        listOrder: 50,
      },
    });
    draftDocumentId = draft.id;
    const trashed = await db.document.create({
      data: {
        slug: "preview-trashed-note-2020",
        titleI18n: { en: "Trashed Note" },
        type: "statement",
        action: "adopted",
        meetingId,
        status: "draft",
        listOrder: 51,
        deletedAt: new Date(),
      },
    });
    await db.documentRelation.create({ data: { fromId: draft.id, toId: published.id, type: "approves" } });
    await db.documentRelation.create({ data: { fromId: trashed.id, toId: draft.id, type: "approves" } });
    const other = await db.meeting.create({
      data: {
        slug: "preview-other-draft-2031-05-05",
        titleI18n: { en: "Another draft" },
        classification: "summit",
        attendanceMode: "online",
        status: "draft",
      },
    });
    otherDraftId = other.id;
    process.env.PLENARY_REVALIDATE_SECRET = SECRET;
    process.env.PLENARY_WEB_URL = WEB_URL;
  });
  afterAll(() => {
    delete process.env.PLENARY_REVALIDATE_SECRET;
    delete process.env.PLENARY_WEB_URL;
  });

  it("gives any signed-in user, viewers included, a ten-minute link to the public site; no one else", async () => {
    expect(
      (await trpcError(callers.anonymous.preview.create({ entityType: "meeting", id: meetingId }))).code,
    ).toBe("UNAUTHORIZED");
    const before = Date.now();
    const link = await callers.viewer.preview.create({ entityType: "meeting", id: meetingId });
    const after = Date.now();
    expect(link.url.startsWith("http://127.0.0.1:9/api/preview?token=")).toBe(true);
    // Whole seconds: the expiry is rounded down.
    expect(link.expiresAt.getTime()).toBeGreaterThan(before + PREVIEW_TOKEN_LIFETIME_MS - 1000);
    expect(link.expiresAt.getTime()).toBeLessThanOrEqual(after + PREVIEW_TOKEN_LIFETIME_MS);
    expect(
      (await trpcError(callers.editor.preview.create({ entityType: "meeting", id: "mnosuchmeeting" }))).code,
    ).toBe("NOT_FOUND");
  });

  it("reads the draft with a valid token only, and the draft stays out of the public read", async () => {
    expect((await trpcError(callers.anonymous.meeting.bySlug({ slug: seedSlug }))).code).toBe("NOT_FOUND");
    const link = await callers.editor.preview.create({ entityType: "meeting", id: meetingId });
    const preview = await callers.anonymous.preview.meeting({ token: tokenOf(link.url) });
    expect(preview.meeting.slug).toBe(seedSlug);
    expect(preview.meeting.status).toBe("draft");
    const slugs = preview.documents.map((d) => d.document.slug);
    expect(slugs).toContain("preview-draft-communique-2020");
    expect(slugs).not.toContain("preview-trashed-note-2020");
    const draft = preview.documents.find((d) => d.document.slug === "preview-draft-communique-2020")!;
    expect(draft.relations.map((r) => [r.direction, r.relation.type])).toEqual([["outgoing", "approves"]]);

    const forged = signPreviewToken("some other secret of some length", {
      entityType: "meeting",
      id: meetingId,
    }).token;
    const expired = signPreviewToken(
      SECRET,
      { entityType: "meeting", id: meetingId },
      new Date(Date.now() - PREVIEW_TOKEN_LIFETIME_MS - 1000),
    ).token;
    for (const token of [forged, expired, `${tokenOf(link.url)}x`, "not-a-token"]) {
      expect((await trpcError(callers.anonymous.preview.meeting({ token }))).code, token).toBe(
        "UNAUTHORIZED",
      );
    }
    // A token names one record: another draft's token reads that draft, never this one.
    const other = await callers.anonymous.preview.meeting({
      token: tokenOf((await callers.viewer.preview.create({ entityType: "meeting", id: otherDraftId })).url),
    });
    expect(other.meeting.id).toBe(otherDraftId);
    expect(other.meeting.slug).not.toBe(seedSlug);
    expect((await trpcError(callers.anonymous.meeting.bySlug({ slug: seedSlug }))).code).toBe("NOT_FOUND");
  });

  it("shows exactly what the public read returns once the meeting is published", async () => {
    const link = await callers.editor.preview.create({ entityType: "meeting", id: meetingId });
    const preview = await callers.anonymous.preview.meeting({ token: tokenOf(link.url) });
    const { version } = await callers.viewer.meeting.record({ id: meetingId });
    // No site to revalidate in this test: publishing must not try to call one.
    delete process.env.PLENARY_WEB_URL;
    try {
      await callers.editor.publishing.publishMeeting({
        id: meetingId,
        version,
        confirmedDocumentIds: [draftDocumentId],
      });
    } finally {
      process.env.PLENARY_WEB_URL = WEB_URL;
    }
    const page = await callers.anonymous.meeting.bySlug({ slug: seedSlug });
    expect(page.documents.map((d) => d.document.slug)).toContain("preview-draft-communique-2020");
    expect(withoutPublicationFields(preview)).toEqual(withoutPublicationFields(page));
    // The public saw the meeting without the communiqué: publishing it with the meeting is a correction.
    expect(page.corrections[0]?.fields).toEqual(["documents"]);

    // A published meeting previews as the public sees it now: a document added as a draft since is not on it.
    await fixture.db.document.create({
      data: {
        slug: "preview-later-draft-2020",
        titleI18n: { en: "Later Draft" },
        type: "statement",
        action: "adopted",
        meetingId,
        status: "draft",
        listOrder: 60,
      },
    });
    const current = await callers.anonymous.preview.meeting({ token: tokenOf(link.url) });
    expect(current.documents.map((d) => d.document.slug)).not.toContain("preview-later-draft-2020");
    expect(withoutPublicationFields(current)).toEqual(
      withoutPublicationFields(await callers.anonymous.meeting.bySlug({ slug: seedSlug })),
    );
  });

  it("refuses trashed meetings, and every token when the shared secret is not set", async () => {
    const link = await callers.editor.preview.create({ entityType: "meeting", id: otherDraftId });
    await fixture.db.meeting.update({ where: { id: otherDraftId }, data: { deletedAt: new Date() } });
    expect((await trpcError(callers.anonymous.preview.meeting({ token: tokenOf(link.url) }))).code).toBe(
      "NOT_FOUND",
    );
    expect(
      (await trpcError(callers.editor.preview.create({ entityType: "meeting", id: otherDraftId }))).code,
    ).toBe("NOT_FOUND");

    const valid = await callers.editor.preview.create({ entityType: "meeting", id: meetingId });
    delete process.env.PLENARY_REVALIDATE_SECRET;
    try {
      expect((await trpcError(callers.anonymous.preview.meeting({ token: tokenOf(valid.url) }))).code).toBe(
        "UNAUTHORIZED",
      );
      expect(
        (await trpcError(callers.editor.preview.create({ entityType: "meeting", id: meetingId }))).code,
      ).toBe("PRECONDITION_FAILED");
    } finally {
      process.env.PLENARY_REVALIDATE_SECRET = SECRET;
    }
  });
});
