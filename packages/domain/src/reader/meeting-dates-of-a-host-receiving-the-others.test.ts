// A release dated only by its dateline whose report of the meeting is the host receiving the others ("President X
// received his counterparts at the Government Palace for the 22nd meeting of the Andean Presidential Council",
// "welcomed the heads of state to the meeting") dates the meeting by the release's day, as "took part" and "was held"
// do; a meeting still to come, or a host receiving someone with no meeting named, dates nothing. Every sentence is
// written for these tests.
import { describe, expect, it } from "vitest";
import { handovers6Knowledge } from "./fixtures/handovers6-knowledge";
import { readPressRelease } from "./read-press-release";

const startOf = (sentence: string) =>
  readPressRelease(
    `Peru assumes the pro tempore presidency of the Andean Community\n\nLima, 29 August 2022\n\n${sentence} President Gustavo Petro of Colombia and President Luis Arce of Bolivia also took part.\n`,
    handovers6Knowledge,
  ).startDate?.value ?? null;

describe("a host receiving the others", () => {
  it.each([
    "President Pedro Castillo of Peru received his counterparts at the Government Palace for the 22nd meeting of the Andean Presidential Council.",
    "President Pedro Castillo of Peru welcomed the heads of state to the meeting of the Andean Presidential Council at the Government Palace.",
    "At the Government Palace, President Pedro Castillo of Peru greeted the presidents arriving for the Andean Presidential Council.",
  ])("dates the meeting by the release's day: %s", (sentence) => {
    expect(startOf(sentence)).toBe("2022-08-29");
  });
});

describe("guards", () => {
  it.each([
    // A meeting to come.
    "President Pedro Castillo of Peru will receive his counterparts for the next meeting of the Andean Presidential Council.",
    // No meeting named.
    "President Pedro Castillo of Peru received his counterparts at the Government Palace.",
  ])("dates nothing: %s", (sentence) => {
    expect(startOf(sentence)).toBeNull();
  });
});
