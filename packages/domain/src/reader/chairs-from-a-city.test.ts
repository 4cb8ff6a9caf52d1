// "… chaired by King X from Riyadh": the city the chair presided from ends his name. Before, the city was read as the
// chair and the King was lost (the G20 2020 fixture). Every person here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { chairNames } from "./participants-test-reading";

const chairs = (text: string) => chairNames(text, knowledge);

const LIST = " It was attended by President of Pakistan Rafiq Aslam and Prime Minister of India Dev Kumar.";

describe("a chair who presided from a city", () => {
  it.each([
    [
      "The CICA summit, held virtually on 13 October 2022 and chaired by King Fahd bin Saad from Riyadh, concluded this evening.",
      "Fahd bin Saad",
    ],
    [
      "The CICA summit was held by videoconference on 13 October 2022, chaired by President Aidos Temirov from Astana.",
      "Aidos Temirov",
    ],
    [
      "The CICA summit on 13 October 2022 was chaired by President Aidos Temirov in Astana, and adopted a declaration.",
      "Aidos Temirov",
    ],
  ])("%s", (sentence, chair) => {
    expect(chairs(sentence + LIST)).toEqual([chair]);
  });

  it('a title that goes on after "in the" keeps its words', () => {
    expect(
      chairs(
        `The CICA summit on 13 October 2022 was chaired by Minister in the Prime Minister's Office Aidos Temirov.${LIST}`,
      ),
    ).toEqual(["Aidos Temirov"]);
  });
});
