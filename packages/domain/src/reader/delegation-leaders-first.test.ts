// The delegation before its head (the styles3 round): "Leading the Kyrgyz delegation was Prime Minister X", "Heading
// the Kazakh delegation at the summit was Y" — a stand-in who takes part in his own post, for the country the
// delegation's demonym names. Every sentence here is made up for the rule it tests; the people are invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const read = (sentence: string) =>
  readPressRelease(
    `Minsk, 12 March 2019\n\nThe Council of Heads of State of the CIS met in Minsk on 12 March 2019. President Ivan Petrov of Belarus chaired the meeting.\n\n${sentence}`,
    eurasiaKnowledge,
  ).participants.map((p) => [
    p.nameAsStated,
    p.post === null
      ? null
      : p.post.value.status === "matched"
        ? p.post.value.id
        : p.post.value.proposed.label,
    p.country?.value.countryId ?? null,
  ]);

describe("the delegation named before its head", () => {
  it.each([
    ["Leading the Kyrgyz delegation was Prime Minister Aibek Toktogulov.", "Aibek Toktogulov", "ctykgx0001"],
    [
      "Heading the Kazakh delegation at the summit was First Deputy Prime Minister Daniyar Serikov.",
      "Daniyar Serikov",
      "ctykzx0001",
    ],
  ])("%s", (sentence, name, country) => {
    const person = read(sentence).find(([found]) => found === name);
    expect(person?.[2]).toBe(country);
  });

  it.each([
    "Leading the discussion was the question of water, which Aibek Toktogulov raised at a press conference in Bishkek.",
    "Heading the list of topics was trade.",
  ])("guard: no delegation, no head of one: %s", (sentence) => {
    expect(read(sentence).map(([name]) => name)).toEqual(["Ivan Petrov"]);
  });
});
