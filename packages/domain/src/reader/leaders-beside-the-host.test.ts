// Leaders listed after a word of company and a copula ("Alongside the host, President A, were B and C"), a leader
// named as staying away, and a leader named by a country the knowledge does not hold beside leaders who all hold one
// kind of post. Every person here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const read = (sentences: string) =>
  readPressRelease(
    `ASTANA, 14 March 2019 - The Council of Heads of State of the CIS met today. ${sentences}`,
    knowledge,
  ).participants.map((participant) => {
    const post = participant.post?.value;
    return [
      participant.nameAsStated,
      post ? (post.status === "matched" ? post.label : post.proposed.label) : null,
    ];
  });

describe("leaders listed after a word of company and a copula", () => {
  it.each([
    "Alongside the host, Kazakh President Aidos Serikov, were Russia's Pyotr Sobolev and Kyrgyzstan's Ruslan Abdykov.",
    "Next to the host, Kazakh President Aidos Serikov, were Russia's Pyotr Sobolev and Kyrgyzstan's Ruslan Abdykov.",
    "Joining the host, Kazakh President Aidos Serikov, were Russia's Pyotr Sobolev and Kyrgyzstan's Ruslan Abdykov.",
  ])("%s", (sentence) => {
    expect(read(sentence).map(([name]) => name)).toEqual([
      "Aidos Serikov",
      "Pyotr Sobolev",
      "Ruslan Abdykov",
    ]);
  });

  it("with no aside: only the list", () => {
    expect(
      read("Alongside Serikov were Russia's Pyotr Sobolev and Kyrgyzstan's Ruslan Abdykov.").map(
        ([name]) => name,
      ),
    ).toEqual(["Pyotr Sobolev", "Ruslan Abdykov"]);
  });

  it.each([
    // What stood beside them, a copula with no names after it.
    "Alongside the declaration, two agreements were signed by Russia's Pyotr Sobolev and Kyrgyzstan's Ruslan Abdykov.",
    "With the talks over, the leaders were driven to the airport.",
  ])("not: %s", (sentence) => {
    expect(read(sentence)).toEqual([]);
  });
});

describe("a member's leader who stayed away", () => {
  it.each([
    "Taking part were Russia's Pyotr Sobolev and Kyrgyzstan's Ruslan Abdykov. Turkmen President Saparmurat Niyazov stayed away.",
    "Taking part were Russia's Pyotr Sobolev and Kyrgyzstan's Ruslan Abdykov. Turkmen President Saparmurat Niyazov stayed at home.",
    "Taking part were Russia's Pyotr Sobolev and Kyrgyzstan's Ruslan Abdykov. Turkmen President Saparmurat Niyazov sent his deputy in his place.",
  ])("%s", (sentences) => {
    expect(read(sentences).map(([name]) => name)).toEqual(["Pyotr Sobolev", "Ruslan Abdykov"]);
  });

  it("guard: one who stayed on for the talks was there", () => {
    expect(
      read(
        "Taking part were Russia's Pyotr Sobolev and Kyrgyzstan's Ruslan Abdykov. Turkmen President Saparmurat Niyazov stayed on for the talks.",
      ).map(([name]) => name),
    ).toEqual(["Pyotr Sobolev", "Ruslan Abdykov", "Saparmurat Niyazov"]);
  });
});

describe("a leader named by a country the knowledge lacks, beside presidents", () => {
  it.each([
    [
      "Taking part were President Pyotr Sobolev of Russia, President Ruslan Abdykov of Kyrgyzstan and Georgia's Levan Beridze.",
      "Georgia",
    ],
    [
      "Taking part were Russian President Pyotr Sobolev, Mongolia's Bat Erdene and Kyrgyz President Ruslan Abdykov.",
      "Mongolia",
    ],
    [
      "Alongside the host, Kazakh President Aidos Serikov, were Russian President Pyotr Sobolev and Ukraine's Taras Melnyk.",
      "Ukraine",
    ],
  ])("%s", (sentence, country) => {
    expect(read(sentence)).toContainEqual([expect.any(String), `President of ${country}`]);
  });

  it("guard: beside one president only, no post is guessed", () => {
    expect(
      read("Taking part were Russian President Pyotr Sobolev and Georgia's Levan Beridze."),
    ).toContainEqual(["Levan Beridze", "Georgia"]);
  });
});
