// Each proposed term names its country for the review screen: the knowledge's English name, or, for a handover an
// editor made from selected text, the words selected. Every sentence is written for these tests.
import { expect, it } from "vitest";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";
import { addSelectedFact } from "./review";

const TEXT =
  "ASTANA, 6 November 2024. The summit of the Organization of Turkic States was held in Astana under the chairmanship of President of Kazakhstan Arman Seitov. Prime Minister of the Kyrgyz Republic Adil Osmonov took part. Kazakhstan handed over the chairmanship of the Organization to Kyrgyzstan.";

it("names each term's country as the knowledge does", () => {
  const proposal = readPressRelease(TEXT, eurasiaKnowledge);
  expect(proposal.chairmanships.map((term) => term.countryLabel)).toEqual(["Kazakhstan", "Kyrgyzstan"]);
});

it("names a handover made from a selection by the words selected", () => {
  const proposal = readPressRelease(TEXT, eurasiaKnowledge);
  const start = TEXT.indexOf("Kyrgyz Republic");
  const made = addSelectedFact(proposal, "handover", start, start + "Kyrgyz Republic".length);
  if ("error" in made) throw new Error(made.error);
  expect(made.proposal.chairmanships.at(-1)?.countryLabel).toBe("Kyrgyz Republic");
});
