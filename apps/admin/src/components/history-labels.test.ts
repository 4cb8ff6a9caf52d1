import { describe, expect, it } from "vitest";
import { changePathLabel, referenceKind } from "./history-labels";

describe("history labels", () => {
  it("names changed fields in words, rows without their ids", () => {
    expect(changePathLabel(["participations", "cmx67abcdefgh", "role"])).toBe("Participants › a row › Role");
    expect(changePathLabel(["participations", "#order"])).toBe("Participants › Order");
    expect(changePathLabel(["titleI18n", "ru"])).toBe("Title › Russian");
    expect(changePathLabel(["topicIds", 0])).toBe("Topics › 1");
  });

  it("knows which changed values are ids of records to name", () => {
    expect(referenceKind(["participations", "cmx67abcdefgh", "personId"], "meeting")).toBe("person");
    expect(referenceKind(["topicIds", 2], "meeting")).toBe("topic");
    expect(referenceKind(["parentId"], "topic")).toBe("topic");
    expect(referenceKind(["parentId"], "organization")).toBe("organization");
    expect(referenceKind(["titleI18n", "en"], "meeting")).toBeNull();
  });
});
