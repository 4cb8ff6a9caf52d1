// Guards on the possessive-post rule ("Singapore's X" given his country's head post when the knowledge does not hold
// him): a minister named by his country's possessive, then called a minister in an aside or a relative clause, keeps
// no head-of-government post, while the leader beside him keeps his. Every person here is invented.
import { describe, expect, it } from "vitest";
import { ids } from "./fixtures/world-knowledge";
import { participantsOn } from "./participants-test-reading";

const postOf = (text: string, name: string) => {
  const post = participantsOn(text, { date: "2025-05-26", organizationId: null }).find(
    (participant) => participant.nameAsStated === name,
  )?.post?.value;
  return post?.status === "matched" ? post.id : (post?.proposed.label ?? null);
};

describe("a minister named by his country's possessive keeps no head's post", () => {
  it.each([
    "while Singapore's Lim Boon Heng, the trade minister, warned against taking sides.",
    "while Singapore's Lim Boon Heng, its foreign minister, warned against taking sides.",
    "while Singapore's Lim Boon Heng, who stood in for the prime minister as foreign minister, warned against taking sides.",
  ])("%s", (clause) => {
    const text =
      "The leaders met in the capital on Monday. Indonesian President Budi Santoso called for a power grid, " +
      clause;
    expect(postOf(text, "Lim Boon Heng")).not.toBe(ids.post("prime-minister-of-singapore"));
    expect(postOf(text, "Budi Santoso")).not.toBeNull();
  });
});
