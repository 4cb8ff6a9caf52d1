// The host named only in the closing line of thanks: "The leaders thanked President X for hosting the summit" or "for
// the warm hospitality" names someone who was at the meeting he hosted, at a meeting of no known body too. Every person
// here is invented.
import { describe, expect, it } from "vitest";
import { namesAfterTwoLeaders as names } from "./participants-test-reading";
describe("the host thanked in the closing line", () => {
  it.each([
    "The leaders thanked President of Iran Reza Karimi for the warm hospitality.",
    "The leaders thanked the President of Iran, Reza Karimi, for hosting the summit.",
    "The heads of state expressed their gratitude to President of Iran Reza Karimi for the warm and generous hospitality.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(["Arif Gulamov", "Pavel Sedov", "Reza Karimi"]);
  });
});

describe("not someone thanked for anything else", () => {
  it.each([
    "The leaders thanked President of Kazakhstan Erlan Suleimenov for his offer to host the next summit.",
    "The leaders thanked President of Kazakhstan Erlan Suleimenov for hosting the previous summit.",
    "The leaders thanked President of Kazakhstan Erlan Suleimenov for his message of greetings.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(["Arif Gulamov", "Pavel Sedov"]);
  });
});
