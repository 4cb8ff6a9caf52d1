import { describe, expect, it } from "vitest";
import { MeetingRecordInput } from "./meeting-record";
import { meetingRecordIds, meetingRecordRefs } from "./meeting-record-refs";

describe("meetingRecordRefs", () => {
  it("lists every id the record refers to with its field, and leaves empty links out", () => {
    const record = MeetingRecordInput.parse({
      titleI18n: { en: "Summit" },
      classification: "summit",
      attendanceMode: "in_person",
      bodyId: "cbody00000000000000000000",
      venue: { city: { en: "Dushanbe" } },
      participations: [
        {
          personId: "cperson0000000000000000000",
          titleAsStated: "President",
          category: "member_state",
          role: "chair",
          mode: "in_person",
          protocolOrder: 1,
        },
      ],
      speeches: [{ personId: "cperson0000000000000000000", kind: "paraphrase", sequence: 1 }],
    });
    const refs = meetingRecordRefs(record);
    expect(refs).toContainEqual({ kind: "organization", id: "cbody00000000000000000000", path: ["bodyId"] });
    expect(refs.filter((r) => r.kind === "person").map((r) => r.path.join("."))).toEqual([
      "participations.0.personId",
      "speeches.0.personId",
    ]);
    expect(refs.some((r) => r.kind === "country")).toBe(false);
    expect(meetingRecordIds(record, "person")).toEqual(["cperson0000000000000000000"]);
  });
});
