import { describe, expect, it } from "vitest";
import type { FieldProblem } from "./issues";
import { MEETING_SECTIONS, problemsPerSection } from "./editor-sections";

const problem = (...path: (string | number)[]): FieldProblem => ({ path, message: "x", severity: "error" });

describe("problemsPerSection", () => {
  it("counts each problem against the section that edits its field", () => {
    const counts = problemsPerSection(MEETING_SECTIONS, [
      problem("participations", 0, "personId"),
      problem("participations", 3, "role"),
      problem("sources", 0, "url"),
      problem("titleI18n", "en"),
      problem(),
    ]);
    expect(counts.get("participants")).toBe(2);
    expect(counts.get("sources")).toBe(1);
    expect(counts.get("general")).toBe(2);
    expect(counts.get("documents")).toBe(0);
  });
});
