// A title followed by the meeting that adopted it, in lower case ("the Joint Communique of the meeting", "the Declaration
// of this summit"): the meeting is no word of the title; in capitals it is ("the Joint Statement of the Meeting of the
// Council"). Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { documentsFound } from "./documents-test-reading";

describe("a title followed by the meeting in lower case", () => {
  it.each([
    [
      "At the end, the prime ministers signed the Joint Communique of the meeting.",
      "communique",
      "Joint Communique",
      "signed",
    ],
    [
      "The leaders adopted the Tashkent Declaration of this summit.",
      "declaration",
      "Tashkent Declaration",
      "adopted",
    ],
    [
      "The heads of delegations approved the Joint Statement of the session.",
      "statement",
      "Joint Statement",
      "approved",
    ],
  ])("ends before it: %s", (text, type, title, action) => {
    expect(documentsFound(text)).toEqual([[type, title, action]]);
  });

  it("keeps the meeting after a word in lower case", () => {
    expect(documentsFound("The leaders adopted the Joint Statement on the results of the meeting.")).toEqual([
      ["statement", "Joint Statement on the results of the meeting", "adopted"],
    ]);
  });

  it("keeps a meeting named in capitals as part of the title", () => {
    expect(
      documentsFound(
        "The ministers signed the Joint Statement of the Meeting of the Council of Foreign Ministers.",
      ),
    ).toEqual([
      ["statement", "Joint Statement of the Meeting of the Council of Foreign Ministers", "signed"],
    ]);
  });
});
