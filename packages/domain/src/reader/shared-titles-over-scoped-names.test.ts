// One plural title before a run of names, each with its own "of" scope: "Presidents A of X, B of Y and C of Z", "The
// presidents of X, A; of Y, B; and of Z, C". Before, the first name was given the title ("President of X", or the
// plural as stated) and the others had no post (the ECOWAS–ECCAS and Pacific Alliance 2016 fixtures). And
// "Among the leaders in the hall were …" opens a list as "Among the leaders present were …" does. Every person here
// is invented.
import { describe, expect, it } from "vitest";
import { chairs7Knowledge as knowledge } from "./fixtures/chairs7-knowledge";
import { statedNamesAndPosts } from "./participants-test-reading";

const posts = (text: string) =>
  statedNamesAndPosts(text, knowledge).map(([name, post]) => `${name}: ${post ?? "none"}`);

const OPENING = "The ECOWAS summit was held in Lomé on 30 July 2018. ";

describe("a plural title shared by names each with its own scope", () => {
  it.each([
    [
      "Among the leaders in the hall were Presidents Ade Okonkwo of Nigeria, Koffi Yao of Côte d'Ivoire, Kwame Mensah of Ghana and Abdou Diallo of Senegal.",
      [
        "Ade Okonkwo: President of Nigeria",
        "Koffi Yao: President of Côte d'Ivoire",
        "Kwame Mensah: President of Ghana",
        "Abdou Diallo: President of Senegal",
      ],
    ],
    [
      "Prime Ministers Ana Petrović of Serbia and Ilir Gjoka of Albania attended as guests.",
      ["Ana Petrović: Prime Minister of Serbia", "Ilir Gjoka: Prime Minister of Albania"],
    ],
    [
      "The summit was attended by Presidents Ade Okonkwo of Nigeria, Kwame Mensah of Ghana, and Abdou Diallo of Senegal.",
      [
        "Ade Okonkwo: President of Nigeria",
        "Kwame Mensah: President of Ghana",
        "Abdou Diallo: President of Senegal",
      ],
    ],
  ])("%s", (sentence, expected) => {
    expect(posts(OPENING + sentence)).toEqual(expected);
  });

  it('"The presidents of X, A; of Y, B; and of Z, C": the scopes before the names', () => {
    expect(
      posts(
        `${OPENING}The presidents of Nigeria, Ade Okonkwo; of Ghana, Kwame Mensah; and of Senegal, Abdou Diallo, attended the summit.`,
      ),
    ).toEqual([
      "Ade Okonkwo: President of Nigeria",
      "Kwame Mensah: President of Ghana",
      "Abdou Diallo: President of Senegal",
    ]);
  });

  it("a name with a title of its own in the run keeps it", () => {
    expect(
      posts(
        `${OPENING}The summit was attended by Presidents Ade Okonkwo of Nigeria, Kwame Mensah of Ghana and Prime Minister Abdou Diallo of Senegal.`,
      ),
    ).toEqual([
      "Ade Okonkwo: President of Nigeria",
      "Kwame Mensah: President of Ghana",
      "Abdou Diallo: Prime Minister of Senegal",
    ]);
  });

  it('"Presidents A and B of X and Y" still pairs the countries in order', () => {
    expect(
      posts(
        `${OPENING}The summit was attended by Presidents Ade Okonkwo and Kwame Mensah of Nigeria and Ghana.`,
      ),
    ).toEqual(["Ade Okonkwo: President of Nigeria", "Kwame Mensah: President of Ghana"]);
  });
});
