// A wire round-up names the day a document was signed right after its title and runs on with its own words ("signed
// an Agreement on X on Thursday, the main result of their summit, held at …"): the weekday ends the title.
import { describe, expect, it } from "vitest";
import { documentsFound } from "./documents-test-reading";

describe("a title followed by a weekday and the writer's words", () => {
  it("ends the title before 'on <weekday>', whatever follows", () => {
    expect(
      documentsFound(
        "The presidents signed an Agreement on Security Cooperation in the Caspian Sea on Thursday, the main result of their third summit, held at the residence.",
      ),
    ).toEqual([["agreement", "Agreement on Security Cooperation in the Caspian Sea", "signed"]]);
  });

  it("keeps a title's own 'on' before a subject", () => {
    expect(documentsFound("The leaders signed the Agreement on Cooperation on Fisheries on Monday.")).toEqual(
      [["agreement", "Agreement on Cooperation on Fisheries", "signed"]],
    );
  });
});
