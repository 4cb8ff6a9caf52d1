// A title headed by a noun documents are named by, though not a type word, with its capitalised subject after it: "the
// Statement on Energy and the Initiative on World Unity were adopted" lists two documents, not one. Every sentence here
// is written for these tests.
import { describe, expect, it } from "vitest";
import { documentsFound } from "./documents-test-reading";

const titles = (text: string) => documentsFound(text).map(([, found]) => found);

describe("a title noun first starts an item of its own", () => {
  it.each([
    [
      "Following the summit, the Astana Declaration, the Statement on Energy and the Initiative on World Unity were adopted.",
      ["Astana Declaration", "Statement on Energy", "Initiative on World Unity"],
    ],
    [
      "The leaders adopted the Statement on Energy and the Initiative on World Unity.",
      ["Statement on Energy", "Initiative on World Unity"],
    ],
    [
      "The heads of state approved the Declaration on Peace and the Framework for Regional Connectivity.",
      ["Declaration on Peace", "Framework for Regional Connectivity"],
    ],
  ])("%s", (text, expected) => {
    expect(titles(text)).toEqual(expected);
  });
});

describe("guards", () => {
  it("a subject in lower case after 'and the' goes on with the title", () => {
    expect(
      titles("The leaders adopted the Joint Statement on terrorism and the financing of extremism."),
    ).toEqual(["Joint Statement on terrorism and the financing of extremism"]);
    expect(
      titles("The leaders adopted the Statement on Energy and the initiative of the host country."),
    ).toEqual(["Statement on Energy and the initiative of the host country"]);
  });
});
