import { describeEachDatabase } from "@plenary/db/testing";
import { seed } from "@plenary/db/seed";
import { beforeAll, expect, it } from "vitest";
import { callersFor } from "../test-callers";

type Callers = Awaited<ReturnType<typeof callersFor>>;

/** What a restore must give back: the record without what the store and publishing own. */
function content(record: Record<string, unknown>): unknown {
  const { version: _v, status: _s, deletedAt: _d, slug: _slug, ...rest } = record;
  const documents = (rest.documents as Record<string, unknown>[] | undefined)?.map(
    ({ version: _dv, ...d }) => d,
  );
  return { ...rest, documents };
}

/**
 * Every revision of a meeting holds the whole record, so restoring any version gives back exactly that version:
 * participant order, speeches, tallies, documents and every field, including the seed's first revision and the
 * revisions publishing and unpublishing leave.
 */
describeEachDatabase("restoring any revision of a meeting", (fixture) => {
  let callers: Callers;
  let meetingId: string;

  beforeAll(async () => {
    await seed(fixture.db);
    callers = await callersFor(fixture.db);
    meetingId = (
      await fixture.db.meeting.findFirstOrThrow({ where: { slug: { startsWith: "meeting-of-the-sco" } } })
    ).id;
  });

  it("gives back exactly the record each revision holds, whatever was edited after it", async () => {
    let record = await callers.viewer.meeting.record({ id: meetingId });
    // Edits through every part of the record, and the status changes between them.
    record = (
      await callers.editor.meeting.saveRecord({
        ...record,
        participations: [...record.participations].reverse(),
        summaryI18n: { en: "Reordered.", ru: "Переставлено." },
      })
    ).record;
    record = (
      await callers.editor.meeting.saveRecord({
        ...record,
        speeches: record.speeches.slice(1),
        tallies: record.tallies.map((t) => ({ ...t, count: t.count + 1 })),
        titleI18n: { ...record.titleI18n, en: `${record.titleI18n.en} (edited)` },
        venue: { ...(record.venue ?? {}), city: { en: "Dushanbe" } },
      })
    ).record;
    await callers.editor.publishing.unpublishMeeting({ id: meetingId, version: record.version });
    record = await callers.viewer.meeting.record({ id: meetingId });
    record = (
      await callers.editor.meeting.saveRecord({
        ...record,
        participations: record.participations.slice(2),
        documents: record.documents.slice(1),
        topicIds: [],
        venue: null,
      })
    ).record;
    await callers.editor.publishing.publishMeeting({
      id: meetingId,
      version: record.version,
      confirmedDocumentIds: (await callers.viewer.publishing.preview({ id: meetingId })).draftDocuments.map(
        (d) => d.id,
      ),
    });

    const revisions = await fixture.db.revision.findMany({
      where: { entityType: "meeting", entityId: meetingId },
      orderBy: { version: "asc" },
    });
    expect(revisions.length).toBeGreaterThanOrEqual(6);
    for (const revision of revisions) {
      const current = await callers.viewer.meeting.record({ id: meetingId });
      await callers.editor.revision.restore({ revisionId: revision.id, version: current.version });
      const restored = await callers.viewer.meeting.record({ id: meetingId });
      expect(content(restored), `restoring version ${revision.version}`).toEqual(
        content(revision.after as Record<string, unknown>),
      );
    }
  });

  it("diffs consecutive revisions without claiming that unchanged parts were removed", async () => {
    const revisions = await fixture.db.revision.findMany({
      where: { entityType: "meeting", entityId: meetingId },
      orderBy: { version: "asc" },
    });
    const statusChange = revisions.find(
      (r, i) =>
        i > 0 &&
        (r.after as { status?: string }).status !== (revisions[i - 1]!.after as { status?: string }).status,
    );
    expect(statusChange).toBeDefined();
    const diff = await callers.viewer.revision.diff({ toId: statusChange!.id });
    expect(diff.changes.map((c) => c.path.join("."))).toEqual(["status"]);
  });
});
