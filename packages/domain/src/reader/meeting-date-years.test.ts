// The year of a meeting the text dates without one, and the day of a document named beside it: a founding treaty's
// day with a place between the verb and the day, target years ("up to 2025", "for 2015", "until 2030"), a holder's
// term "since" a day, the next meeting's day a year on, and a date line without a year as the day of publication.
// Every sentence is written for these tests; the people and cities include ones the knowledge does not hold.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { readMeetingDates } from "./meeting";
import { readPressRelease } from "./read-press-release";
import { segment } from "./segment";

const sentencesOf = (text: string) => segment(text).flatMap((paragraph) => paragraph.sentences);
const dates = (text: string, publishedAt: string | null = null) => {
  const found = readMeetingDates(text, sentencesOf(text), publishedAt);
  return found ? [found.start.value, found.end.value] : null;
};

describe("a document's day with a place between the verb and the day", () => {
  it.each([
    "The Council met in Moscow on 8 May 2024, ten years after the Treaty on the Union was signed in Astana on 29 May 2014.",
    "The Council met in Minsk on 8 May 2024, as the Charter adopted in Minsk on 22 January 1993 provides.",
    "The Council met in Bishkek on 8 May 2024 to mark the Agreement concluded at Almaty on 21 December 1991.",
  ])("is not the meeting's: %s", (text) => {
    expect(dates(text)).toEqual(["2024-05-08", "2024-05-08"]);
  });
});

describe("the year of a date line without one, with no date of publication", () => {
  it.each([
    [
      "TURKESTAN, Oct 3 — The leaders met today. They adopted the Programme up to 2030 and the budget for 2026. Kazakhstan has held the chairmanship since 1 January 2025.",
      "2025-10-03",
    ],
    [
      "ASHGABAT, Nov 14 — The Council met today and approved the Concept until 2035. Turkmenistan has chaired it since 1 January 2019.",
      "2019-11-14",
    ],
    [
      "BAKU, June 5 — The Council met today. Its strategy runs through 2040, and the plan for the year 2016 was approved; the summit of 2015 was recalled.",
      "2015-06-05",
    ],
  ])("is the year the text gives for itself, not a target year: %s", (text, day) => {
    expect(dates(text)).toEqual([day, day]);
  });

  it.each([
    [
      "ASTANA, Dec 15 — The Council met on 14–15 December. It hands the chairmanship to China until the next meeting, in Zhengzhou on 14–15 December 2015.",
      ["2014-12-14", "2014-12-15"],
    ],
    [
      "OSH, Nov 2 — The Council met on 2 November. The next meeting will be held in Khujand on 28 October 2019.",
      ["2018-11-02", "2018-11-02"],
    ],
    [
      "KHIVA, Sept 9 — The Council met on 9 September. Its next session will take place in Turkistan on 9 September 2022.",
      ["2021-09-09", "2021-09-09"],
    ],
  ])("is the year before the next meeting's when its day of the year is not later: %s", (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it("is not set by a next meeting later in the year (it may be the same year)", () => {
    expect(
      dates(
        "MOSCOW, May 8 — The Council met today. It will meet again in Saint Petersburg on 26 December 2024. The Union has been chaired by Armenia since 1 January 2024.",
      ),
    ).toEqual(["2024-05-08", "2024-05-08"]);
  });
});

describe("a date line without a year as the day of publication", () => {
  const published = (text: string) => readPressRelease(text, eurasiaKnowledge).publicationDate;
  it.each([
    [
      "Leaders meet\n\nASTANA, Dec 15 — The Council of Heads of Government completed its meeting today. It met on 14–15 December 2014.",
      "2014-12-15",
    ],
    [
      "Summit ends\n\nMOSCOW, May 8 — The Supreme Eurasian Economic Council met at the Kremlin today, on 8 May 2024.",
      "2024-05-08",
    ],
    [
      "Heads of state meet\n\nNUR-SULTAN, Jan 2 — The Council of Heads of State met on 30 and 31 December 2019 in the capital of Kazakhstan.",
      "2020-01-02",
    ],
  ])("takes the year that puts it on or after the meeting's first day: %s", (text, day) => {
    expect(published(text)?.value).toBe(day);
    expect(published(text)?.confidence).toBeLessThan(0.9);
  });

  it("leaves a date line with a year as it was", () => {
    expect(published("Leaders meet\n\nASTANA, 15 December 2014 — The Council met today.")?.value).toBe(
      "2014-12-15",
    );
  });
});

describe("a sentence that opens with the meeting's day and a verb of attending", () => {
  it.each([
    "On 14 October 2009, Vice Premier Li attended the Council's meeting in the capital. He had met the host's President on 12 October 2009.",
    "On October 14, 2009 the Prime Minister took part in the session of the Council. The two leaders had held talks on October 12, 2009.",
    "On 14 October 2009 the ministers joined the summit, chaired by the host. Bilateral talks took place on 12 October 2009.",
  ])("dates the meeting, not the talks of another day after it: %s", (text) => {
    expect(dates(text)).toEqual(["2009-10-14", "2009-10-14"]);
  });
});
