import { describe, expect, it } from "vitest";
import { RevisionEntityType } from "../entities/revision";
import { RECORD_KIND_NOUNS, countNoun, countRecords } from "./record-kinds";

describe("record kind nouns", () => {
  it("names every kind of record in words, never by its code", () => {
    for (const kind of RevisionEntityType.options) {
      const noun = RECORD_KIND_NOUNS[kind];
      expect(noun.one, kind).not.toMatch(/_/);
      expect(noun.other, kind).not.toMatch(/_|ys$/);
    }
  });

  it("counts with English plural rules", () => {
    expect(countRecords("person", 1)).toBe("1 person");
    expect(countRecords("person", 12)).toBe("12 people");
    expect(countRecords("country", 0)).toBe("0 countries");
    expect(countRecords("occupancy", 2)).toBe("2 posts held");
    expect(countNoun(1, { one: "difference", other: "differences" })).toBe("1 difference");
    expect(countNoun(3, { one: "problem stops", other: "problems stop" })).toBe("3 problems stop");
  });
});
