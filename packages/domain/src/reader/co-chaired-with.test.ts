// Two chairs joined by "co-chaired … with": "at a summit that X co-chaired with Y" (the Union for the Mediterranean
// article of participants9, where neither was read), "X co-chaired the summit with Y", "X jointly chaired the meeting
// with Y on Sunday" (Y was read as company kept at the talks). Every person here is invented.
import { describe, expect, it } from "vitest";
import { participants9Knowledge as knowledge } from "./fixtures/participants9-knowledge";
import { readPressRelease } from "./read-press-release";

const chairs = (sentence: string) =>
  readPressRelease(`Mediterranean union is born\n\nMonday 14 July 2008\n\nPARIS — ${sentence}`, knowledge)
    .participants.filter((participant) => participant.role.value === "chair")
    .map((participant) => participant.nameAsStated);

describe("co-chaired … with", () => {
  it.each([
    "Leaders of forty countries launched the Union for the Mediterranean yesterday, at a summit that French President Paul Garnier co-chaired with Egypt's President Adel Hamdi.",
    "French President Paul Garnier co-chaired the summit of the Union for the Mediterranean with Egypt's President Adel Hamdi.",
    "French President Paul Garnier jointly chaired the summit with Egypt's President Adel Hamdi on Sunday.",
  ])("%s", (sentence) => {
    expect(chairs(sentence)).toEqual(["Paul Garnier", "Adel Hamdi"]);
  });

  it.each([
    // the talks one chaired with another: the other is no chair
    "French President Paul Garnier chaired the talks of the Union for the Mediterranean with Egypt's President Adel Hamdi.",
    // another meeting's co-chairs
    "At the previous summit in 2005, French President Paul Garnier co-chaired the talks with Egypt's President Adel Hamdi.",
  ])("guard: %s", (sentence) => {
    expect(chairs(sentence)).not.toContain("Adel Hamdi");
  });
});
