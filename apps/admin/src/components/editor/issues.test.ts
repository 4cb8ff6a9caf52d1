import { describe, expect, it } from "vitest";
import { pathLabel } from "./issues";

describe("pathLabel", () => {
  it("names a problem's place in words, counting rows from 1", () => {
    expect(pathLabel(["sources"])).toBe("Sources");
    expect(pathLabel(["participations", 0, "personId"])).toBe("Participants › 1 › Person");
    expect(pathLabel(["documents", 2, "titleI18n", "en"])).toBe("Documents › 3 › Title › English");
  });

  it("names the whole record for a problem without a field", () => {
    expect(pathLabel([])).toBe("Meeting");
    expect(pathLabel([], "Person")).toBe("Person");
  });
});
