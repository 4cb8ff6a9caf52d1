// A chain of offices with no country in it after a name under a style (the styles3 round): "Y was represented by His
// Highness Sheikh X, Crown Prince and Prime Minister", "… X, Vice President, Prime Minister and Minister of Defence":
// one person, the first office his post (not the style), the country from the sentence. Every sentence here is made up for the rule it tests; the people are invented.
import { describe, expect, it } from "vitest";
import { namesAndPostsAfterAChair } from "./participants-test-reading";

const read = namesAndPostsAfterAChair;

describe("a chain of offices after a name under a style", () => {
  it.each([
    [
      "Kazakhstan was represented by His Royal Highness Prince Daniyar Serikov, Crown Prince and Minister of Finance.",
      ["Daniyar Serikov", "Crown Prince of Kazakhstan"],
    ],
    [
      "Kyrgyzstan was represented by His Excellency Sheikh Aibek Toktogulov, Vice President, Deputy Prime Minister and Minister of Defence.",
      ["Aibek Toktogulov", "Vice-President of Kyrgyzstan"],
    ],
  ])("%s", (sentence, person) => {
    expect(read(sentence)).toEqual([person]);
  });

  it("guard: an office with its own country after the name keeps that country's post", () => {
    expect(
      read("Kazakhstan was represented by His Excellency Mr. Daniyar Serikov, Vice President of Kazakhstan."),
    ).toEqual([["Daniyar Serikov", "Vice-President of Kazakhstan"]]);
  });
});
