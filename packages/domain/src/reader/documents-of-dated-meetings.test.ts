// A document of a meeting the sentence dates to another day, before its verb: "the Minsk summit of 12 May 2022, at which
// the Agreement on X was signed" is no document of a meeting on 28 December 2022. A meeting dated to this meeting's day
// (or the days a meeting over several days may take) is this one. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { readDocumentsOf } from "./documents-test-reading";

const atMeeting = (text: string, date: string) =>
  readDocumentsOf(text, undefined, undefined, date)
    .documents.filter((d) => d.atMeeting)
    .map((d) => [d.type, d.title, d.action]);

describe("a document of a meeting dated to another day", () => {
  it.each([
    "The year was crowned by the Minsk summit of 12 May 2022, at which the Agreement on the Council of Elders was signed.",
    "The leaders recalled the session held on 20 October 2022, where the Programme of Cultural Cooperation was approved.",
    "At the meeting of March 3, 2022 the heads of state adopted the Statement on Food Security.",
  ])("is not this meeting's: %s", (text) => {
    expect(atMeeting(text, "2022-12-28")).toEqual([]);
  });

  it.each([
    [
      "At the summit of 28 December 2022 the heads of state adopted the Statement on Food Security.",
      "2022-12-28",
    ],
    [
      "At the session of 15 September 2022 the heads of state adopted the Statement on Food Security.",
      "2022-09-16",
    ],
  ])("is this meeting's on its own day or the day before: %s", (text, date) => {
    expect(atMeeting(text, date)).toEqual([["statement", "Statement on Food Security", "adopted"]]);
  });
});
