import { describe, expect, it } from "vitest";
import { MeetingRecordInput } from "../entities/meeting-record";
import { checkRecordDuplicates, termLinksAt } from "./meeting-record-rules";

const base = { titleI18n: { en: "Summit" }, classification: "summit", attendanceMode: "in_person" } as const;

describe("checkRecordDuplicates", () => {
  it("reports duplicates at their fields and nothing for a clean record", () => {
    expect(checkRecordDuplicates(MeetingRecordInput.parse(base))).toEqual([]);
    const tally = { documentType: "decision", count: 2 } as const;
    const record = MeetingRecordInput.parse({ ...base, tallies: [tally, { ...tally, count: 3 }] });
    expect(checkRecordDuplicates(record).map((i) => [i.code, i.path.join(".")])).toEqual([
      ["duplicate_tally", "tallies.1.documentType"],
    ]);
  });
});

describe("termLinksAt", () => {
  it("links this meeting's end and keeps the other end, unless it was this meeting", () => {
    expect(termLinksAt("end", "m2", { startedAtMeetingId: "m1", endedAtMeetingId: null })).toEqual({
      startedAtMeetingId: "m1",
      endedAtMeetingId: "m2",
    });
    expect(termLinksAt("start", "m2", { startedAtMeetingId: "m2", endedAtMeetingId: "m2" })).toEqual({
      startedAtMeetingId: "m2",
      endedAtMeetingId: null,
    });
  });
});
