// "Members of the delegations" are the people beside the leaders, not member states: "in the expanded format, with the
// members of the delegations" says nothing of anyone's capacity. And a founder that meets before its founding treaty
// is in force is a member, whether the sentence says nothing of capacities or names members at large. The founders'
// leaders are the ones the knowledge holds (their country comes from it); the guest is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

// A release of a session of the Supreme Eurasian Economic Council in 2014, before the union's treaty was in force.
const categories = (text: string) =>
  readPressRelease(
    `Session of the Supreme Eurasian Economic Council\n\nOctober 10, 2014, Minsk\n\n${text}`,
    eurasiaKnowledge,
  ).participants.map((p) => [p.nameAsStated, p.category.value]);

describe("members of the delegations", () => {
  it.each([
    "The talks were held first in the narrow format, with the participation of President of Belarus Alexander Lukashenko and President of Kazakhstan Nursultan Nazarbayev, and then in the expanded format, with the members of the delegations.",
    "President of Belarus Alexander Lukashenko and President of Kazakhstan Nursultan Nazarbayev took part in the meeting, together with members of their delegations.",
    "President of Belarus Alexander Lukashenko and President of Kazakhstan Nursultan Nazarbayev, accompanied by the members of the official delegations, attended the session.",
  ])("name no member state, so the founders meet as members: %s", (text) => {
    expect(categories(text)).toEqual([
      ["Alexander Lukashenko", "member_state"],
      ["Nursultan Nazarbayev", "member_state"],
    ]);
  });

  it("leave a guest's capacity to the words about the guest", () => {
    expect(
      categories(
        "The leaders met in the expanded format with the members of the delegations. President of Armenia Aram Petrosyan was invited to the meeting as a guest of the presiding side.",
      ),
    ).toEqual([["Aram Petrosyan", "guest_state"]]);
  });
});

describe("a founder before its founding treaty is in force", () => {
  it("is a member when the sentence names the member states at large", () => {
    expect(
      categories(
        "The heads of the member states, President of Belarus Alexander Lukashenko and President of Kazakhstan Nursultan Nazarbayev, took part in the session.",
      ),
    ).toEqual([
      ["Alexander Lukashenko", "member_state"],
      ["Nursultan Nazarbayev", "member_state"],
    ]);
  });
});
