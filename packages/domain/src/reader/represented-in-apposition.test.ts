// A list item "X, representing the Emir of Y, Sheikh Z; …": the name in apposition to the office one stands in for is
// the one represented, who was not there, and the next item's post after the semicolon is not his. Written for the
// participants7 round (the China–Arab States fixture, where the Emir represented took the Libyan chairman's post and
// the chairman was lost); every person here is invented.
import { describe, expect, it } from "vitest";
import { participants7Knowledge as knowledge } from "./fixtures/participants7-knowledge";
import { statedNamesAndPostsAfterTheChair } from "./participants-test-reading";

const opening =
  "RIYADH, 9 December 2022 — The China-Arab States Summit was held in Riyadh today. Crown Prince Mohammed bin Salman, Prime Minister of Saudi Arabia, chaired the summit.";

const namesAndPosts = (sentence: string) => statedNamesAndPostsAfterTheChair(opening, sentence, knowledge);

describe("the one represented, named in apposition to his office", () => {
  it("leaves him out and gives the next item its own post", () => {
    expect(
      namesAndPosts(
        "The summit was attended by Kuwaiti Crown Prince Sheikh Fahad Al-Sabah, representing the Emir of the State of Kuwait, Sheikh Nasser Al-Sabah; the Chairman of the Presidential Council of Libya, Omar al-Senussi; and Palestinian President Yousef Haddad.",
      ),
    ).toEqual([
      ["Fahad Al-Sabah", "Crown Prince of Kuwait"],
      ["Omar al-Senussi", "Chairman of the Presidential Council of Libya"],
      ["Yousef Haddad", "President of Palestine"],
    ]);
  });

  it("reads 'on behalf of the Sultan of Oman, Sultan X;' the same way", () => {
    expect(
      namesAndPosts(
        "Taking part were Omani Deputy Prime Minister Sayyid Harib Al Said, on behalf of the Sultan of Oman, Sultan Qais; Egypt's President Adel Mansour; and the Emir of Qatar, Sheikh Jassim Al Thani.",
      ),
    ).toEqual([
      ["Harib Al Said", "Deputy Prime Minister of Oman"],
      ["Adel Mansour", "President of Egypt"],
      ["Jassim Al Thani", "Emir of Qatar"],
    ]);
  });

  it("reads a list parted by commas the same way", () => {
    expect(
      namesAndPosts(
        "The leaders present were Algerian Prime Minister Karim Bouzid, representing the President of Algeria, Abdelkader Hamdi, and Sudanese President Yasser Osman.",
      ),
    ).toEqual([
      ["Karim Bouzid", "Prime Minister of Algeria"],
      ["Yasser Osman", "President of Sudan"],
    ]);
  });

  it.each([
    // A name after the office with a post of its own is another item; a stand-in for a group names no one.
    [
      "The summit was attended by Kuwaiti Crown Prince Sheikh Fahad Al-Sabah, representing the Emir, the Chairman of the Presidential Council of Libya, Omar al-Senussi, and Palestinian President Yousef Haddad.",
      [
        ["Fahad Al-Sabah", "Crown Prince of Kuwait"],
        ["Omar al-Senussi", "Chairman of the Presidential Council of Libya"],
        ["Yousef Haddad", "President of Palestine"],
      ],
    ],
    [
      "Taking part were Egypt's President Adel Mansour, representing the African group, Sudanese President Yasser Osman, and the Emir of Qatar, Sheikh Jassim Al Thani.",
      [
        ["Adel Mansour", "President of Egypt"],
        ["Yasser Osman", "President of Sudan"],
        ["Jassim Al Thani", "Emir of Qatar"],
      ],
    ],
  ])("keeps: %s", (sentence, expected) => {
    expect(namesAndPosts(sentence)).toEqual(expected);
  });
});
