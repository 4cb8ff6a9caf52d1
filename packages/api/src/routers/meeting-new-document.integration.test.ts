import { describeEachDatabase } from "@plenary/db/testing";
import { seed } from "@plenary/db/seed";
import { newPackageDocument } from "@plenary/domain";
import { beforeAll, expect, it } from "vitest";
import { callersFor } from "../test-callers";
import { pathsOf, trpcError } from "../test-errors";

type Callers = Awaited<ReturnType<typeof callersFor>>;

describeEachDatabase(
  "a document made in the meeting editor's picker is created by the meeting's save, as the meeting's",
  (fixture) => {
    let callers: Callers;
    let seedId: string;
    const slug = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";
    const KEY = "newdocument0000000001";

    beforeAll(async () => {
      await seed(fixture.db);
      callers = await callersFor(fixture.db);
      seedId = (await fixture.db.meeting.findUniqueOrThrow({ where: { slug } })).id;
    });

    const titled = (title: string) =>
      fixture.db.document.findMany({ where: { titleI18n: { path: ["en"], equals: title } } });

    /** The seed meeting with a new document (as the picker's create form makes it) that its first document approves. */
    const withNewDocument = async (title: string) => {
      const record = await callers.viewer.meeting.record({ id: seedId });
      const [first, ...rest] = record.documents;
      const created = newPackageDocument(KEY, {
        titleI18n: { en: title },
        type: "roadmap",
        action: "approved",
        dateAdopted: "2020-11-10",
      });
      return {
        ...record,
        documents: [
          { ...first!, relations: [...first!.relations, { type: "approves" as const, to: KEY }] },
          ...rest,
          created,
        ],
      };
    };

    it("creates nothing when a rule refuses the save", async () => {
      const input = await withNewDocument("Refused Roadmap");
      const refused = await trpcError(callers.editor.meeting.saveRecord({ ...input, endDate: "2020-11-01" }));
      expect(refused.code).toBe("BAD_REQUEST");
      expect(pathsOf(refused).length).toBeGreaterThan(0);
      expect(await titled("Refused Roadmap")).toEqual([]);
    });

    it("creates nothing when the save is refused as stale (CONFLICT)", async () => {
      const input = await withNewDocument("Stale Roadmap");
      await callers.editor.meeting.saveRecord({
        ...(await callers.viewer.meeting.record({ id: seedId })),
        summaryI18n: { en: "Someone else saved first." },
      });
      const stale = await trpcError(callers.editor.meeting.saveRecord(input));
      expect(stale.code).toBe("CONFLICT");
      expect(await titled("Stale Roadmap")).toEqual([]);
    });

    it("creates it in the save, listed at the meeting, with the relation to it, and a revision", async () => {
      const { record } = await callers.editor.meeting.saveRecord(await withNewDocument("Saved Roadmap"));
      const [document] = await titled("Saved Roadmap");
      expect(document).toMatchObject({
        meetingId: seedId,
        type: "roadmap",
        action: "approved",
        status: "draft",
      });
      const saved = record.documents.find((d) => d.id === document!.id);
      expect(saved?.key).toBe(document!.id);
      expect(record.documents[0]!.relations).toContainEqual({ type: "approves", to: document!.id });
      const revisions = await fixture.db.revision.findMany({
        where: { entityType: "document", entityId: document!.id },
      });
      expect(revisions.map((r) => r.version)).toEqual([1]);
    });
  },
);
