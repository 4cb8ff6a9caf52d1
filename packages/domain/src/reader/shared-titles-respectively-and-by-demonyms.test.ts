// One plural title shared by three names or more, as wire stories and communiqués write a line-up: the countries after
// the names in the same order ("Presidents A, B and C of X, Y and Z", often closed by "respectively"), the demonyms
// before the title ("Zambian, Burundian and Kenyan Presidents A, B and C"), or no country at all ("Presidents A, B and
// C"). Until the eighth session of 7 December 2026 "respectively" shifted every country by one name ("A, B and C, the presidents of X, Y and
// Z respectively" gave B Zambia's post and C Burundi's), three names took the last country for the first and none for
// the others, the demonyms gave the first name the last demonym, and a bare name after "Presidents A" had no post.
// Every person here is invented.
import { describe, expect, it } from "vitest";
import { namesAndPosts as read } from "./participants-test-reading";

const summit = (sentences: string) =>
  read(`Chisinau, 22 April 2005 — The summit of the regional forum was held today. ${sentences}`);

const THREE = [
  { name: "Jaan Tamm", post: "President of Estonia" },
  { name: "Andris Berzins", post: "President of Latvia" },
  { name: "Peter Novak", post: "President of Slovakia" },
];

describe("a plural title over three names, the countries in order", () => {
  it.each([
    "The summit was attended by Jaan Tamm, Andris Berzins and Peter Novak, the presidents of Estonia, Latvia and Slovakia respectively.",
    "Jaan Tamm, Andris Berzins and Peter Novak, the presidents of Estonia, Latvia and Slovakia, respectively, attended the summit.",
    "The summit was attended by Presidents Jaan Tamm, Andris Berzins and Peter Novak of Estonia, Latvia and Slovakia respectively.",
    "The summit was attended by Presidents Jaan Tamm, Andris Berzins and Peter Novak of Estonia, Latvia, and Slovakia.",
  ])("%s", (sentence) => {
    expect(summit(sentence)).toEqual(THREE);
  });

  it("two names with 'respectively' as without it", () => {
    expect(
      summit(
        "The summit was attended by Presidents Jaan Tamm and Peter Novak of Estonia and Slovakia respectively.",
      ),
    ).toEqual([THREE[0], THREE[2]]);
  });

  // Demonyms the knowledge holds (the app's holds every country's, from the reference data).
  it.each([
    [
      "The summit was attended by Kazakh, Kyrgyz and Tajik Presidents Aidos Nurlanov, Bakyt Asanov and Rustam Saidov.",
      3,
    ],
    ["The summit was attended by Kazakh and Tajik Presidents Aidos Nurlanov and Rustam Saidov.", 2],
  ])("demonyms before the title: %s", (sentence, count) => {
    const posts = ["President of Kazakhstan", "President of Kyrgyzstan", "President of Tajikistan"];
    const names = ["Aidos Nurlanov", "Bakyt Asanov", "Rustam Saidov"];
    const picked = count === 3 ? [0, 1, 2] : [0, 2];
    expect(summit(sentence)).toEqual(picked.map((index) => ({ name: names[index], post: posts[index] })));
  });
});

describe("a plural title over names with no country", () => {
  it("gives each bare name the title in the singular", () => {
    expect(
      summit("The summit was attended by Presidents Jaan Tamm, Andris Berzins and Peter Novak."),
    ).toEqual([
      { name: "Jaan Tamm", post: "President" },
      { name: "Andris Berzins", post: "President" },
      { name: "Peter Novak", post: "President" },
    ]);
  });

  it("stops at a name with a title of its own", () => {
    expect(
      summit(
        "The summit was attended by Presidents Jaan Tamm and Andris Berzins, the Slovak leader, Peter Novak, and Prime Minister of Moldova Ion Rusu.",
      ),
    ).toEqual([
      { name: "Jaan Tamm", post: "President" },
      { name: "Andris Berzins", post: "President" },
      { name: "Peter Novak", post: "the Slovak leader" },
      { name: "Ion Rusu", post: "Prime Minister of Moldova" },
    ]);
  });
});
