// Leaders listed by country with each leader in brackets after it ("the leaders of Cambodia (Samdech Techo X, Prime
// Minister), the Lao PDR (Mr. Y, Prime Minister) … took part"): each bracket holds one leader of the country before
// it, whose styles are no part of the name and whose post (when the bracket gives one) is that country's. Written for
// the participants7 round (the Mekong–Japan and Lima fixtures); every person here is invented.
import { describe, expect, it } from "vitest";
import { participants7Knowledge as knowledge } from "./fixtures/participants7-knowledge";
import { readPressRelease } from "./read-press-release";

// The host chaired, so that the release has a participant before the sentence under test (who is left out).
const opening =
  "TOKYO, 4 July 2015 — The Seventh Mekong-Japan Summit Meeting was held today. Prime Minister Taro Yamada of Japan chaired the meeting.";

const read = (sentence: string) =>
  readPressRelease(`${opening} ${sentence}`, knowledge)
    .participants.slice(1)
    .map((participant) => {
      const post = participant.post?.value;
      return [
        participant.nameAsStated,
        post ? (post.status === "matched" ? post.label : post.proposed.label) : null,
        participant.category.value,
      ];
    });

describe("leaders listed by country, each in brackets", () => {
  it("reads a style, a name and a post in each bracket, the post of the country before it", () => {
    expect(
      read(
        "From the Mekong region, the leaders of Cambodia (Samdech Techo Sok Vannak, Prime Minister), the Lao PDR (Mr. Bounmy Phommachanh, Prime Minister) and Myanmar (U Kyaw Min Naing, President) took part.",
      ),
    ).toEqual([
      ["Sok Vannak", "Prime Minister of Cambodia", "member_state"],
      ["Bounmy Phommachanh", "Prime Minister of Laos", "member_state"],
      ["Kyaw Min Naing", "President of Myanmar", "member_state"],
    ]);
  });

  it("reads the list after 'was attended by the heads of state and government of'", () => {
    expect(
      read(
        "The meeting was attended by the heads of state and government of Thailand (General Somchai Rattanakorn, Prime Minister), Viet Nam (Mr. Tran Van Hieu, Prime Minister) and Cambodia (Prime Minister Sok Vannak).",
      ),
    ).toEqual([
      ["Somchai Rattanakorn", "Prime Minister of Thailand", "member_state"],
      ["Tran Van Hieu", "Prime Minister of Viet Nam", "member_state"],
      ["Sok Vannak", "Prime Minister of Cambodia", "member_state"],
    ]);
  });

  it("reads names alone in the brackets, with no post", () => {
    expect(
      read(
        "The leaders of Thailand (Somchai Rattanakorn), Laos (Bounmy Phommachanh) and Viet Nam (Tran Van Hieu) joined the host in a statement on the river.",
      ),
    ).toEqual([
      ["Somchai Rattanakorn", null, "member_state"],
      ["Bounmy Phommachanh", null, "member_state"],
      ["Tran Van Hieu", null, "member_state"],
    ]);
  });

  it.each([
    // A meeting to come, a meeting before, former leaders, leaders not invited, one country alone, no leaders.
    "The leaders of Cambodia (Samdech Sok Vannak, Prime Minister) and Laos (Mr. Bounmy Phommachanh, Prime Minister) will meet again in Vientiane next year.",
    "At the previous summit, the leaders of Cambodia (Samdech Sok Vannak, Prime Minister) and Laos (Mr. Bounmy Phommachanh, Prime Minister) took part.",
    "The former leaders of Cambodia (Samdech Sok Vannak, Prime Minister) and Laos (Mr. Bounmy Phommachanh, Prime Minister) took part in a forum.",
    "The leaders of Cambodia (Samdech Sok Vannak, Prime Minister) and Laos (Mr. Bounmy Phommachanh, Prime Minister) were not invited.",
    "The leader of Cambodia (Samdech Sok Vannak, Prime Minister) took part.",
    "Exports of Cambodia (Sok Vannak Group) and Laos (Bounmy Phommachanh Ltd) grew.",
  ])("not: %s", (sentence) => {
    expect(read(sentence)).toEqual([]);
  });
});
