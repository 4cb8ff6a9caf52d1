import { describe, expect, it } from "vitest";
import { readDocuments, splitPlainList, subjectOverlap } from "./documents";
import { segment } from "./segment";

const read = (text: string) => readDocuments({ text, paragraphs: segment(text) });

describe("documents", () => {
  it("reads one statement per 'on …' item after a dash", () => {
    const { documents } = read(
      "The documents adopted at the end of the summit - the Riga Declaration and statements on A, on B, including on C, as well as on D.",
    );
    expect(documents.map((d) => [d.type, d.title, d.action])).toEqual([
      ["declaration", "Riga Declaration", "adopted"],
      ["statement", "Statement on A", "adopted"],
      ["statement", "Statement on B, including on C", "adopted"],
      ["statement", "Statement on D", "adopted"],
    ]);
  });

  it("reads 'X, Y and Z were approved', validity and an implemented document", () => {
    const { documents, relations } = read(
      "The Programme for 2024-2026 on the implementation of the Economic Strategy until 2030, the Concept of youth policy and a Roadmap on trade were approved.",
    );
    expect(documents.map((d) => [d.type, d.title, d.action, d.atMeeting, d.validFrom, d.validTo])).toEqual([
      [
        "programme",
        "Programme for 2024-2026 on the implementation of the Economic Strategy until 2030",
        "approved",
        true,
        "2024",
        "2026",
      ],
      ["strategy", "Economic Strategy until 2030", "adopted", false, null, "2030"],
      ["concept", "Concept of youth policy", "approved", true, null, null],
      ["roadmap", "Roadmap on trade", "approved", true, null, null],
    ]);
    expect(relations.map((r) => [r.fromKey, r.type, r.toKey])).toEqual([
      ["document-1", "implements", "document-2"],
    ]);
  });

  it("reads one report per author", () => {
    const { documents } = read(
      "The reports of the Secretary General and the Director of the Bureau on the results of 2022 were approved.",
    );
    expect(documents.map((d) => d.title)).toEqual([
      "Report of the Secretary General on the results of 2022",
      "Report of the Director of the Bureau on the results of 2022",
    ]);
  });

  it("keeps a count, names the listed items, links an approval and reuses documents already read", () => {
    const text =
      "The leaders adopted statements on food security and on energy. The Action Plan for 2025-2027 was approved. " +
      "12 decisions of the council were also prepared, including the approval of the action plan for 2025-2027, and the budget. " +
      "In addition, 2 statements of the leaders were formulated, including those dedicated to energy.";
    const { documents, tallies, relations } = read(text);
    expect(tallies.map((t) => [t.documentType, t.count, t.describedAs])).toEqual([
      ["decision", 12, "of the council"],
      ["statement", 2, "of the leaders"],
    ]);
    expect(documents.filter((d) => d.type === "decision").map((d) => [d.title, d.action])).toEqual([
      ["Decision approving the Action Plan for 2025-2027", "prepared"],
      ["Decision on the budget", "prepared"],
    ]);
    expect(documents.filter((d) => d.type === "statement").map((d) => d.title)).toEqual([
      "Statement of the leaders on food security",
      "Statement of the leaders on energy",
    ]);
    expect(relations.map((r) => r.type)).toEqual(["approves"]);
  });

  it("splits plain lists by the Oxford-comma rule", () => {
    const text = "A, B and C";
    expect(splitPlainList(text, 0, text.length).map((p) => text.slice(p.start, p.end))).toEqual([
      "A",
      "B",
      "C",
    ]);
    const oxford = "the fight against X, and cooperation between Y and Z";
    expect(splitPlainList(oxford, 0, oxford.length).map((p) => oxford.slice(p.start, p.end))).toEqual([
      "the fight against X",
      "cooperation between Y and Z",
    ]);
    expect(
      subjectOverlap(
        "joint counteraction to the coronavirus",
        "on joint counteraction to the new coronavirus infection",
      ),
    ).toBe(1);
  });
});
