import { describe, expect, it } from "vitest";
import { mergeQuestion } from "./merge-question";

describe("mergeQuestion", () => {
  it("names both records and says what moves, where the address goes, the trash and the undo", () => {
    expect(mergeQuestion("person", "Sadyr Japarov", "Sadyr Zhaparov", "3 participations, 1 post held")).toBe(
      "Merge the person “Sadyr Zhaparov” into “Sadyr Japarov”? Its links move to “Sadyr Japarov”: " +
        "3 participations, 1 post held. Its address redirects to “Sadyr Japarov”, its names become other names " +
        "of “Sadyr Japarov”, and “Sadyr Zhaparov” goes to the trash. The merge can be undone here, or later from " +
        "the history of “Sadyr Zhaparov”.",
    );
  });

  it("says when nothing links to the duplicate, and keeps no names for a post", () => {
    const question = mergeQuestion("post", "President of Russia", "President of the Russian Federation", "");
    expect(question).toContain("Nothing links to it.");
    expect(question).toContain("Its address redirects to “President of Russia”, and");
    expect(question).not.toContain("other names");
  });
});
