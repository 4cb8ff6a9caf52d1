// The editorial workflow a newsroom expects: ask for review, a second editor approves or returns it with a comment,
// publishing waits for the approval (which an edit voids), and publication can be scheduled. Each step is in the
// history and the audit log; bad steps are refused with a reason and change nothing.
import { createRepositories } from "@plenary/db";
import { seed } from "@plenary/db/seed";
import { describeEachDatabase } from "@plenary/db/testing";
import { TRPCError } from "@trpc/server";
import { beforeAll, expect, it } from "vitest";
import { publishScheduled } from "../scheduled-publishing";
import { callersFor, createUser } from "../test-callers";
import { createContext } from "../context";
import { createCaller } from "../root";

const seedSlug = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";

describeEachDatabase("editorial review and scheduled publishing", (fixture) => {
  let callers: Awaited<ReturnType<typeof callersFor>>;
  let reviewer: ReturnType<typeof createCaller>;
  beforeAll(async () => {
    await seed(fixture.db);
    callers = await callersFor(fixture.db);
    reviewer = createCaller(createContext({ db: fixture.db, user: await createUser(fixture.db, "editor") }));
  });
  const meeting = () => fixture.db.meeting.findUniqueOrThrow({ where: { slug: seedSlug } });
  const revisions = async (entityId: string, fromVersion: number) =>
    fixture.db.revision.findMany({
      where: { entityType: "meeting", entityId, version: { gt: fromVersion } },
      orderBy: { version: "asc" },
      select: { action: true, note: true, authorId: true, via: true },
    });
  const codeOf = (error: unknown) => (error instanceof TRPCError ? error.code : String(error));
  const unpublished = async () => {
    const current = await meeting();
    if (current.status === "published")
      await callers.editor.publishing.unpublishMeeting({ id: current.id, version: current.version });
    return meeting();
  };

  it("asks, returns with a comment, asks again, approves by another editor, then publishes", async () => {
    const start = await unpublished();
    const { id } = start;
    let status = await callers.editor.editorialReview.step({
      id,
      version: start.version,
      step: "request",
      comment: "Please check the participants' titles.",
    });
    expect(status).toMatchObject({ reviewState: "requested", reviewRequestedBy: { name: "Test editor" } });

    // Publishing now is refused, with the reason, and changes nothing.
    const early = await callers.editor.publishing
      .publishMeeting({ id, version: status.version, confirmedDocumentIds: [] })
      .catch((error: unknown) => error);
    expect(codeOf(early)).toBe("BAD_REQUEST");
    expect((early as Error).message).toContain("waiting for review");
    expect((await meeting()).status).toBe("draft");

    // The one who asked cannot approve; returning needs a comment.
    const own = await callers.editor.editorialReview
      .step({ id, version: status.version, step: "approve" })
      .catch((error: unknown) => error);
    expect((own as Error).message).toContain("Another editor must approve it");
    const silent = await reviewer.editorialReview
      .step({ id, version: status.version, step: "return", comment: " " })
      .catch((error: unknown) => error);
    expect(codeOf(silent)).toBe("BAD_REQUEST");
    expect((await meeting()).version).toBe(status.version);

    status = await reviewer.editorialReview.step({
      id,
      version: status.version,
      step: "return",
      comment: "The host's title is missing.",
    });
    expect(status).toMatchObject({ reviewState: "returned", reviewComment: "The host's title is missing." });
    status = await callers.editor.editorialReview.step({ id, version: status.version, step: "request" });
    status = await reviewer.editorialReview.step({ id, version: status.version, step: "approve" });
    expect(status).toMatchObject({ reviewState: "approved", editedSinceApproval: false, reviewIssues: [] });

    await callers.editor.publishing.publishMeeting({ id, version: status.version, confirmedDocumentIds: [] });
    const published = await meeting();
    expect(published).toMatchObject({ status: "published", reviewState: "none" });

    // Every step is a revision named by its action, with its comment: the audit log shows them.
    expect((await revisions(id, start.version)).map((r) => [r.action, r.note])).toEqual([
      ["review_requested", "Please check the participants' titles."],
      ["review_returned", "The host's title is missing."],
      ["review_requested", null],
      ["review_approved", null],
      ["published", null],
    ]);
    const audit = await callers.admin.audit.list({ entityType: "meeting", limit: 10 });
    expect(audit.items.map((item) => item.action)).toEqual(
      expect.arrayContaining(["review_requested", "review_returned", "review_approved", "published"]),
    );
  });

  it("voids an approval when the record is edited after it", async () => {
    const start = await unpublished();
    let status = await callers.editor.editorialReview.step({
      id: start.id,
      version: start.version,
      step: "request",
    });
    status = await reviewer.editorialReview.step({ id: start.id, version: status.version, step: "approve" });
    const record = await callers.viewer.meeting.record({ id: start.id });
    await callers.editor.meeting.saveRecord({
      ...record,
      summaryI18n: { en: "Edited after the approval." },
    });
    status = await callers.viewer.editorialReview.status({ id: start.id });
    expect(status).toMatchObject({ reviewState: "approved", editedSinceApproval: true });
    const refused = await callers.editor.publishing
      .publishMeeting({ id: start.id, version: status.version, confirmedDocumentIds: [] })
      .catch((error: unknown) => error);
    expect((refused as Error).message).toContain("edited after it was approved");

    // Withdrawing the request lets it be published without review again.
    status = await callers.editor.editorialReview.step({
      id: start.id,
      version: status.version,
      step: "withdraw",
    });
    expect(status.reviewState).toBe("none");
    await callers.editor.publishing.publishMeeting({
      id: start.id,
      version: status.version,
      confirmedDocumentIds: [],
    });
    expect((await meeting()).status).toBe("published");
  });

  it("publishes at the scheduled time in the scheduling editor's name, and cancels on request", async () => {
    const start = await unpublished();
    const inPast = await callers.editor.editorialReview
      .schedule({ id: start.id, version: start.version, publishAt: new Date(Date.now() - 60_000) })
      .catch((error: unknown) => error);
    expect((inPast as Error).message).toContain("future");
    const stale = await callers.editor.editorialReview
      .schedule({ id: start.id, version: start.version - 1, publishAt: new Date(Date.now() + 60_000) })
      .catch((error: unknown) => error);
    expect(codeOf(stale)).toBe("CONFLICT");

    const at = new Date(Date.now() + 3_600_000);
    let status = await callers.editor.editorialReview.schedule({
      id: start.id,
      version: start.version,
      publishAt: at,
    });
    expect(status.publishAt?.toISOString()).toBe(at.toISOString());
    status = await callers.editor.editorialReview.schedule({
      id: start.id,
      version: status.version,
      publishAt: null,
    });
    expect(status.publishAt).toBeNull();

    status = await callers.editor.editorialReview.schedule({
      id: start.id,
      version: status.version,
      publishAt: at,
    });
    const repos = createRepositories(fixture.db);
    // Not yet due: nothing happens.
    expect(await publishScheduled(repos, new Date(at.getTime() - 1000))).toEqual({
      published: [],
      failed: [],
    });
    expect((await meeting()).status).toBe("draft");
    // Due: published through the one publishing path, by the editor who scheduled it, via the schedule.
    expect(await publishScheduled(repos, new Date(at.getTime() + 1000))).toEqual({
      published: [start.id],
      failed: [],
    });
    const after = await meeting();
    expect(after).toMatchObject({ status: "published", publishAt: null });
    const steps = await revisions(start.id, start.version);
    expect(steps.map((r) => r.action)).toEqual([
      "publication_scheduled",
      "schedule_cancelled",
      "publication_scheduled",
      "published",
    ]);
    expect(steps.at(-1)).toMatchObject({ via: "schedule", authorId: expect.any(String) });
  });

  it("does not publish a scheduled meeting whose review is pending: it says why, once", async () => {
    const start = await unpublished();
    const at = new Date(Date.now() + 60_000);
    let status = await callers.editor.editorialReview.schedule({
      id: start.id,
      version: start.version,
      publishAt: at,
    });
    status = await callers.editor.editorialReview.step({
      id: start.id,
      version: status.version,
      step: "request",
    });
    expect(await publishScheduled(createRepositories(fixture.db), new Date(at.getTime() + 1000))).toEqual({
      published: [],
      failed: [start.id],
    });
    status = await callers.viewer.editorialReview.status({ id: start.id });
    expect(status).toMatchObject({ publishAt: null, reviewState: "requested" });
    expect(status.scheduleError).toContain("waiting for review");
    expect((await meeting()).status).toBe("draft");
    // Cleared, so the next round does not try again.
    expect(await publishScheduled(createRepositories(fixture.db), new Date(at.getTime() + 2000))).toEqual({
      published: [],
      failed: [],
    });
  });

  it("cancels a scheduled publication when the meeting goes to the trash", async () => {
    const start = await unpublished();
    const at = new Date(Date.now() + 60_000);
    const status = await callers.editor.editorialReview.schedule({
      id: start.id,
      version: start.version,
      publishAt: at,
    });
    await callers.editor.trash.move({ entityType: "meeting", id: start.id, version: status.version });
    await callers.editor.trash.restore({ entityType: "meeting", id: start.id, version: status.version + 1 });
    // Restored after its time: not published on the spot.
    expect(await publishScheduled(createRepositories(fixture.db), new Date(at.getTime() + 1000))).toEqual({
      published: [],
      failed: [],
    });
    expect(await meeting()).toMatchObject({ status: "draft", publishAt: null });
  });

  it("lets viewers read the workflow but not take its steps", async () => {
    const current = await meeting();
    await expect(callers.viewer.editorialReview.status({ id: current.id })).resolves.toBeTruthy();
    const refused = await callers.viewer.editorialReview
      .step({ id: current.id, version: current.version, step: "request" })
      .catch((error: unknown) => error);
    expect(codeOf(refused)).toBe("FORBIDDEN");
  });
});
