import { describe, expect, it } from "vitest";
import { diffRecords } from "./record-diff";

describe("diffRecords", () => {
  it("lists nothing for equal records and ignores updatedAt", () => {
    expect(
      diffRecords({ a: 1, updatedAt: "x", b: { en: "A" } }, { a: 1, updatedAt: "y", b: { en: "A" } }),
    ).toEqual([]);
  });

  it("names changed, added and removed leaves by path", () => {
    expect(diffRecords({ title: { en: "A" }, n: 1 }, { title: { en: "B", ru: "Б" } })).toEqual([
      { path: ["title", "en"], before: "A", after: "B" },
      { path: ["n"], before: 1, after: undefined },
      { path: ["title", "ru"], before: undefined, after: "Б" },
    ]);
  });

  it("keys lists of records by id, so a reorder is one change of order and an edit names the row", () => {
    const before = {
      rows: [
        { id: "a", role: "chair" },
        { id: "b", role: "participant" },
      ],
    };
    const after = {
      rows: [
        { id: "b", role: "participant" },
        { id: "a", role: "speaker" },
      ],
    };
    expect(diffRecords(before, after)).toEqual([
      { path: ["rows", "a", "role"], before: "chair", after: "speaker" },
      { path: ["rows", "#order"], before: ["a", "b"], after: ["b", "a"] },
    ]);
  });

  it("treats a missing side as a create or a delete", () => {
    expect(diffRecords(null, { a: 1 })).toEqual([{ path: ["a"], before: undefined, after: 1 }]);
    expect(diffRecords({ a: 1 }, null)).toEqual([{ path: ["a"], before: 1, after: undefined }]);
  });
});
