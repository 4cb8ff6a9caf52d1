// Leaders named only in the family photo line: posing "for the family photo" is the leaders' own act at the meeting,
// and so is being "together with" the leaders as they pose, at a meeting of no known body too. Every person here is
// invented.
import { describe, expect, it } from "vitest";
import { namesAfterTwoLeaders as names } from "./participants-test-reading";
describe("a leader in the family photo line", () => {
  it.each([
    "The leaders, together with President of Kazakhstan Erlan Suleimenov, posed for a family photo.",
    "President of Kazakhstan Erlan Suleimenov posed for a family photo with the other leaders.",
    "President of Kazakhstan Erlan Suleimenov posed with the other leaders for the official group photograph.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(["Arif Gulamov", "Pavel Sedov", "Erlan Suleimenov"]);
  });
});

describe("not a leader posing for anything else", () => {
  it.each([
    "President of Kazakhstan Erlan Suleimenov posed with his wife for the photographers at the airport.",
    "The family photo of the previous summit showed President of Kazakhstan Erlan Suleimenov.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(["Arif Gulamov", "Pavel Sedov"]);
  });
});
