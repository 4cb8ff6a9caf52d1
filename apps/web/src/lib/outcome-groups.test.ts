import type { DocumentType } from "@plenary/domain";
import { describe, expect, it } from "vitest";
import { groupInOrder } from "./group-in-order";
import { outcomeGroups } from "./outcome-groups";

const doc = (type: DocumentType, title: string) => ({ document: { type }, title });

describe("groupInOrder", () => {
  it("keeps first-appearance order of groups and given order inside them", () => {
    const groups = groupInOrder([1, 2, 3, 4, 5, 6], (n) =>
      n % 3 === 0 ? "three" : n % 2 === 0 ? "even" : "odd",
    );
    expect(groups).toEqual([
      { key: "odd", items: [1, 5] },
      { key: "even", items: [2, 4] },
      { key: "three", items: [3, 6] },
    ]);
  });
});

describe("outcomeGroups", () => {
  it("heads each type with the source's count and how many are listed", () => {
    const documents = [
      doc("declaration", "Moscow Declaration"),
      ...Array.from({ length: 6 }, (_, i) => doc("statement", `Statement ${i + 1}`)),
      ...Array.from({ length: 3 }, (_, i) => doc("decision", `Decision ${i + 1}`)),
      doc("report", "Report 1"),
      doc("report", "Report 2"),
    ];
    const tallies = [
      { documentType: "statement" as const, count: 6 },
      { documentType: "decision" as const, count: 9 },
    ];
    expect(outcomeGroups(documents, tallies, "en").map((g) => [g.heading, g.documents.length])).toEqual([
      ["1 declaration", 1],
      ["6 statements", 6],
      ["9 decisions (3 listed)", 3],
      ["2 reports", 2],
    ]);
  });

  it("keeps a count whose documents are not listed at all", () => {
    expect(outcomeGroups([], [{ documentType: "agreement", count: 4 }], "en")).toEqual([
      { type: "agreement", heading: "4 agreements (none listed)", documents: [] },
    ]);
  });
});
