import { describe, expect, it } from "vitest";
import { toSimilarQueries } from "./search-repository";

describe("toSimilarQueries", () => {
  it("replaces each query word by its nearest known word, then by any of its near ones", () => {
    expect(toSimilarQueries([["statement", "agreement"], ["joint"]])).toEqual({
      nearest: "'statement' & 'joint'",
      any: "('statement' | 'agreement') & ('joint')",
    });
  });

  it("needs no second query when every word has one near word", () => {
    expect(toSimilarQueries([["tanaka"], ["jonas"]])).toEqual({ nearest: "'tanaka' & 'jonas'", any: null });
  });

  it("leaves out a word no known word is near, and gives no query when none is", () => {
    expect(toSimilarQueries([[], ["jonas"]]).nearest).toBe("'jonas'");
    expect(toSimilarQueries([[], []])).toEqual({ nearest: null, any: null });
    expect(toSimilarQueries([])).toEqual({ nearest: null, any: null });
  });

  it("quotes each word as one lexeme, so a quote or backslash in it cannot change the query", () => {
    expect(toSimilarQueries([["o'neil"], ["a\\b"]]).nearest).toBe("'o''neil' & 'a\\\\b'");
  });
});
