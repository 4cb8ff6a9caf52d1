// Headings a release puts above its documents (the outcomes round): a presidential website's "Documents
// signed at the meeting of …" with no colon and no full stop, then one title per line; a foreign ministry's "The
// outcome documents of the summit are: A; B; and C", titles without a type word among them. Each heading is written in
// at least three variants; the titles are examples only.
import { describe, expect, it } from "vitest";
import { documentsFound as found } from "./documents-test-reading";

const LINES = [
  "Samarkand Declaration of the Council of Heads of State",
  "Statement of the Council of Heads of State on Global Food Security",
  "Decision on the Budget of the Organisation for 2023",
].join("\n");

describe("a title line naming a group and what was done with it", () => {
  it.each([
    ["Documents signed at the meeting of the Council of Heads of State", "signed"],
    ["Documents adopted at the summit", "adopted"],
    ["Main documents approved by the heads of state", "approved"],
    ["Decisions signed in Samarkand", "signed"],
    ["List of documents signed at the summit", "signed"],
    ["Signed documents", "signed"],
    ["Outcome documents", "adopted"],
    ["Final documents of the summit:", "adopted"],
  ])("heads the lines after it: %s", (heading, action) => {
    expect(found(`The leaders met in Samarkand on 16 September.\n\n${heading}\n\n${LINES}`)).toEqual([
      ["declaration", "Samarkand Declaration of the Council of Heads of State", action],
      ["statement", "Statement of the Council of Heads of State on Global Food Security", action],
      ["decision", "Decision on the Budget of the Organisation for 2023", action],
    ]);
  });

  it.each([
    "Documents signed at earlier meetings were reviewed.",
    "Documents signed in 2001 remain in force; the leaders discussed trade.",
    "Signed documents are listed on the website.",
  ])("is no heading when it is a sentence: %s", (sentence) => {
    expect(found(`${sentence}\n\nThe ministers met again in the afternoon.`)).toEqual([]);
  });
});

describe("a foreign ministry's 'outcome documents' before a list", () => {
  it.each([
    "The outcome documents of the summit are: the Declaration on Peace; the Amendments to the Rules of Procedure; and the «Regulations on the Business Council».",
    "The final documents of the meeting were the Declaration on Peace, the Amendments to the Rules of Procedure and the Regulations on the Business Council.",
    "Outcome documents include: the Declaration on Peace; the Amendments to the Rules of Procedure; the Regulations on the Business Council.",
  ])("lists what the meeting adopted, titles without a type word included: %s", (sentence) => {
    expect(found(sentence)).toEqual([
      ["declaration", "Declaration on Peace", "adopted"],
      ["other", "Amendments to the Rules of Procedure", "adopted"],
      ["other", "Regulations on the Business Council", "adopted"],
    ]);
  });

  it("keeps a type word after 'to' in the title before it", () => {
    expect(found("The leaders signed the Amendments to the Agreement on Visas.")).toEqual([
      ["other", "Amendments to the Agreement on Visas", "signed"],
    ]);
    expect(found("The leaders adopted the Protocol amending the Agreement on Trade.")).toEqual([
      ["protocol", "Protocol amending the Agreement on Trade", "adopted"],
    ]);
  });
});

describe("lines marked by a letter or a Roman numeral under a heading", () => {
  it.each([
    ["(a)", "(b)"],
    ["a)", "b)"],
    ["i.", "ii."],
    ["(1)", "(2)"],
  ])("are a list like numbered lines: %s %s", (first, second) => {
    expect(
      found(
        `The leaders adopted the following documents:\n\n${first} Astana Declaration of the Council;\n${second} Statement on Food Security.`,
      ),
    ).toEqual([
      ["declaration", "Astana Declaration of the Council", "adopted"],
      ["statement", "Statement on Food Security", "adopted"],
    ]);
  });
});
