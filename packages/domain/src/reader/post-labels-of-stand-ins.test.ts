// The label of a stand-in's post with no country (the styles3 round): "The Kingdom was represented by its Foreign
// Minister, Prince X" proposes "Foreign Minister", without the possessive before it or the style set off after it.
// Every sentence here is made up for the rule it tests; the people are invented.
import { describe, expect, it } from "vitest";
import { namesAndPostsAfterAChair } from "./participants-test-reading";

const labels = namesAndPostsAfterAChair;

describe("a stand-in's post with no country", () => {
  it.each([
    [
      "The Kingdom was represented by its Foreign Minister, Prince Omar bin Khalid Al Hamid.",
      "Omar bin Khalid Al Hamid",
    ],
    [
      "The Sultanate was represented by its Foreign Minister, Sayyid Omar bin Khalid Al Hamid.",
      "Omar bin Khalid Al Hamid",
    ],
    ["The Kingdom was represented by its Foreign Minister, Dr. Omar Haddad.", "Omar Haddad"],
  ])("%s", (sentence, name) => {
    expect(labels(sentence)).toEqual([[name, "Foreign Minister"]]);
  });

  it("guard: a post with its country keeps that country's label", () => {
    expect(labels("Kazakhstan was represented by its Foreign Minister, Dr. Omar Haddad.")).toEqual([
      ["Omar Haddad", "Foreign Minister of Kazakhstan"],
    ]);
  });
});
