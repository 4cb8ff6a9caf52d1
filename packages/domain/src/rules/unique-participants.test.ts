import { describe, expect, it } from "vitest";
import { NAMES, personId, seedMeetingRecord } from "../testing/seed";
import { checkUniqueParticipants } from "./unique-participants";

const seed = seedMeetingRecord();

describe("rule 9: nobody appears twice", () => {
  it("passes the 15 seed participants", () => {
    expect(checkUniqueParticipants(seed.participations, NAMES)).toEqual([]);
  });

  it("errors on each repeated person, at the repeat", () => {
    const modi = { personId: personId("Narendra Modi") };
    expect(checkUniqueParticipants([...seed.participations, modi], NAMES)).toEqual([
      {
        rule: "unique-participant",
        code: "participant_duplicate",
        severity: "error",
        path: ["participations", 15, "personId"],
        message: "Narendra Modi is listed twice (rows 1 and 16); remove the duplicate row.",
      },
    ]);
    expect(checkUniqueParticipants([modi, modi, modi]).map((i) => i.path)).toEqual([
      ["participations", 1, "personId"],
      ["participations", 2, "personId"],
    ]);
  });
});
