import { describe, expect, it } from "vitest";
import { unstorableTextIssues } from "./storable-text";

describe("text PostgreSQL cannot store", () => {
  it("names the field holding a NUL or half a surrogate pair, keys included", () => {
    const issues = unstorableTextIssues({
      titleI18n: { en: "fine 👩‍👩‍👧", ru: "a\u0000b" },
      sources: [{ url: "https://example.org" }, { note: "broken \uD800 character" }],
      "key\uDC00": 1,
    });
    expect(issues.map((issue) => issue.path.join("."))).toEqual(
      expect.arrayContaining(["titleI18n.ru", "sources.1.note", "key\uDC00"]),
    );
    expect(issues).toHaveLength(3);
  });

  it("accepts well-formed text of every script, emoji included", () => {
    expect(unstorableTextIssues({ en: "Ташкент 上海 🏳️‍🌈 e\u0301", list: ["\u202E", "\uFEFF"] })).toEqual([]);
  });

  it("walks deep nesting and shared references in linear time", () => {
    let deep: unknown = "\u0000";
    for (let i = 0; i < 50_000; i++) deep = [deep];
    expect(unstorableTextIssues(deep)).toHaveLength(1);
    // 2^2000 paths as a tree, 2,000 objects as a graph (superjson keeps shared references).
    let shared: unknown = "ok";
    for (let i = 0; i < 2_000; i++) shared = { a: shared, b: shared };
    // Walked as a tree this would never end (the test would time out).
    expect(unstorableTextIssues(shared)).toEqual([]);
  });
});
