// A meeting first reported as held "today", "this evening" or "tonight", and the days the text names after that
// report (outcomes2 round): another meeting's day it recalls, a meeting to come or a term's start is not this meeting's;
// a day within the week before the release still is (the first day of a meeting of two). Every sentence is written for
// these tests.
import { describe, expect, it } from "vitest";
import { readMeetingDates } from "./meeting";
import { segment } from "./segment";

const sentencesOf = (text: string) => segment(text).flatMap((paragraph) => paragraph.sentences);
const dates = (text: string, publishedAt: string) => {
  const found = readMeetingDates(text, sentencesOf(text), publishedAt);
  return found ? [found.start.value, found.end.value] : null;
};

describe("a day after the report of a meeting held today", () => {
  it.each([
    "The Council held its annual session today in Rabat. Speakers recalled the extraordinary summit convened in Riyadh on 11 November 2023.",
    "The summit concluded this evening in Cairo. The ministers had met in Algiers on 7 May to prepare it, the Secretary-General said at the meetings.",
    "The leaders met tonight in Doha. They agreed that the next session would open on 3 June, and the summit adopted a declaration.",
    "The heads of state met today. The Council appointed a new Secretary-General of the Organisation, to take office at the meeting on 1 January 2025.",
  ])("is not the meeting's when it is another meeting's or to come: %s", (text) => {
    expect(dates(text, "2024-05-16")).toEqual(["2024-05-16", "2024-05-16"]);
  });

  it.each([
    "The summit ended in Tashkent today. The two-day meeting, which opened on 15 May, was chaired by the host.",
    "The Council concluded its session this afternoon. The session had begun on 15 May with a closed sitting; the meeting was held at the palace on 15 May.",
  ])("is the meeting's within the week before the release: %s", (text) => {
    expect(dates(text, "2024-05-16")?.[0]).toEqual("2024-05-15");
  });
});
