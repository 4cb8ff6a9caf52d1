import { describe, expect, it } from "vitest";
import { recordDetail } from "./record-detail";

describe("recordDetail", () => {
  it("shows the domain's words for the codes the lists carry", () => {
    expect(recordDetail("organization", "igo_organ")).toBe("Organ of an intergovernmental organization");
    expect(recordDetail("organization", "igo_permanent_body")).toBe("Permanent body");
    expect(recordDetail("post", "head_of_igo")).toBe("Head of an international organization");
    expect(recordDetail("document", "action_plan")).toBe("Action plan");
  });

  it("keeps details that are already words, and nothing for none", () => {
    expect(recordDetail("country", "IN")).toBe("IN");
    expect(recordDetail("meeting", "8 participants")).toBe("8 participants");
    expect(recordDetail("topic", null)).toBeNull();
  });
});
