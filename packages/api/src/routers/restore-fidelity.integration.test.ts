import { describeEachDatabase } from "@plenary/db/testing";
import { seed } from "@plenary/db/seed";
import type { Source } from "@plenary/domain";
import { beforeAll, expect, it } from "vitest";
import { callersFor } from "../test-callers";
import { pathsOf, trpcError } from "../test-errors";

type Callers = Awaited<ReturnType<typeof callersFor>>;

/** A second source as a researcher would cite it: who published it, when, in which language, and its text. */
const agencyReport: Source = {
  url: "https://news.example.org/2020/11/summit-by-video",
  title: "Heads of state meet by video link",
  publisher: "Example News Agency",
  publishedAt: "2020-11-10T18:30:00+03:00",
  language: "ru",
  text: "Главы государств провели встречу в режиме видеоконференции.",
  archivedAt: "2020-11-11",
};

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

  it("keeps a source's publisher, date, language and archived text: saved, read back, shown publicly, given back by a restore", async () => {
    const start = await callers.viewer.meeting.record({ id: meetingId });
    expect(start.sources[0]).toMatchObject({ language: "en", publishedAt: "2020-11-12T10:58" });

    const { record: withReport } = await callers.editor.meeting.saveRecord({
      ...start,
      sources: [...start.sources, agencyReport],
    });
    expect(withReport.sources[1]).toEqual(agencyReport);
    expect((await callers.viewer.meeting.record({ id: meetingId })).sources[1]).toEqual(agencyReport);
    // The seed meeting is published: the public read carries every field.
    // The public read of the published meeting carries every field.
    expect(withReport.status).toBe("published");
    const { slug } = await fixture.db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    expect((await callers.anonymous.meeting.bySlug({ slug })).meeting.sources[1]).toEqual(agencyReport);

    const { record: trimmed } = await callers.editor.meeting.saveRecord({
      ...withReport,
      sources: [withReport.sources[0]!, { url: agencyReport.url, title: agencyReport.title }],
    });
    expect(trimmed.sources[1]).toEqual({ url: agencyReport.url, title: agencyReport.title });

    const revision = await fixture.db.revision.findUniqueOrThrow({
      where: {
        entityType_entityId_version: {
          entityType: "meeting",
          entityId: meetingId,
          version: withReport.version,
        },
      },
    });
    await callers.editor.revision.restore({ revisionId: revision.id, version: trimmed.version });
    expect((await callers.viewer.meeting.record({ id: meetingId })).sources[1]).toEqual(agencyReport);
  });

  it("refuses a source in an unknown language and an archiving date without text and an archiving date without text, at the field's path, writing nothing", async () => {
    const record = await callers.viewer.meeting.record({ id: meetingId });
    const before = await fixture.db.revision.count();
    const error = await trpcError(
      callers.editor.meeting.saveRecord({
        ...record,
        sources: [
          ...record.sources,
          { ...agencyReport, language: "xx" },
          { title: "A page not archived", archivedAt: "2021-01-01" },
        ],
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    const at = record.sources.length;
    expect(pathsOf(error)).toEqual(
      expect.arrayContaining([`sources.${at}.language`, `sources.${at + 1}.archivedAt`]),
    );
    expect(await fixture.db.revision.count()).toBe(before);
  });
});
