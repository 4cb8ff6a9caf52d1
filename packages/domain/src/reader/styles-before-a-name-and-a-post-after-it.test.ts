// A style alone before a name and the post after it, set off by commas: "Samdech Techo Hun Sen, Prime Minister of the
// Kingdom of Cambodia, and Premier Li co-chaired", "U Win Myint, President of Myanmar,", "Senior General Min Aung
// Hlaing, Chairman of the State Administration Council of Myanmar,", "His Highness Sayyid Fahd …, Deputy Prime
// Minister …". The style gave the name a title with no office, and the post after the comma was left to no one, so
// the person was not found where a list was not read (four fixtures: LMC 2018, BIMSTEC 2018 and 2025, GCC 2024). A
// country's possessive is no style: "Azerbaijan's Ilham Aliyev, Greek Prime Minister Kostas Karamanlis and …" gives
// the Greek title to Karamanlis. Every person here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { namesAndRoles, statedNamesAndPosts } from "./participants-test-reading";
import { readPressRelease } from "./read-press-release";

const OPENING = "The CICA summit opened in Astana on 13 October 2022. ";
const LIST = " It was attended by President of Pakistan Rafiq Aslam.";

describe("a style before the name, the post after it", () => {
  it.each([
    "Samdech Techo Sok Vanna, Prime Minister of the Kingdom of Cambodia, and Premier Li Wei of the State Council of China co-chaired the meeting.",
    "His Excellency Sok Vanna, Prime Minister of the Kingdom of Cambodia, and Premier Li Wei of the State Council of China co-chaired the meeting.",
  ])("co-chairs: %s", (sentence) => {
    expect(namesAndRoles(OPENING + sentence + LIST, knowledge)).toEqual([
      "Sok Vanna | chair",
      "Li Wei | chair",
      "Rafiq Aslam | head_of_delegation",
    ]);
  });

  it.each([
    [
      "U Thein Aung, President of Myanmar, and President of Pakistan Rafiq Aslam spoke on trade.",
      "President of Myanmar",
    ],
    [
      "Senior General Min Thu, Chairman of the State Administration Council of Myanmar, and President of Pakistan Rafiq Aslam spoke on trade.",
      "Chairman of the State Administration Council of Myanmar",
    ],
  ])("a round-up's subject: %s", (sentence, post) => {
    expect(statedNamesAndPosts(OPENING + sentence, knowledge)[0]?.[1]).toBe(post);
  });

  it("a country's possessive is no style: the post after the comma is the next name's", () => {
    const { participants, personMentions } = readPressRelease(
      `${OPENING}Kazakh President Aidos Temirov, Pakistan's Rafiq Aslam, Indian Prime Minister Dev Kumar and Turkish President Emre Kaya were among the leaders at the table.`,
      knowledge,
    );
    const titles = [...participants, ...personMentions].map((person) => person.titleAsStated);
    expect(titles).toContain("Indian Prime Minister Dev Kumar");
    expect(titles.filter((title) => title.includes("Aslam, Indian"))).toEqual([]);
  });
});
