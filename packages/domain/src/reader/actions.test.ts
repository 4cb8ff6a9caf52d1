import { describe, expect, it } from "vitest";
import { readDocumentActions } from "./actions";
import { readDocuments } from "./documents";
import { scoKnowledge as knowledge } from "./fixtures/sco-knowledge";
import { segment } from "./segment";

describe("document actions", () => {
  const text =
    "The documents adopted at the summit - the Kyiv Declaration and statements on A and on B.\n\n" +
    "3 decisions were also prepared, including on C.\n\n" +
    "The chair offered to approve all these documents, adding that the SCO Secretariat will organize their signing in a working order. " +
    "The Kyiv Declaration and statements of the leaders are planned to be circulated to the UN. There were no objections.";
  const paragraphs = segment(text);
  const read = readDocuments({ text, paragraphs });
  const actions = readDocumentActions({ text, paragraphs, knowledge, date: "2024-05-01", read });
  const titleOf = (key: string) => read.documents.find((d) => d.key === key)!.title;
  const of = (type: string) =>
    actions
      .filter((a) => a.type === type)
      .map((a) => [titleOf(a.documentKey), a.planned, a.date, a.actor, a.reference]);

  it("records the meeting's own act on each document, upgrading prepared ones that were approved", () => {
    expect(read.documents.find((d) => d.type === "decision")!.action).toBe("approved");
    expect(of("adopted").map(([title, planned, date]) => [title, planned, date])).toEqual([
      ["Kyiv Declaration", false, "2024-05-01"],
      ["Statement on A", false, "2024-05-01"],
      ["Statement on B", false, "2024-05-01"],
    ]);
    expect(of("approved")).toEqual([["Decision on C", false, "2024-05-01", null, null]]);
  });

  it("plans signing of the counted documents by the named actor, and circulation to the UN", () => {
    expect(of("signed")).toEqual([["Decision on C", true, null, "SCO Secretariat", "in a working order"]]);
    expect(of("circulated_to_un").map(([title]) => title)).toEqual([
      "Kyiv Declaration",
      "Statement on A",
      "Statement on B",
    ]);
  });
});
