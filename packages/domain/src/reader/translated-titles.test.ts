// Titles translated from Russian (the outcomes round): a decision named by its quoted title "On …" after its type
// word, in prose and in a list one a line, plural type words heading several quoted titles, and quoted titles
// across semicolons. The titles are examples only.
import { describe, expect, it } from "vitest";
import { documentsFound as found } from "./documents-test-reading";

describe("a quoted title 'On …' after its type word", () => {
  it.each([
    ["The heads of state signed the decision «On the Budget for 2025».", "signed"],
    ['The heads of state approved the Decision "On the Budget for 2025".', "approved"],
    ["Documents signed\n\n1. Decision «On the Budget for 2025»", "signed"],
  ])("gives the type word and the words in quotes: %s", (text, action) => {
    expect(found(text)).toEqual([["decision", "Decision On the Budget for 2025", action]]);
  });

  it("keeps the quotes of a motto after a title of its own", () => {
    expect(found('The leaders adopted the Declaration of the Fourth Summit "Enhancing Dialogue".')).toEqual([
      ["declaration", 'Declaration of the Fourth Summit "Enhancing Dialogue"', "adopted"],
    ]);
  });
});

describe("a plural type word before several quoted titles", () => {
  it.each([
    "Among the documents signed were decisions «On the Year of Culture» and «On the Council of Ministers».",
    'The presidents signed decisions "On the Year of Culture", "On the Council of Ministers".',
    "The leaders signed the decisions “On the Year of Culture” and “On the Council of Ministers”.",
  ])("heads each of them: %s", (sentence) => {
    expect(found(sentence)).toEqual([
      ["decision", "Decision On the Year of Culture", "signed"],
      ["decision", "Decision On the Council of Ministers", "signed"],
    ]);
  });

  it("reads quoted titles across semicolons after a colon", () => {
    expect(
      found(
        "The presidents approved a number of documents: «On the Year of Culture»; «On the Council of Ministers».",
      ),
    ).toEqual([
      ["other", "On the Year of Culture", "approved"],
      ["other", "On the Council of Ministers", "approved"],
    ]);
  });
});
