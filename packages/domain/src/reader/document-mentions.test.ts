import { describe, expect, it } from "vitest";
import { mentionAdoption, nameStart } from "./document-mentions";
import { documentsFound as found, readDocumentsOf } from "./documents-test-reading";

// Named documents wherever a sentence names them, taken when the words around them say they were adopted at this
// meeting. Titles, places and bodies in the sentences are invented examples.

describe("nameStart", () => {
  it("takes the capitalised words of a name before a type word, and the article before them", () => {
    const before = "Among the outcomes was the Hill Town ";
    expect(before.slice(nameStart(before))).toBe("the Hill Town ");
  });

  it("takes only the article when no name comes before the type word", () => {
    const before = "The leaders agreed a ";
    expect(before.slice(nameStart(before))).toBe("a ");
  });
});

describe("mentionAdoption", () => {
  it("reads any form of a verb of adoption right before a mention", () => {
    expect(mentionAdoption("The leaders agreed the ", ".", 2026)).toBe("adopted");
    expect(mentionAdoption("The day ended with the presidents putting their names to the ", ".", 2026)).toBe(
      "signed",
    );
    expect(mentionAdoption("The heads of state gave their approval to the ", ".", 2026)).toBe("approved");
  });

  it("reads the verb or outcome a mention is the subject of", () => {
    expect(mentionAdoption("The ", " was the main outcome of the summit.", 2026)).toBe("adopted");
    expect(mentionAdoption("", " was formally unveiled on the second day.", 2026)).toBe("adopted");
  });

  it("guard: not as a subject when the mention may not be one", () => {
    expect(mentionAdoption("The ", " was the main outcome of the summit.", 2026, false)).toBeNull();
  });

  it("guard: a plan, a proposal or a text carried out is not adopted here", () => {
    expect(mentionAdoption("The leaders will sign the ", ".", 2026)).toBeNull();
    expect(mentionAdoption("The host proposed to adopt the ", ".", 2026)).toBeNull();
    expect(mentionAdoption("The report on implementing the ", " was approved.", 2026)).toBeNull();
  });

  it("guard: a text signed in another year, or recalled, is not adopted here", () => {
    expect(mentionAdoption("The ", " was signed in Port Alder in 2011.", 2026)).toBeNull();
    expect(mentionAdoption("They met ten years after the ", " was signed.", 2026)).toBeNull();
  });

  it("guard: a year before the verb other than the meeting's", () => {
    expect(mentionAdoption("Among the outcomes of the 2014 summit was the ", ".", 2026)).toBeNull();
  });

  it("guard: a month other than the meeting's, or a text the clause is guided by", () => {
    expect(
      mentionAdoption("The ", ", adopted by the heads of state in March, sets goals.", 2026, true, 9),
    ).toBeNull();
    expect(
      mentionAdoption("Guided by the ", ", adopted at the summit, the ministers met.", 2026, true, 9),
    ).toBeNull();
  });

  it("keeps a year that is the meeting's own", () => {
    expect(mentionAdoption("The ", " was signed on 3 March 2026.", 2026)).toBe("signed");
  });
});

