import { describeEachDatabase } from "@plenary/db/testing";
import { seed } from "@plenary/db/seed";
import { beforeAll, expect, it } from "vitest";
import { callersFor } from "../test-callers";
import { pathsOf, trpcError } from "../test-errors";

type Callers = Awaited<ReturnType<typeof callersFor>>;

describeEachDatabase(
  "meeting.saveRecord creates the records picked as new only when the meeting is saved",
  (fixture) => {
    let callers: Callers;
    let seedId: string;
    const slug = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";
    const TEMP = "newperson0000000001";

    beforeAll(async () => {
      await seed(fixture.db);
      callers = await callersFor(fixture.db);
      seedId = (await fixture.db.meeting.findUniqueOrThrow({ where: { slug } })).id;
    });

    const named = (name: string) =>
      fixture.db.person.findMany({ where: { nameI18n: { path: ["en"], equals: name } } });
    const withNewDelegate = async (name: string, version?: number) => {
      const record = await callers.viewer.meeting.record({ id: seedId });
      return {
        ...record,
        ...(version === undefined ? {} : { version }),
        participations: [
          ...record.participations,
          {
            personId: TEMP,
            titleAsStated: "Delegate",
            category: "guest_state" as const,
            role: "participant" as const,
            mode: "in_person" as const,
          },
        ],
        newRecords: { people: [{ tempId: TEMP, nameI18n: { en: name } }] },
      };
    };

    it("creates nothing when the save is refused as stale (CONFLICT)", async () => {
      const start = await callers.viewer.meeting.record({ id: seedId });
      await callers.editor.meeting.saveRecord({ ...start, summaryI18n: { en: "Someone else saved first." } });
      const stale = await trpcError(
        callers.editor.meeting.saveRecord(await withNewDelegate("Stale Delegate", start.version)),
      );
      expect(stale.code).toBe("CONFLICT");
      expect(await named("Stale Delegate")).toEqual([]);
    });

    it("creates nothing when a rule refuses the save", async () => {
      const input = await withNewDelegate("Refused Delegate");
      const refused = await trpcError(callers.editor.meeting.saveRecord({ ...input, endDate: "2020-11-01" }));
      expect(refused.code).toBe("BAD_REQUEST");
      expect(pathsOf(refused).length).toBeGreaterThan(0);
      expect(await named("Refused Delegate")).toEqual([]);
    });

    it("creates the person in the save, links the participation to it, and records a revision", async () => {
      const { record } = await callers.editor.meeting.saveRecord(await withNewDelegate("Saved Delegate"));
      const [person] = await named("Saved Delegate");
      expect(person).toBeDefined();
      expect(person!.id).not.toBe(TEMP);
      expect(record.participations.at(-1)!.personId).toBe(person!.id);
      expect(record.participations.some((p) => p.personId === TEMP)).toBe(false);
      const revisions = await fixture.db.revision.findMany({
        where: { entityType: "person", entityId: person!.id },
      });
      expect(revisions.map((r) => r.version)).toEqual([1]);
      expect(person!.slug).toBe("saved-delegate");
    });

    it("does not create a new record the meeting does not refer to: the save is refused, naming it", async () => {
      const record = await callers.viewer.meeting.record({ id: seedId });
      const refused = await trpcError(
        callers.editor.meeting.saveRecord({
          ...record,
          newRecords: { people: [{ tempId: TEMP, nameI18n: { en: "Unreferenced Delegate" } }] },
        }),
      );
      expect(refused.code).toBe("BAD_REQUEST");
      expect(pathsOf(refused)).toEqual(["newRecords.people.0"]);
      expect(refused.message).toContain("“Unreferenced Delegate” is not used by this meeting");
      expect(await named("Unreferenced Delegate")).toEqual([]);
    });
  },
);
