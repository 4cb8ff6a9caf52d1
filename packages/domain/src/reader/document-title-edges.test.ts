import { describe, expect, it } from "vitest";
import { documentsFound as found, readDocumentsOf } from "./documents-test-reading";

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

describe("a document and a count of more under two verbs of one subject", () => {
  it("reads the document before 'and' and the second verb's count", () => {
    expect(found("The presidents also adopted a Joint Statement and approved three more documents.")).toEqual(
      [["statement", "Joint Statement", "adopted"]],
    );
    expect(found("The ministers signed the Protocol on Seed Banks and adopted two other documents.")).toEqual(
      [["protocol", "Protocol on Seed Banks", "signed"]],
    );
    expect(found("The leaders issued the Declaration on Coastal Trade and signed 5 agreements.")).toEqual([
      ["declaration", "Declaration on Coastal Trade", "adopted"],
    ]);
  });

  it("reads nothing more when the two verbs share the count", () => {
    expect(found("The presidents signed and approved three more documents.")).toEqual([]);
  });
});

describe("a list heading with two verbs", () => {
  const list = (heading: string) =>
    found(
      `The leaders met in the capital.\n\n${heading}\n- the Concept of Rural Broadband;\n- the Roadmap for Port Logistics for 2026-2028.\n\nThe next meeting will be held in spring.`,
    );

  it("gives the listed documents the verb of the group before the colon", () => {
    expect(list("The heads of state adopted a Joint Statement and approved three more documents:")).toEqual([
      ["statement", "Joint Statement", "adopted"],
      ["concept", "Concept of Rural Broadband", "approved"],
      ["roadmap", "Roadmap for Port Logistics for 2026-2028", "approved"],
    ]);
    expect(list("The presidents approved the agenda and signed the following documents:")).toEqual([
      ["concept", "Concept of Rural Broadband", "signed"],
      ["roadmap", "Roadmap for Port Logistics for 2026-2028", "signed"],
    ]);
  });

  it("keeps the first verb when two verbs share the group", () => {
    expect(list("At the close the leaders signed and adopted the following documents:")).toEqual([
      ["concept", "Concept of Rural Broadband", "signed"],
      ["roadmap", "Roadmap for Port Logistics for 2026-2028", "signed"],
    ]);
  });
});

describe("documents of a meeting held before this one", () => {
  it("leaves out what a sentence opening on the eve or the day before tells of", () => {
    expect(
      found(
        "On the eve of the summit the foreign ministers signed a Protocol on Consular Posts. The presidents signed the Lakeside Declaration.",
      ),
    ).toEqual([["declaration", "Lakeside Declaration", "signed"]]);
    expect(
      found(
        "The day before, the energy ministers adopted the Statement on Grid Links. The leaders adopted the Harbour Declaration.",
      ),
    ).toEqual([["declaration", "Harbour Declaration", "adopted"]]);
  });

  it("leaves out what a subject signed at a session of its own", () => {
    expect(
      found(
        "The senior officials prepared the draft and signed, at their own meeting, a Memorandum on Data Sharing. The leaders signed the Hill Treaty.",
      ),
    ).toEqual([["treaty", "Hill Treaty", "signed"]]);
  });

  it("keeps what the leaders did the day before the last day of a meeting of two days", () => {
    expect(
      found(
        "The two-day summit closed today in Quito. The day before, the presidents adopted the Harbour Declaration.",
      ),
    ).toEqual([["declaration", "Harbour Declaration", "adopted"]]);
  });

  it("keeps what the meeting itself did on its last day", () => {
    expect(found("On the final day of the summit the presidents signed the Lakeside Declaration.")).toEqual([
      ["declaration", "Lakeside Declaration", "signed"],
    ]);
  });
});

describe("a document dated to another month", () => {
  const atMeeting = (text: string, date: string) =>
    readDocumentsOf(text, undefined, undefined, date, date)
      .documents.filter((document) => document.atMeeting)
      .map((document) => [document.type, document.title, document.action]);

  it("leaves out a document adopted 'in June' when the meeting is in November", () => {
    expect(
      atMeeting(
        "Guided by the Harbour Declaration on Ocean Trade, adopted by the heads of state in June, the premiers reviewed their projects.",
        "2013-11-20",
      ),
    ).toEqual([]);
    expect(
      atMeeting(
        "The ministers took note of the Hill Statement on Water, signed by the leaders in March, and adopted the Joint Communiqué.",
        "2013-11-20",
      ),
    ).toEqual([["communique", "Joint Communiqué", "adopted"]]);
  });

  it("keeps a document adopted in the meeting's own month, or when the meeting's date is unknown", () => {
    expect(
      atMeeting(
        "Guided by the Harbour Declaration on Ocean Trade, adopted by the heads of state in November, the premiers reviewed their projects.",
        "2013-11-20",
      ),
    ).toEqual([["declaration", "Harbour Declaration on Ocean Trade", "adopted"]]);
  });
});

describe("a quoted theme after a title", () => {
  it("leaves a theme set off by a comma out of the title", () => {
    expect(
      found(
        'The talks ended with the adoption of the Lima Declaration, "Building Bridges for a Fairer Economy", which calls for reform.',
      ),
    ).toEqual([["declaration", "Lima Declaration", "adopted"]]);
    expect(found('The presidents signed the Harbour Joint Statement, "Open Seas for Open Trade".')).toEqual([
      ["statement", "Harbour Joint Statement", "signed"],
    ]);
  });

  it("keeps a quoted subtitle with no comma before it", () => {
    expect(
      found('The leaders adopted the Lima Declaration "Building Bridges for a Fairer Economy".'),
    ).toEqual([["declaration", "Lima Declaration Building Bridges for a Fairer Economy", "adopted"]]);
  });
});

describe("a text named as the main document of the day", () => {
  it("reads a treaty or an agreement named so as signed, and a declaration as adopted", () => {
    expect(
      found(
        "The main document of the day is the Treaty on Friendship and Good Neighbourliness of the Five States.",
      ),
    ).toEqual([["treaty", "Treaty on Friendship and Good Neighbourliness of the Five States", "signed"]]);
    expect(found("The main outcome of the summit was the Agreement on Joint Customs Posts.")).toEqual([
      ["agreement", "Agreement on Joint Customs Posts", "signed"],
    ]);
    expect(found("The main document of the day is the Lakeside Declaration.")).toEqual([
      ["declaration", "Lakeside Declaration", "adopted"],
    ]);
  });
});
