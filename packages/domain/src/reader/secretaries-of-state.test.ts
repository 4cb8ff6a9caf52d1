// "Secretary of State" is a post whole: "US Secretary of State X" was read as "Secretary of the
// United States", "of State" taken for a scope (the OSCE 2010 and Arctic Council 2021 fixtures). Every person here
// is invented.
import { describe, expect, it } from "vitest";
import { chairs7Knowledge as knowledge } from "./fixtures/chairs7-knowledge";
import { statedNamesAndPosts } from "./participants-test-reading";

const posts = (text: string) =>
  statedNamesAndPosts(text, knowledge).map(([name, post]) => `${name}: ${post ?? "none"}`);

const OPENING = "The ministerial council met in Reykjavik on 20 May 2021. ";

describe("a secretary of state's post", () => {
  it.each([
    [
      "US Secretary of State Tom Harlan attended the meeting.",
      "Tom Harlan: Secretary of State of the United States",
    ],
    [
      "The United States was represented by Secretary of State Tom Harlan.",
      "Tom Harlan: Secretary of State of the United States",
    ],
  ])("%s", (sentence, expected) => {
    expect(posts(OPENING + sentence)).toEqual([expected]);
  });

  it("a secretary alone keeps the scope after it", () => {
    expect(
      posts(`${OPENING}Ann Pryce, Secretary of the Council of Ministers, attended the meeting.`),
    ).toEqual(["Ann Pryce: Secretary of the Council of Ministers"]);
  });
});
