// Leaders named only as the ones who signed: "President A and President B signed the convention" names people at the
// table, at a meeting of no known body too; a signing in another year, at another time or by someone in a relative
// clause does not. Every person here is invented.
import { describe, expect, it } from "vitest";
import { namesAfterTwoLeaders as names } from "./participants-test-reading";
describe("a leader who signed at the meeting", () => {
  it.each([
    "President of Kazakhstan Erlan Suleimenov and President of Russia Pavel Sedov signed the convention.",
    "President of Kazakhstan Erlan Suleimenov also signed the declaration.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(["Arif Gulamov", "Pavel Sedov", "Erlan Suleimenov"]);
  });
});

describe("not one who signed elsewhere or at another time", () => {
  it.each([
    "The treaty of 1998, which President of Kazakhstan Erlan Suleimenov signed in 1998, was recalled.",
    "Kazakhstan, whose President Erlan Suleimenov signed the convention, did not send a delegation.",
    "A day earlier, President of Kazakhstan Erlan Suleimenov signed an agreement in Astana.",
    "Foreign Minister of Kazakhstan Yerlan Idrissov signed the protocol.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(["Arif Gulamov", "Pavel Sedov"]);
  });
});
