// A meeting that ended with a named document adopted it, and so did leaders who agreed one: "The Emir closed the
// session with the Amman Declaration", "the parties agreed a joint statement",
// "Leaders wrapped up the summit on Sunday with the Banjul Declaration". Every sentence here is written for these tests.
import { describe, expect, it } from "vitest";
import { documentsFound } from "./documents-test-reading";

describe("a named document the meeting ended with", () => {
  it.each([
    ["The Emir closed the session with the Amman Declaration.", "Amman Declaration"],
    ["Leaders wrapped up the summit on Sunday with the Banjul Declaration.", "Banjul Declaration"],
    [
      "The two-day meeting concluded with a Joint Communique on Regional Trade.",
      "Joint Communique on Regional Trade",
    ],
    ["The heads of state ended their talks in Minsk with the Minsk Statement.", "Minsk Statement"],
  ])("%s", (text, title) => {
    expect(documentsFound(text)).toEqual([[expect.any(String), title, "adopted"]]);
  });
});

describe("guards", () => {
  it.each([
    "The summit ended with a call for peace.",
    "The summit ended with the President's speech.",
    "The summit will end with the Amman Declaration.",
    "The session closed with a minute of silence for the victims.",
  ])("no document: %s", (text) => {
    expect(documentsFound(text)).toEqual([]);
  });
});

describe("a document the leaders agreed", () => {
  it.each([
    ["At the end of the summit the parties agreed a joint statement.", "Joint statement"],
    ["The leaders agreed on the Astana Declaration.", "Astana Declaration"],
    ["The heads of government agreed a final communique on trade.", "Final communique on trade"],
  ])("%s", (text, title) => {
    expect(documentsFound(text)).toEqual([[expect.any(String), title, "adopted"]]);
  });

  it.each([
    "The leaders agreed the statement should be short.",
    "The leaders agreed that the declaration would be signed later.",
    "The leaders agreed a plan to cut emissions by half.",
  ])("no document: %s", (text) => {
    expect(documentsFound(text)).toEqual([]);
  });
});

describe("a resolution passed", () => {
  it("is adopted", () => {
    expect(documentsFound("The Council unanimously passed a resolution on Gaza.")).toEqual([
      ["other", "Resolution on Gaza", "adopted"],
    ]);
  });

  it("not the office passed on", () => {
    expect(documentsFound("Kazakhstan passed the chairmanship to Kyrgyzstan.")).toEqual([]);
  });
});
