import { describe, expect, it } from "vitest";
import { seedMeetingRecord } from "../testing/seed";
import { checkTallies } from "./tally-count";

const seed = seedMeetingRecord();

describe("rule 6: a tally counts at least the listed documents", () => {
  it("passes the seed: 9 decisions with 3 listed, 6 statements all listed", () => {
    expect(checkTallies({ tallies: seed.tallies, documents: seed.documents })).toEqual([]);
  });

  it("does not count trashed documents", () => {
    const documents = [...seed.documents, { type: "statement" as const, deletedAt: new Date("2025-01-01") }];
    expect(checkTallies({ tallies: seed.tallies, documents })).toEqual([]);
  });

  it("errors when the count is below the listed documents of that type", () => {
    expect(
      checkTallies({ tallies: [{ documentType: "decision", count: 2 }], documents: seed.documents }),
    ).toEqual([
      {
        rule: "tally",
        code: "tally_below_listed",
        severity: "error",
        path: ["tallies", 0, "count"],
        message:
          "The count says 2 decisions, but 3 decisions of this meeting are listed; raise the count to at least 3 or remove a document.",
      },
    ]);
  });

  it("reports each short tally at its own path", () => {
    const issues = checkTallies({
      tallies: [
        { documentType: "decision", count: 9 },
        { documentType: "statement", count: 1 },
      ],
      documents: seed.documents,
    });
    expect(issues.map((i) => i.path)).toEqual([["tallies", 1, "count"]]);
    expect(issues[0]?.message).toContain("The count says 1 statement, but 6 statements");
  });
});
