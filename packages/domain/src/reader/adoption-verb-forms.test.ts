import { describe, expect, it } from "vitest";
import { documentsFound as found } from "./documents-test-reading";

// Adoption told by a present or "-ing" form of its verb, with a named document after it; and the words before such a
// form that make it a plan, a purpose or a title's own. Titles and places in the sentences are invented examples.

describe("adoption by a present or '-ing' form", () => {
  it("reads a participle after the main clause", () => {
    expect(
      found(
        "Leaders of the Forum closed their tenth summit in Port Alder on Friday, adopting the Port Alder Declaration and a final communique after three days of talks.",
      ),
    ).toEqual([
      ["declaration", "Port Alder Declaration", "adopted"],
      ["communique", "Final communique", "adopted"],
    ]);
  });

  it("reads 'by signing' and a present tense", () => {
    expect(found("The summit ended by signing the Treaty on Border Rivers.")).toEqual([
      ["treaty", "Treaty on Border Rivers", "signed"],
    ]);
    expect(found("Forum leaders approve the Strategy on Coastal Fisheries.")).toEqual([
      ["strategy", "Strategy on Coastal Fisheries", "approved"],
    ]);
  });

  it("guard: a form after a modal or 'to' is a plan", () => {
    expect(found("The leaders will sign the Treaty on Border Rivers next year.")).toEqual([]);
    expect(
      found("The ministers met to prepare the summit, hoping to adopt the Port Alder Declaration."),
    ).toEqual([]);
  });

  it("guard: a form after a preposition of purpose or time to come is no act", () => {
    expect(found("The ministers met with a view to signing the Treaty on Border Rivers.")).toEqual([]);
    expect(found("The sherpas met ahead of signing the Charter of the Lake Forum.")).toEqual([]);
  });

  it("guard: a form after a verb of proposing is a proposal", () => {
    expect(found("The host proposed adopting the Port Alder Declaration at the next summit.")).toEqual([]);
  });

  it("guard: a form with no named document after it adopts nothing", () => {
    expect(found("The leaders spent the afternoon signing copies of the photo book.")).toEqual([]);
    expect(found("The forum issues a newsletter every month.")).toEqual([]);
  });

  it("guard: a capitalised name with no document noun after the form is no document", () => {
    expect(found("The presidents spent the evening signing the Golden Book of the City.")).toEqual([]);
  });

  it("guard: a form in a title's words is the title's", () => {
    expect(found("The leaders adopted the Decision on Approving the Budget of the Forum.")).toEqual([
      ["decision", "Decision on Approving the Budget of the Forum", "adopted"],
    ]);
  });

  it("guard: a document implemented, not adopted, is not read from the form", () => {
    expect(
      found("The ministers reported on implementing the Action Plan on Rivers adopted in 2019."),
    ).toEqual([]);
  });
});
