// A handover at the meeting whose term is told as a part of a later year ("passes to Argentina, which will exercise it
// for the first half of 2025", "until the end of 2025"): the span or the end of a term taken now, which starts at the
// meeting, not in that year; while a term told as the later year itself ("will chair the bloc in 2025", "for 2025")
// still starts in it. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { mercosurTermsWith as terms } from "./chairmanship-test-reading";
import { ids } from "./fixtures/world-knowledge";

const AR = ids.country("AR");

describe("a part of a later year", () => {
  it.each([
    "The presidency passes to Argentina, which will exercise it for the first half of 2025.",
    "With the delivery of the gavel to President Milei, the pro tempore presidency passes to Argentina for the first half of 2025.",
    "The chairmanship passes to Argentina, which will hold it for the better part of 2025.",
  ])("starts the term at the meeting: %s", (sentence) => {
    expect(terms(sentence)).toEqual([[AR, "2024-12-06", null]]);
  });
});

describe("guards", () => {
  it.each([
    // The later year itself.
    "Argentina will chair the bloc in 2025.",
    "Argentina will hold the presidency for 2025.",
  ])("starts the term in the later year: %s", (sentence) => {
    expect(terms(sentence)).toEqual([[AR, "2025", null]]);
  });

  it("reads a handover now with an end as before", () => {
    expect(terms("The presidency passes to Argentina, which will hold it until the end of 2025.")).toEqual([
      [AR, "2024-12-06", null],
    ]);
  });
});
