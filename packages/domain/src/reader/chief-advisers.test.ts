// A chief adviser heads an interim government (Bangladesh's from 2024): "Chief Adviser X of Bangladesh" takes part as
// his country's head of delegation under the post "Chief Adviser of Bangladesh", as a state counsellor does. Guards:
// someone's chief adviser ("chief adviser to the Prime Minister", "to the delegation") and an adviser of another rank
// stay staff. Every person here is invented.
import { describe, expect, it } from "vitest";
import { chair4Knowledge as knowledge } from "./fixtures/chair4-knowledge";
import { statedNamesAndPosts } from "./participants-test-reading";

const read = (sentence: string) =>
  statedNamesAndPosts(
    `Cairo, 19 December 2024 — The eleventh summit of the D-8 met today under the chairmanship of President of Egypt Omar Hassan. ${sentence}`,
    knowledge,
  );

describe("a chief adviser, the head of an interim government", () => {
  it.each([
    ["Chief Adviser Karim Rahman of Bangladesh attended the summit.", "Karim Rahman"],
    ["Karim Rahman, Chief Adviser of Bangladesh, attended the summit.", "Karim Rahman"],
    ["The Chief Adviser of Bangladesh, Karim Rahman, also attended.", "Karim Rahman"],
  ])("%s", (sentence, name) => {
    expect(read(sentence)).toContainEqual([name, "Chief Adviser of Bangladesh"]);
  });

  it.each([
    "Chief Adviser to the Prime Minister of Pakistan Ali Khan also attended.",
    "Ali Khan, chief adviser to the Pakistani delegation, also attended.",
    "Senior adviser Ali Khan of Pakistan also attended.",
  ])("is staff when he is someone's adviser: %s", (sentence) => {
    expect(read(sentence).map(([name]) => name)).not.toContain("Ali Khan");
  });
});
