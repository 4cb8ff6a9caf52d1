// The day of publication when the header or the dateline gives the meeting's days: a release is issued when the
// meeting closes, so a span of days dates it by its last one.
import { describe, expect, it } from "vitest";
import { findPublicationDate } from "./dates";
import { segment } from "./segment";

const published = (text: string) => findPublicationDate(text, segment(text))?.value;

describe("the day of publication of a meeting over several days", () => {
  it.each([
    [
      "Chairman's Statement of the Summit\n\nLabuan Bajo, Indonesia, 10–11 May 2023\n\n1. The Summit was held.",
      "2023-05-11",
    ],
    ["Joint communique\n\nMoscow, 30 June – 1 July 2021\n\nThe leaders met.", "2021-07-01"],
    ["TASHKENT, 14–15 September 2022 — The leaders met in Tashkent.", "2022-09-15"],
  ])("a span: its last day (%#)", (text, day) => {
    expect(published(text)).toBe(day);
  });

  it("one day stays that day", () => {
    expect(published("Joint communique\n\nMoscow, 1 July 2021\n\nThe leaders met.")).toBe("2021-07-01");
  });
});
