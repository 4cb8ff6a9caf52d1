// A new post of a known country whose name is states in the plural is labelled "… of the United States", as the
// record writes it, whether the text wrote "U.S.", "US" or "the United States of America" (it read "President of
// United States"). Other known names keep the knowledge's spelling ("President of Maldives" as the open fixtures
// write it). Written for the participants7 round (the Quad and Lima fixtures); every person here is invented.
import { describe, expect, it } from "vitest";
import { participants7Knowledge as knowledge } from "./fixtures/participants7-knowledge";
import { readPressRelease } from "./read-press-release";

const postsOf = (sentence: string) =>
  readPressRelease(
    `WASHINGTON, 24 September 2021 — The leaders of the Quad met at the White House today. ${sentence}`,
    knowledge,
  ).participants.map((participant) => {
    const post = participant.post?.value;
    return [
      participant.nameAsStated,
      post ? (post.status === "matched" ? post.label : post.proposed.label) : null,
    ];
  });

describe("a post of the United States", () => {
  it.each([
    ["U.S. President John Carver chaired the meeting.", "John Carver", "President of the United States"],
    [
      "US Vice-President Alan Ford took part in the meeting.",
      "Alan Ford",
      "Vice-President of the United States",
    ],
    [
      "Taking part were Mr. John Carver, President of the United States of America, and Mr. Hiro Tanaka, Prime Minister of Japan.",
      "John Carver",
      "President of the United States",
    ],
  ])("%s", (sentence, name, post) => {
    expect(postsOf(sentence)).toContainEqual([name, post]);
  });

  it("keeps other known names as the knowledge spells them", () => {
    expect(
      postsOf(
        "Taking part were Mr. Hiro Tanaka, Prime Minister of Japan, and Indian Prime Minister Ravi Shankar Rao.",
      ),
    ).toEqual([
      ["Hiro Tanaka", "Prime Minister of Japan"],
      ["Ravi Shankar Rao", "Prime Minister of India"],
    ]);
  });
});
