// A document named with when it was signed or adopted right after its title ("the Agreement on Energy Cooperation
// signed in 2022", "the Charter adopted on 7 October 2002"): the participle and its date end the title.
import { describe, expect, it } from "vitest";
import { documentsFound } from "./documents-test-reading";

describe("a title followed by a participle with a date", () => {
  it.each([
    ["signed in 2022", "Agreement on Energy Cooperation"],
    ["adopted on 7 October 2002", "Agreement on Energy Cooperation"],
    ["concluded in June 2019", "Agreement on Energy Cooperation"],
  ])("ends the title before '%s'", (participle, title) => {
    expect(
      documentsFound(
        `The leaders noted the entry into force of the Agreement on Energy Cooperation ${participle}.`,
      ).map(([, found]) => found),
    ).toEqual([title]);
  });

  it("keeps a title's own words after a participle with no date", () => {
    expect(
      documentsFound("The leaders signed the Protocol on Goods Signed into the Customs Register.").map(
        ([, found]) => found,
      ),
    ).toEqual(["Protocol on Goods Signed into the Customs Register"]);
  });
});
