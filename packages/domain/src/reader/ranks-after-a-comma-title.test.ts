// A military rank set off after a comma title, before the name ("the Head of the Transitional Sovereignty Council of
// Sudan, General X"): a style of the name, as "Sheikh" or "Ambassador" is there, and no part of the post's label;
// and the post, whose phrase the sentence opens with "the", is labelled without it. Written for the participants7
// round (the China–Arab States fixture, where the rank was read as the post and the council's head lost); every
// person here is invented.
import { describe, expect, it } from "vitest";
import { participants7Knowledge as knowledge } from "./fixtures/participants7-knowledge";
import { statedNamesAndPostsAfterTheChair } from "./participants-test-reading";

const opening =
  "RIYADH, 9 December 2022 — The China-Arab States Summit was held in Riyadh today. Crown Prince Mohammed bin Salman, Prime Minister of Saudi Arabia, chaired the summit.";

const namesAndPosts = (sentence: string) => statedNamesAndPostsAfterTheChair(opening, sentence, knowledge);

describe("a rank after a comma title", () => {
  it.each([
    [
      "The summit was attended by the Head of the Transitional Sovereignty Council of Sudan, General Hamid Osman; and Palestinian President Yousef Haddad.",
      [
        ["Hamid Osman", "Head of the Transitional Sovereignty Council of Sudan"],
        ["Yousef Haddad", "President of Palestine"],
      ],
    ],
    [
      "The summit was attended by the Chairman of the Presidential Council of Libya, Omar al-Senussi; the Head of the Transitional Sovereignty Council of Sudan, General Hamid Osman; and Palestinian President Yousef Haddad.",
      [
        ["Omar al-Senussi", "Chairman of the Presidential Council of Libya"],
        ["Hamid Osman", "Head of the Transitional Sovereignty Council of Sudan"],
        ["Yousef Haddad", "President of Palestine"],
      ],
    ],
    [
      "Taking part were the President of Egypt, Adel Mansour, the Chairman of the Sovereignty Council of Sudan, Lieutenant General Hamid Osman, and the Emir of Qatar, Sheikh Jassim Al Thani.",
      [
        ["Adel Mansour", "President of Egypt"],
        ["Hamid Osman", "Chairman of the Sovereignty Council of Sudan"],
        ["Jassim Al Thani", "Emir of Qatar"],
      ],
    ],
  ])("%s", (sentence, expected) => {
    expect(namesAndPosts(sentence)).toEqual(expected);
  });

  it.each([
    // A rank before a name with a post of its own after it; a president's post, already labelled from its country.
    [
      "Taking part were General Hamid Osman, President of Sudan, and Palestinian President Yousef Haddad.",
      [
        ["Hamid Osman", "President of Sudan"],
        ["Yousef Haddad", "President of Palestine"],
      ],
    ],
    [
      "Taking part were the President of Sudan, General Hamid Osman, and Palestinian President Yousef Haddad.",
      [
        ["Hamid Osman", "President of Sudan"],
        ["Yousef Haddad", "President of Palestine"],
      ],
    ],
    // A rank of two words, the first of which is elsewhere a name, after a style (7 December 2026: "Field" stayed in the
    // name, and the Arab League's 2006 chair was proposed as a new person "Field Marshal …").
    [
      "Taking part were His Excellency Field Marshal Hamid Osman, President of Sudan, and Palestinian President Yousef Haddad.",
      [
        ["Hamid Osman", "President of Sudan"],
        ["Yousef Haddad", "President of Palestine"],
      ],
    ],
    [
      "Taking part were Admiral Hamid Osman, President of Sudan, and Palestinian President Yousef Haddad.",
      [
        ["Hamid Osman", "President of Sudan"],
        ["Yousef Haddad", "President of Palestine"],
      ],
    ],
  ])("keeps: %s", (sentence, expected) => {
    expect(namesAndPosts(sentence)).toEqual(expected);
  });
});
