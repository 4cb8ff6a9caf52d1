// Leaders named only in a list of speakers by turn: at a meeting that is no body the knowledge holds (so no member's
// leader is taken for being named), "Speaking next, the President of X Y proposed …" names someone who spoke in the
// meeting's own round of speeches, and so took part. Every person here is invented.
import { describe, expect, it } from "vitest";
import { namesAfterTwoLeaders as names } from "./participants-test-reading";
describe("a leader named only as the next speaker", () => {
  it.each([
    "Speaking next, the President of Kazakhstan Erlan Suleimenov proposed an economic organisation.",
    "Speaking in turn, the President of Kazakhstan Erlan Suleimenov called for a new corridor.",
    "Taking the floor after him, the President of Kazakhstan Erlan Suleimenov stressed the role of trade.",
    "Next to speak was the President of Kazakhstan Erlan Suleimenov, who proposed a fund.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(["Arif Gulamov", "Pavel Sedov", "Erlan Suleimenov"]);
  });
});

describe("not a speaker elsewhere or afterwards", () => {
  it.each([
    "Speaking later, the President of Kazakhstan Erlan Suleimenov proposed an economic organisation.",
    "Speaking next, the President of Kazakhstan Erlan Suleimenov told reporters that the talks had gone well.",
    "The President of Kazakhstan Erlan Suleimenov is a keen speaker.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(["Arif Gulamov", "Pavel Sedov"]);
  });
});
