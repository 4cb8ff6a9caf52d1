import { describe, expect, it } from "vitest";
import { documentsFound as found } from "./documents-test-reading";

// Where a title begins and ends when the writer's words touch it: a name before a plural type word that every item
// shares, a word in lower case telling between whom a document is, and parties named only by reference to an earlier
// title. Names and titles in the sentences are invented examples.

describe("a name before a plural type word shared by its items", () => {
  it("gives each item the capitalised words before the plural", () => {
    expect(
      found(
        "The ministers adopted three texts, the Nordic Ministers' Declarations on Clean Water, on Rural Roads and on Flood Warning.",
      ),
    ).toEqual([
      ["declaration", "Nordic Ministers' Declaration on Clean Water", "adopted"],
      ["declaration", "Nordic Ministers' Declaration on Rural Roads", "adopted"],
      ["declaration", "Nordic Ministers' Declaration on Flood Warning", "adopted"],
    ]);
    expect(
      found("The presidents issued the Joint Statements on Energy Security and on Food Supply."),
    ).toEqual([
      ["statement", "Joint Statement on Energy Security", "adopted"],
      ["statement", "Joint Statement on Food Supply", "adopted"],
    ]);
    expect(found("The leaders approved the Baltic Action Plans on Fisheries and on Ports.")).toEqual([
      ["action_plan", "Baltic Action Plan on Fisheries", "approved"],
      ["action_plan", "Baltic Action Plan on Ports", "approved"],
    ]);
  });

  it("adds nothing when the plural or the words before it are in lower case", () => {
    expect(found("The leaders adopted declarations on Clean Water and on Rural Roads.")).toEqual([
      ["declaration", "Declaration on Clean Water", "adopted"],
      ["declaration", "Declaration on Rural Roads", "adopted"],
    ]);
    expect(found("The leaders adopted their joint Declarations on Clean Water and on Rural Roads.")).toEqual([
      ["declaration", "Declaration on Clean Water", "adopted"],
      ["declaration", "Declaration on Rural Roads", "adopted"],
    ]);
  });
});

describe("a word in lower case telling between whom a document is", () => {
  it("leaves 'bilateral', 'intergovernmental' out of a title in capitals", () => {
    expect(
      found("In the leaders' presence, the two ministers signed a bilateral Agreement on Fishing Quotas."),
    ).toEqual([["agreement", "Agreement on Fishing Quotas", "signed"]]);
    expect(found("The prime ministers signed an intergovernmental Protocol on Rail Freight.")).toEqual([
      ["protocol", "Protocol on Rail Freight", "signed"],
    ]);
    expect(found("The presidents also signed a separate Memorandum on Tourism Exchanges.")).toEqual([
      ["memorandum", "Memorandum on Tourism Exchanges", "signed"],
    ]);
  });

  it("keeps the word when it is capitalised, as part of the title", () => {
    expect(found("The heads of state approved the Interstate Programme on Seismic Safety.")).toEqual([
      ["programme", "Interstate Programme on Seismic Safety", "approved"],
    ]);
  });
});

describe("parties named by reference after a title", () => {
  it("leaves 'between the same parties' and 'between the two countries' out of the title", () => {
    expect(
      found(
        "The leaders signed the Partnership Agreement between the Alliance and Chile and the Framework Agreement on Investment Protection between the same parties.",
      ),
    ).toEqual([
      ["agreement", "Partnership Agreement between the Alliance and Chile", "signed"],
      ["agreement", "Framework Agreement on Investment Protection", "signed"],
    ]);
    expect(
      found("The presidents adopted the Joint Statement on River Shipping between the two countries."),
    ).toEqual([["statement", "Joint Statement on River Shipping", "adopted"]]);
    expect(found("The ministers signed the Agreement on Air Services between both governments.")).toEqual([
      ["agreement", "Agreement on Air Services", "signed"],
    ]);
  });

  it("keeps parties the title names", () => {
    expect(
      found("The leaders signed the Agreement on Cooperation between the Alliance and the Andean Community."),
    ).toEqual([
      ["agreement", "Agreement on Cooperation between the Alliance and the Andean Community", "signed"],
    ]);
  });
});
