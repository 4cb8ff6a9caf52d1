// A line-up of the leaders who signed, opened by a participle of signing and the copula, says who took part, as
// "Taking part were" does: the Melanesian Spearhead Group article of participants10 ("Putting their names to the
// documents were the host and MSG Chair, Prime Minister X of Vanuatu, with A of Solomon Islands, B of Papua New Guinea
// and C of Fiji, and D, spokesperson of the Kanak and Socialist National Liberation Front (FLNKS) of New Caledonia")
// lost all five of its leaders to it, and the movement's name, "and" inside, was split into a person of its own once
// they were read. Every person here is invented.
import { describe, expect, it } from "vitest";
import { participants10Knowledge as knowledge } from "./fixtures/participants10-knowledge";
import { readPressRelease } from "./read-press-release";

const read = (sentence: string) =>
  readPressRelease(
    `PORT VILA, 24 August 2023 - The 22nd Melanesian Spearhead Group (MSG) Leaders' Summit ended at the Havannah in North Efate, where the leaders signed two declarations. ${sentence}`,
    knowledge,
  ).participants.map((participant) => participant.nameAsStated);

describe("a line-up of signatories after a participle of signing", () => {
  it.each([
    [
      "Putting their names to the documents were Prime Minister Tomas Wari of Vanuatu, with Peter Kona of Solomon Islands and Luke Ravu of Fiji.",
      ["Tomas Wari", "Peter Kona", "Luke Ravu"],
    ],
    [
      "Signing the declarations were Prime Minister Tomas Wari of Vanuatu and Prime Minister Luke Ravu of Fiji.",
      ["Tomas Wari", "Luke Ravu"],
    ],
    [
      "Signing for the member states were Prime Minister Tomas Wari of Vanuatu, Prime Minister Peter Kona of Solomon Islands and Prime Minister Luke Ravu of Fiji.",
      ["Tomas Wari", "Peter Kona", "Luke Ravu"],
    ],
    ["Putting his signature to the communiqué was Prime Minister Tomas Wari of Vanuatu.", ["Tomas Wari"]],
  ])("%s", (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it("keeps a movement's name with 'and' inside as one post, not a second person", () => {
    expect(
      read(
        "Putting their names to the documents were Prime Minister Tomas Wari of Vanuatu and Jean Wea, spokesperson of the Kanak and Socialist National Liberation Front (FLNKS) of New Caledonia.",
      ),
    ).toEqual(["Tomas Wari", "Jean Wea"]);
  });

  it.each([
    // Signing is an act at the meeting only as its own opening: a name that signed elsewhere is no line-up.
    "Prime Minister Tomas Wari of Vanuatu recalled signing the treaty in Suva in 2019.",
    "The signing ceremony was followed by a lunch.",
  ])("guard: %s", (sentence) => {
    expect(read(sentence)).toEqual([]);
  });
});
