// Attack suite, concurrency: many editors saving the same meeting at once, and publish or trash racing an edit.
// What must hold: optimistic concurrency lets exactly the saves through that started from the stored version —
// successful saves = version increments = new revisions — every other save is refused with CONFLICT, and the
// stored record is the last successful save.
import { seed } from "@plenary/db/seed";
import { describeEachDatabase } from "@plenary/db/testing";
import { TRPCError } from "@trpc/server";
import { beforeAll, expect, it } from "vitest";
import { createContext } from "./context";
import { createCaller } from "./root";
import { createUser } from "./test-callers";

const SESSIONS = 50;
const ROUNDS = 2;
type Caller = ReturnType<typeof createCaller>;

function codeOf(reason: unknown): string {
  return reason instanceof TRPCError ? reason.code : `not a tRPC error: ${String(reason)}`;
}

describeEachDatabase("attack: concurrent writes to one meeting", (fixture) => {
  let sessions: Caller[];
  let meetingId: string;

  const revisionsOf = (id: string) =>
    fixture.db.revision.findMany({
      where: { entityType: "meeting", entityId: id },
      select: { version: true },
      orderBy: { version: "asc" },
    });

  beforeAll(async () => {
    await seed(fixture.db);
    sessions = [];
    for (let i = 0; i < SESSIONS; i++) {
      const user = await createUser(fixture.db, i % 5 === 0 ? "admin" : "editor");
      sessions.push(createCaller(createContext({ db: fixture.db, user })));
    }
    meetingId = (await fixture.db.meeting.findFirstOrThrow({ select: { id: true } })).id;
  });

  it(`${SESSIONS} sessions saving conflicting changes: one save per version, the rest CONFLICT`, async () => {
    const start = await sessions[0]!.meeting.record({ id: meetingId });
    const revisionsBefore = (await revisionsOf(meetingId)).length;
    const saved: { version: number; record: unknown }[] = [];
    const refused = new Map<string, number>();

    // Each session loads the meeting, changes the title and summary to its own, and saves; ROUNDS times, all at once.
    await Promise.all(
      sessions.map(async (session, index) => {
        for (let round = 0; round < ROUNDS; round++) {
          const record = await session.meeting.record({ id: meetingId });
          const mine = `Session ${index} round ${round}`;
          try {
            const result = await session.meeting.saveRecord({
              ...record,
              titleI18n: { ...record.titleI18n, en: mine },
              summaryI18n: { en: `Summary written by ${mine}` },
            });
            saved.push({ version: result.record.version, record: result.record });
          } catch (error) {
            const code = codeOf(error);
            refused.set(code, (refused.get(code) ?? 0) + 1);
          }
        }
      }),
    );

    const final = await sessions[0]!.meeting.record({ id: meetingId });
    const revisions = await revisionsOf(meetingId);
    const last = saved.reduce((a, b) => (b.version > a.version ? b : a));
    console.log(
      `[attack: concurrency, ${fixture.database.name}] ${SESSIONS} sessions × ${ROUNDS} rounds of load-change-save on one ` +
        `meeting: ${saved.length} saved, refused ${[...refused].map(([code, n]) => `${code} ${n}`).join(", ")}; ` +
        `version ${start.version} → ${final.version}, ${revisions.length - revisionsBefore} new revisions; ` +
        `held: saves = increments = revisions, every other save CONFLICT, the stored record is the last save (v${last.version})`,
    );
    expect([...refused.keys()]).toEqual(["CONFLICT"]);
    expect(saved.length + refused.get("CONFLICT")!).toBe(SESSIONS * ROUNDS);
    expect(final.version - start.version).toBe(saved.length);
    expect(revisions.length - revisionsBefore).toBe(saved.length);
    // One save per version, and the revisions are exactly those versions.
    const versions = saved.map((s) => s.version).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: saved.length }, (_, i) => start.version + 1 + i));
    expect(revisions.slice(-saved.length).map((r) => r.version)).toEqual(versions);
    expect(final).toEqual(last.record);
  });

  it("publish, unpublish and trash racing an edit: exactly one goes through, the others are refused", async () => {
    const outcomes: string[] = [];
    for (let round = 0; round < 6; round++) {
      const record = await sessions[0]!.meeting.record({ id: meetingId });
      const { draftDocuments } = await sessions[0]!.publishing.preview({ id: meetingId });
      const revisionsBefore = (await revisionsOf(meetingId)).length;
      const { version } = record;
      const racers: [string, () => Promise<unknown>][] = [
        [
          "edit",
          () =>
            sessions[1]!.meeting.saveRecord({
              ...record,
              titleI18n: { ...record.titleI18n, en: `Edited in race ${round}` },
            }),
        ],
        [
          record.status === "published" ? "unpublish" : "publish",
          () =>
            record.status === "published"
              ? sessions[2]!.publishing.unpublishMeeting({ id: meetingId, version })
              : sessions[2]!.publishing.publishMeeting({
                  id: meetingId,
                  version,
                  confirmedDocumentIds: draftDocuments.map((d) => d.id),
                }),
        ],
        ["trash", () => sessions[3]!.trash.move({ entityType: "meeting", id: meetingId, version })],
        [
          "second edit",
          () =>
            sessions[4]!.meeting.saveRecord({
              ...record,
              summaryI18n: { en: `Another summary in race ${round}` },
            }),
        ],
      ];
      // All at once, each round giving a different racer a head start of a few milliseconds (the quickest
      // statement, the trash, would otherwise always win).
      const results = await Promise.allSettled(
        racers.map(async ([, run], i) => {
          if (i !== round % racers.length) await new Promise((resolve) => setTimeout(resolve, 15));
          return run();
        }),
      );
      const winners = racers.filter((_, i) => results[i]!.status === "fulfilled").map(([name]) => name);
      const losers = results.flatMap((r) => (r.status === "rejected" ? [codeOf(r.reason)] : []));
      outcomes.push(`${winners.join("+")} won, ${losers.join("/")}`);

      const after = await fixture.db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
      expect(winners).toHaveLength(1);
      // Losers see the version moved (CONFLICT), or, when the trash won, that the meeting is gone (NOT_FOUND).
      for (const code of losers)
        expect(winners[0] === "trash" ? ["CONFLICT", "NOT_FOUND"] : ["CONFLICT"]).toContain(code);
      expect(after.version).toBe(version + 1);
      expect((await revisionsOf(meetingId)).length - revisionsBefore).toBe(1);
      if (winners[0] === "trash") {
        expect(after.deletedAt).not.toBeNull();
        await sessions[0]!.trash.restore({ entityType: "meeting", id: meetingId, version: after.version });
      } else {
        expect(after.deletedAt).toBeNull();
      }
    }
    console.log(
      `[attack: concurrency, ${fixture.database.name}] edit × publish/unpublish × trash × second edit, 6 races: ` +
        `${outcomes.join("; ")}; held: exactly one write per race, version +1, one revision`,
    );
  });
});
