// "In a virtual format" (the second styles round, a foreign ministry's statement): the meeting's format when the
// meeting is said to be held or hosted so, one leader's when he "joined the meeting in a virtual format". Every
// sentence here is made up for the rule it tests; the people are invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { readAttendanceMode } from "./meeting";
import { readPressRelease } from "./read-press-release";

const mode = (text: string) => readAttendanceMode(text, 0, text.length).value;

describe("a virtual format", () => {
  it.each([
    "The meeting was held in a virtual format.",
    "The 21st Meeting of the Council, hosted by China in virtual format, adopted a communique.",
    "The minister participated in the meeting, held in virtual format by the chair.",
  ])("is the meeting's in '%s'", (text) => {
    expect(mode(text)).toBe("online");
  });

  it("is one leader's when he 'joined the meeting in a virtual format'", () => {
    expect(mode("Prime Minister of Pakistan Omar Khalid joined the meeting in a virtual format.")).toBe(
      "hybrid",
    );
  });

  it("makes only that leader a videoconference participant", () => {
    const { participants } = readPressRelease(
      "SCO heads of government meet\n\n26 October 2023\n\nPrime Minister of Kyrgyzstan Akylbek Japarov chaired the meeting of the Council of Heads of Government in Bishkek. Russian Prime Minister Mikhail Mishustin took part. Prime Minister of Pakistan Omar Khalid joined the meeting in a virtual format.",
      eurasiaKnowledge,
    );
    expect(participants.map((p) => [p.nameAsStated, p.mode.value])).toEqual([
      ["Akylbek Japarov", "in_person"],
      ["Mikhail Mishustin", "in_person"],
      ["Omar Khalid", "videoconference"],
    ]);
  });
});
