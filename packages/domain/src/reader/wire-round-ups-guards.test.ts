// Guards on a round-up's broad verbs ("says", "welcomed", "thanked", "signed"): someone a round-up names with a
// leader's or an organization's title who did or said it away from the table (a former leader, a leader who did not
// attend, a letter read out, words to the press, a statement issued elsewhere, a decree at home) is not read beside the
// leaders who were there. Every person here is invented.
import { describe, expect, it } from "vitest";
import { participantsOn } from "./participants-test-reading";

const names = (text: string) =>
  participantsOn(text, { date: "2021-08-06", organizationId: null }).map(
    (participant) => participant.nameAsStated,
  );

const OPENING =
  "The leaders met on the coast on Friday. Russian President Pyotr Sobolev proposed a regional fund, " +
  "while Kazakh President Arman Teselov called for open borders. ";

describe("a round-up reads no one who did or said it away from the table", () => {
  it.each([
    "Former Kyrgyz President Ruslan Abdykov, now in opposition, said in Bishkek that the summit had achieved little.",
    "Uzbek President Botir Karimov, who did not attend, welcomed the outcome.",
    "In Tashkent, Uzbek President Botir Karimov, who did not attend, welcomed the outcome in a statement.",
    "Speaking at home in Dushanbe, Tajik President Farrukh Nazarov thanked the leaders for their support but said he would not travel.",
    "Tajik President Farrukh Nazarov thanked the leaders in a letter read out by his ambassador.",
    "Belarusian President Ivan Lukin told reporters in Minsk that he welcomed the summit's outcome.",
    "UN Secretary-General Lars Nilsen welcomed the agreement in a statement issued in New York.",
    "Turkish President Kerem Ozturk signed a decree in Ankara on Friday that raised tariffs on grain.",
  ])("%s", (sentence) => {
    expect(names(OPENING + sentence)).toEqual(["Pyotr Sobolev", "Arman Teselov"]);
  });

  it("reads no former leader quoted after a lone 'joined them'", () => {
    const read = names(
      OPENING +
        "The Sultan of Brunei, Haji Omar, joined them at the retreat. " +
        "Former Tajik President Farrukh Nazarov says the region still lacks a common market.",
    );
    expect(read).not.toContain("Farrukh Nazarov");
    expect(read).toEqual(expect.arrayContaining(["Pyotr Sobolev", "Arman Teselov"]));
  });
});
