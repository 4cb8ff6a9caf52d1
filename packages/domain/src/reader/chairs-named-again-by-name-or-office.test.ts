// The chair named again after the list of participants, by family name or in an apposition of the office: "Lacalle Pou
// is chairing the summit", "Lacalle Pou chairs today's meeting", "Lacalle Pou, acting as chair, …", "The summit chair,
// Lacalle Pou, …", "The chair of the summit, Luis Lacalle Pou, …", "Lacalle Pou, chair of the summit, …", "The
// chairman of the meeting, Uruguay's President, …". Until 7 December 2026 none of these named a chair (the present
// tense and the office before the name were read only with a full title). Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { mercosurChairsWith } from "./chairmanship-test-reading";

const chairs = mercosurChairsWith;

describe("the chair named again", () => {
  it.each([
    "Lacalle Pou is chairing the summit.",
    "Lacalle Pou is chairing the summit, which ends on Saturday.",
    "Lacalle Pou, who is chairing the summit, spoke first.",
    "Lacalle Pou chairs today's meeting.",
    "Lacalle Pou, acting as chair, spoke first.",
    "President Luis Lacalle Pou, acting as chair, spoke first.",
    "Lacalle Pou, chair of the summit, spoke first.",
    "Lacalle Pou, summit chair, spoke first.",
    "Luis Lacalle Pou, the summit chair, spoke first.",
    "The summit chair, Lacalle Pou, spoke first.",
    "The summit's chair, Lacalle Pou, spoke first.",
    "The chair of the summit, Lacalle Pou, spoke first.",
    "The chair of the summit, Luis Lacalle Pou, spoke first.",
    "The chairman of the meeting, Uruguay's President, spoke first.",
  ])("%s", (sentence) => {
    expect(chairs(sentence)).toEqual(["Luis Lacalle Pou"]);
  });

  it.each([
    "Lacalle Pou chairs the next summit.",
    "Lacalle Pou chairs the Council of Ministers.",
    "Lacalle Pou spoke first.",
  ])("not: %s", (sentence) => {
    expect(chairs(sentence)).toEqual([]);
  });
});
