// Guards for the outcomes2 round's date and format rules: a side meeting reported "today" before the summit's own day,
// a participant to take part by video, and a sentence opening "On <day>" about an event before the summit, read beside
// the cases the rules were written for. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { readAttendanceMode, readMeetingDates } from "./meeting";
import { segment } from "./segment";

const sentencesOf = (text: string) => segment(text).flatMap((paragraph) => paragraph.sentences);
const dates = (text: string, publishedAt: string) => {
  const read = readMeetingDates(text, sentencesOf(text), publishedAt);
  return read ? [read.start.value, read.end.value] : null;
};

describe("a side meeting reported 'today' before the summit's own earlier day", () => {
  it.each([
    "The business council met today in Astana on the margins of the summit. The heads of state held their summit in Astana on 14 May.",
    "Youth delegates gathered this morning for a forum alongside the summit. The leaders met in Astana on 13 May and adopted a declaration.",
  ])("dates the summit by its own day: %s", (text) => {
    expect(dates(text, "2024-05-16")?.[0]).toEqual(text.includes("14 May") ? "2024-05-14" : "2024-05-13");
  });

  it("still leaves out another meeting's day recalled after a meeting held today", () => {
    expect(
      dates(
        "The Council held its annual session today in Rabat. Speakers recalled the extraordinary summit convened in Riyadh on 11 November 2023.",
        "2024-05-16",
      ),
    ).toEqual(["2024-05-16", "2024-05-16"]);
  });
});

const mode = (text: string) => readAttendanceMode(text, 0, text.length).value;

describe("a participant to take part remotely", () => {
  it.each([
    "The summit opens in Kazan tomorrow. The President of Brazil will take part via videoconference.",
    "Leaders are gathering in Astana for the summit. The Prime Minister of India will join the meeting virtually.",
  ])("makes the meeting hybrid: %s", (text) => {
    expect(mode(text)).toBe("hybrid");
  });

  it("still leaves a meeting to come online out of this one", () => {
    expect(
      mode(
        "The summit opened in Astana. The next meeting of the Council will be held via videoconference in spring.",
      ),
    ).toBe("in_person");
  });
});

describe("a sentence opening 'On <day>' about an event before the summit", () => {
  it.each([
    "On 4 December the leaders held talks on the eve of the summit. The summit was held in Minsk on 5 December.",
    "On 3 December the foreign ministers held talks in Ashgabat ahead of the summit. The heads of state met on 5 December.",
  ])("does not date the summit by it: %s", (text) => {
    expect(dates(text, "2024-12-06")?.[0]).toEqual("2024-12-05");
  });

  it("still dates a meeting held on its day, whatever the sentence says it came before", () => {
    expect(
      dates(
        "The summit was held in Minsk on 5 December, ahead of the UN climate meeting. On 3 December the ministers held talks.",
        "2024-12-06",
      )?.[0],
    ).toEqual("2024-12-05");
  });

  it("still dates the meeting by 'On 5 December, X attended the meeting'", () => {
    expect(
      dates("On 5 December, the Premier attended the meeting of the Council in Bishkek.", "2024-12-06")?.[0],
    ).toEqual("2024-12-05");
  });
});
