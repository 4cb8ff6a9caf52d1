import { describe, expect, it } from "vitest";
import { documentsFound as found } from "./documents-test-reading";
import { titleCaseRunLength } from "./title-case-ends";

// Where a title stated in title case ends: at a comma followed by the writer's apposition or clause, and never on a
// joining word. Titles and places in the sentences are invented examples.

const run = (rest: string) => rest.slice(0, titleCaseRunLength(rest));

describe("titleCaseRunLength", () => {
  it("ends a title-case title at a comma before an apposition in lower case", () => {
    expect(run(" on Harbour Towns 2040: A Common Coast, a plan for the next fifteen years")).toBe(
      " on Harbour Towns 2040: A Common Coast",
    );
  });

  it("ends it at ', and' opening a clause of the writer's, numbers in between included", () => {
    expect(
      run(" on the 5th Anniversary of the Lake Forum, and under the 2030 charter they set up a fund"),
    ).toBe(" on the 5th Anniversary of the Lake Forum");
  });

  it("keeps a comma list of capitalised words and a capitalised word after ', and'", () => {
    expect(run(" on Rivers, Lakes and Wetlands")).toBe(" on Rivers, Lakes and Wetlands");
    expect(run(" between the Union, of the one part, and the Republic of Zembla")).toBe(
      " between the Union, of the one part, and the Republic of Zembla",
    );
  });

  it("keeps words in lower case that are the title's own, without a comma before them", () => {
    expect(run(" of the Forum leaders on the protection of wetlands")).toBe(
      " of the Forum leaders on the protection of wetlands",
    );
  });

  it("leaves a title in sentence case to the other rules", () => {
    expect(run(" on caring for rivers, a priority of the chair")).toBe(
      " on caring for rivers, a priority of the chair",
    );
  });

  it("drops a joining word left last", () => {
    expect(run(" Vision 2050 with")).toBe(" Vision 2050");
  });

  it("keeps words in quotes whatever their case", () => {
    expect(run(' "Rivers, and the people who live by them"')).toBe(
      ' "Rivers, and the people who live by them"',
    );
  });
});

describe("titles in title case read from sentences", () => {
  it("cuts the apposition after a signed declaration", () => {
    expect(
      found(
        "The leaders signed the Lakeside Declaration on Water 2040: A Shared Basin, a guide for the coming decades, at the close of the summit.",
      ),
    ).toEqual([["declaration", "Lakeside Declaration on Water 2040: A Shared Basin", "signed"]]);
  });

  it("cuts a title before ', and' with a clause of its own, and reads the document that clause names", () => {
    expect(
      found(
        "The leaders also adopted the Lakeside Declaration on the Tenth Anniversary of the Forum, and under that declaration they adopted the Forum Vision 2050 with its action plans for trade and transport.",
      ),
    ).toEqual([
      ["declaration", "Lakeside Declaration on the Tenth Anniversary of the Forum", "adopted"],
      ["other", "Forum Vision 2050", "adopted"],
    ]);
  });

  it("guard: reads no document from a possessive before plural type words in lower case", () => {
    expect(found("The leaders adopted the Forum Vision 2050 with its sectoral plans for energy.")).toEqual([
      ["other", "Forum Vision 2050", "adopted"],
    ]);
  });
});
