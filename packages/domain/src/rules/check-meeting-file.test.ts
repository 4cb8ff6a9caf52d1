import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkMeetingFile } from "./check-meeting-file";

const example = () =>
  JSON.parse(readFileSync(new URL("../../examples/sco-summit-2020.meeting.json", import.meta.url), "utf8"));

describe("checkMeetingFile", () => {
  it("passes the example export, as a draft and for publishing", () => {
    expect(checkMeetingFile(example())).toEqual([]);
    expect(checkMeetingFile(example(), { status: "published" })).toEqual([]);
  });

  it("judges an export with its linked records and points into the file", () => {
    const file = example();
    file.linked.occupancies[0].endDate = "2020-05-01";
    file.meeting.participations.push(file.meeting.participations[1]);
    const issues = checkMeetingFile(file);
    expect(issues.map((i) => [i.code, i.severity, i.path])).toEqual([
      ["occupancy_outside_meeting", "warning", ["meeting", "participations", 0, "occupancyId"]],
      ["participant_duplicate", "error", ["meeting", "participations", 3, "personId"]],
    ]);
    expect(issues[0]!.message).toContain("Vladimir Putin");
  });

  it("applies rule 7 only when judged for publishing", () => {
    const file = example();
    file.meeting.sources = [];
    expect(checkMeetingFile(file)).toEqual([]);
    expect(checkMeetingFile(file, { status: "published" }).map((i) => i.path)).toEqual([
      ["meeting", "sources"],
    ]);
  });

  it("reports an invalid shape field by field instead of running the rules", () => {
    const issues = checkMeetingFile({
      titleI18n: { en: "A meeting" },
      classification: "summit",
      attendanceMode: "online",
      startDate: "2020-13",
    });
    expect(issues).toEqual([
      expect.objectContaining({ rule: "schema", severity: "error", path: ["startDate"] }),
    ]);
    expect(checkMeetingFile(null)[0]).toMatchObject({ rule: "schema" });
  });
});
