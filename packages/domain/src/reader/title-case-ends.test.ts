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

describe("titleCaseRunLength: the writer's words in lower case after the last capitalised word", () => {
  it("ends a title before a phrase of where, when, how or what for", () => {
    expect(run(" on Coastal Fisheries at the opening plenary")).toBe(" on Coastal Fisheries");
    expect(run(" on Coastal Fisheries to steer joint work until 2035")).toBe(" on Coastal Fisheries");
    expect(run(" on Coastal Fisheries as their key outcome document")).toBe(" on Coastal Fisheries");
    expect(run(" on Coastal Fisheries after a long debate")).toBe(" on Coastal Fisheries");
    expect(run(" on Coastal Fisheries without a vote")).toBe(" on Coastal Fisheries");
    expect(run(" on Coastal Fisheries this spring")).toBe(" on Coastal Fisheries");
  });

  it("ends it before 'and' opening a clause in lower case, numbers after the head kept", () => {
    expect(run(" 2027–2031 and asked the ministers to report yearly")).toBe(" 2027–2031");
    expect(run(" on Coastal Fisheries and tasked the secretariat with it")).toBe(" on Coastal Fisheries");
  });

  it("keeps 'until' and a year after a lower-case phrase as the writer's, not the title's, only after 'to'", () => {
    expect(run(" on Coastal Fisheries to steer joint work until 2035")).toBe(" on Coastal Fisheries");
  });

  it("ends it before an apposition with a possessive and before a name the writer gives in brackets", () => {
    expect(run(" on Coastal Fisheries, its second on the subject")).toBe(" on Coastal Fisheries");
    expect(run(" on Coastal Fisheries (the Lakeside Declaration)")).toBe(" on Coastal Fisheries");
  });

  it("keeps a subject in lower case that goes on the title's", () => {
    expect(run(" of the Lake Forum leaders on protecting wetlands")).toBe(
      " of the Lake Forum leaders on protecting wetlands",
    );
    expect(run(" on the Forum's budget for 2027")).toBe(" on the Forum's budget for 2027");
    expect(run(" of Military Cooperation until 2035")).toBe(" of Military Cooperation until 2035");
    expect(run(" of Action for its implementation")).toBe(" of Action for its implementation");
    expect(run(" on the Lake Forum's joint fisheries programme")).toBe(
      " on the Lake Forum's joint fisheries programme",
    );
  });

  it("keeps a phrase in lower case that a capitalised word follows", () => {
    expect(run(" on the Role of Towns as a Driver for Achieving the Lake Vision 2040")).toBe(
      " on the Role of Towns as a Driver for Achieving the Lake Vision 2040",
    );
    expect(run(" on Budgets (2026-2028)")).toBe(" on Budgets (2026-2028)");
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

  it("ends a title before the writer's phrase after it", () => {
    expect(
      found("The leaders adopted the Lakeside Statement on Coastal Fisheries at the opening plenary."),
    ).toEqual([["statement", "Lakeside Statement on Coastal Fisheries", "adopted"]]);
    expect(
      found(
        "The leaders approved the Strategy on Coastal Fisheries as their key outcome document, without a vote.",
      ),
    ).toEqual([["strategy", "Strategy on Coastal Fisheries", "approved"]]);
  });

  it("guard: reads no document from a possessive before plural type words in lower case", () => {
    expect(found("The leaders adopted the Forum Vision 2050 with its sectoral plans for energy.")).toEqual([
      ["other", "Forum Vision 2050", "adopted"],
    ]);
  });
});
