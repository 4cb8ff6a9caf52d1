// A meeting reported by its opening: "The Fifteenth SAARC Summit was inaugurated this morning" (handovers3 round, a
// foreign ministry's release on the opening day): dated by the day of the release as "was held today" is. Guards: a
// building, a road or an office inaugurated is no meeting held. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { readMeetingDates } from "./meeting";
import { segment } from "./segment";

const sentencesOf = (text: string) => segment(text).flatMap((paragraph) => paragraph.sentences);
const dates = (text: string, publishedAt: string) => {
  const found = readMeetingDates(text, sentencesOf(text), publishedAt);
  return found ? [found.start.value, found.end.value] : null;
};

describe("a meeting inaugurated", () => {
  it.each([
    "The Fifteenth Summit of the Association was inaugurated this morning in Colombo.",
    "The summit was inaugurated today at the conference hall by the host president.",
    "The sessions of the Council were inaugurated this afternoon in the capital.",
  ])("is dated by the day of the release: %s", (text) => {
    expect(dates(text, "2008-08-02")).toEqual(["2008-08-02", "2008-08-02"]);
  });

  it("is dated by the day the sentence gives", () => {
    expect(dates("The Summit was inaugurated on 1 August 2008 in Colombo.", "2008-08-02")).toEqual([
      "2008-08-01",
      "2008-08-01",
    ]);
  });

  it.each([
    "The President inaugurated a new conference hall this morning.",
    "The ministers inaugurated the new road today.",
    "The leaders inaugurated the Secretariat building today.",
  ])("not a building, a road or an office inaugurated: %s", (text) => {
    expect(dates(text, "2008-08-02")).toBeNull();
  });
});