describe("named documents in sentences", () => {
  it("reads a document named among the outcomes", () => {
    expect(found("Among the outcomes was the Hill Town Declaration on Food Security.")).toEqual([
      ["declaration", "Hill Town Declaration on Food Security", "adopted"],
    ]);
  });

  it("reads a document that is the subject of 'was the main outcome'", () => {
    expect(found("The Hill Town Declaration on Food Security was the main outcome of the summit.")).toEqual([
      ["declaration", "Hill Town Declaration on Food Security", "adopted"],
    ]);
  });

  it("reads 'agreed' with a list of named documents after it", () => {
    expect(found("The leaders agreed the Hill Town Declaration and a Joint Statement on Climate.")).toEqual([
      ["declaration", "Hill Town Declaration", "adopted"],
      ["statement", "Joint Statement on Climate", "adopted"],
    ]);
  });

  it("reads 'putting their names to' and 'unveiled'", () => {
    expect(
      found(
        "The summit concluded with the leaders putting their names to the Riverside Charter on Water Security.",
      ),
    ).toEqual([["other", "Riverside Charter on Water Security", "signed"]]);
    expect(found("The leaders unveiled the Hill Town Roadmap for Green Growth 2030.")).toEqual([
      ["roadmap", "Hill Town Roadmap for Green Growth 2030", "adopted"],
    ]);
  });

  it("reads verbs of outcome and passing in any form", () => {
    expect(found("The summit yielded a Joint Statement on Coastal Fisheries.")).toEqual([
      ["statement", "Joint Statement on Coastal Fisheries", "adopted"],
    ]);
    expect(found("The session closed with the Lakeside Declaration.")).toEqual([
      ["declaration", "Lakeside Declaration", "adopted"],
    ]);
    expect(found("The assembly also passed a Resolution on Flood Relief.")).toEqual([
      ["other", "Resolution on Flood Relief", "adopted"],
    ]);
    expect(found("The leaders approved by consensus the Lakeside Declaration.")).toEqual([
      ["declaration", "Lakeside Declaration", "approved"],
    ]);
  });

  it("reads a participle after a mention with this meeting's time or place", () => {
    expect(found("In the Lakeside Declaration adopted at the summit, the leaders called for calm.")).toEqual([
      ["declaration", "Lakeside Declaration", "adopted"],
    ]);
    expect(found("The Lakeside Charter on Rivers signed today opens the basin to shipping.")).toEqual([
      ["other", "Lakeside Charter on Rivers", "signed"],
    ]);
  });

  it("guard: a participle with an earlier meeting is not read", () => {
    expect(
      found("In the Lakeside Declaration adopted at the previous summit, the leaders had called for calm."),
    ).toEqual([]);
  });

  it("guard: a document welcomed or ratified is not adopted by these words", () => {
    expect(found("The heads of state ratified the Treaty on Border Rivers.")).toEqual([]);
  });

  it("reads a title without 'by consensus' after it", () => {
    expect(
      found(
        "The leaders adopted the Hill Town Declaration by consensus, reaffirming their commitment to trade.",
      ),
    ).toEqual([["declaration", "Hill Town Declaration", "adopted"]]);
  });

  it("reads a named title without a type word: an initiative, a vision, a partnership for something", () => {
    expect(
      found("The leaders unveiled the Lakeside Initiative on Clean Water, which will fund wells."),
    ).toEqual([["other", "Lakeside Initiative on Clean Water", "adopted"]]);
    expect(
      found("The leaders also launched the Forum Partnership for the Elimination of River Blindness."),
    ).toEqual([["other", "Forum Partnership for the Elimination of River Blindness", "adopted"]]);
  });

  it("guard: a partnership between parties, or a title recalled or guided by, is no document of the meeting", () => {
    expect(found("The leaders launched the Strategic Partnership between the two blocs.")).toEqual([]);
    expect(found("The leaders recalled the Lakeside Initiative on Clean Water launched in 2019.")).toEqual(
      [],
    );
    expect(found("Guided by the Forum Vision 2040, the leaders agreed to act.")).toEqual([]);
  });

  it("guard: a document only to be prepared or signed later is not read", () => {
    expect(
      found("The leaders agreed to prepare a Charter on Water Security for adoption next year."),
    ).toEqual([]);
    expect(found("The ministers will sign the Hill Town Treaty on Energy at the next summit.")).toEqual([]);
  });

  it("guard: a document implemented rather than adopted is not read", () => {
    expect(
      found("The leaders reviewed the implementation of the Hill Town Action Plan adopted in 2019."),
    ).toEqual([]);
  });

  it("guard: a document of another year's summit is not read", () => {
    expect(found("Among the outcomes of the 2014 summit was the Lakeside Charter on Rivers.")).toEqual([]);
    expect(found("The Forum met ten years after the Lakeside Charter on Rivers was signed.")).toEqual([]);
  });

  it("guard: a type word heading a body's name is no document", () => {
    expect(
      readDocumentsOf(
        "The presidents of the Mutual Defence Treaty Organization met in the capital, which has hosted the outcome of many talks.",
      ).documents,
    ).toEqual([]);
  });

  it("guard: a capitalised phrase with no document noun is not read", () => {
    expect(found("Among the outcomes was the Green Harbour Fund for small islands.")).toEqual([]);
  });
});
