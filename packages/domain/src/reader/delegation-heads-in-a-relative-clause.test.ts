// A titled person with a relative clause saying he headed his country's delegation took part as its head, whatever
// else the sentence says he did: "A message from King X of Morocco was read to the summit by Prime Minister Y, who
// headed his country's delegation" (the China–Arab States fixture lost the Moroccan prime minister). The ruler whose
// message he read is not read; a delegation to another meeting is not. Written for the participants7 round; every
// person here is invented.
import { describe, expect, it } from "vitest";
import { participants7Knowledge as knowledge } from "./fixtures/participants7-knowledge";
import { statedNamesAndPostsAfterTheChair } from "./participants-test-reading";

const opening =
  "RIYADH, 9 December 2022 — The China-Arab States Summit was held in Riyadh today. Crown Prince Faisal bin Nasser, Prime Minister of Saudi Arabia, chaired the summit.";

const namesAndPosts = (sentence: string) => statedNamesAndPostsAfterTheChair(opening, sentence, knowledge);

describe("a head of delegation named in a relative clause", () => {
  it.each([
    [
      "A message from King Hassan of Morocco was read to the summit by Prime Minister Aziz Alami, who headed his country's delegation.",
      ["Aziz Alami", "Prime Minister of Morocco"],
    ],
    [
      "The message was read by Prime Minister Aziz Alami of Morocco, who led the Moroccan delegation.",
      ["Aziz Alami", "Prime Minister of Morocco"],
    ],
    [
      "The speech of President Omar Haddad was read by Foreign Minister Karim Nasser, who headed the Algerian delegation.",
      ["Karim Nasser", "Foreign Minister of Algeria"],
    ],
  ])("%s", (sentence, expected) => {
    expect(namesAndPosts(sentence)).toEqual([expected]);
  });

  it.each([
    "Prime Minister Aziz Alami, who led his country's delegation to the previous summit, sent greetings.",
    "Prime Minister Aziz Alami, who will head his country's delegation next year, sent greetings.",
  ])("not: %s", (sentence) => {
    expect(namesAndPosts(sentence)).toEqual([]);
  });
});
