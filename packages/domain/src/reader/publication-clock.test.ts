// A news site prints the time of an item beside its date on a 12-hour clock as often as on a 24-hour one: "Monday,
// 26 May 2025, 10:42 pm", "June 3, 2024 9:05 a.m.", "12:15 AM".
import { describe, expect, it } from "vitest";
import { findPublicationDate } from "./dates";
import { segment } from "./segment";

const published = (header: string) => {
  const text = `${header}\n\nThe meeting of the council was held in the capital on the same day with all leaders.`;
  return findPublicationDate(text, segment(text))?.value;
};

describe("a publication time on a 12-hour clock", () => {
  it.each([
    ["Monday, 26 May 2025, 10:42 pm", "2025-05-26T22:42"],
    ["June 3, 2024 9:05 a.m.", "2024-06-03T09:05"],
    ["14 September 2023, 12:15 AM", "2023-09-14T00:15"],
    ["14 September 2023, 12:15 PM", "2023-09-14T12:15"],
  ])("%s", (header, value) => {
    expect(published(header)).toBe(value);
  });

  it("still reads a 24-hour clock as it stands", () => {
    expect(published("December 11, 2020 16:05")).toBe("2020-12-11T16:05");
  });
});
