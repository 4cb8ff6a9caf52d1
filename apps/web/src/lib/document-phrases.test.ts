import { describe, expect, it } from "vitest";
import { describeDocumentAction, relationPhrase } from "./document-phrases";

const action = { date: null, actor: null, reference: null } as const;

describe("describeDocumentAction", () => {
  it("dates what happened at the meeting", () => {
    expect(describeDocumentAction({ ...action, type: "adopted", planned: false, date: "2020-11-10" })).toBe(
      "Adopted on 10 November 2020",
    );
    expect(describeDocumentAction({ ...action, type: "approved", planned: false })).toBe("Approved");
  });

  it("says what is planned and who is to do it", () => {
    expect(describeDocumentAction({ ...action, type: "circulated_to_un", planned: true })).toBe(
      "To be circulated to the UN",
    );
    expect(
      describeDocumentAction({
        ...action,
        type: "signed",
        planned: true,
        actor: "SCO Secretariat",
        reference: "in a working order",
      }),
    ).toBe("Signing to be organized by SCO Secretariat in a working order");
  });
});

describe("relationPhrase", () => {
  it("reads a relation from either end", () => {
    expect(relationPhrase("approves", "outgoing")).toBe("approves");
    expect(relationPhrase("implements", "outgoing")).toBe("implements");
    expect(relationPhrase("approves", "incoming")).toBe("approved by");
    expect(relationPhrase("implements", "incoming")).toBe("implemented by");
  });
});
