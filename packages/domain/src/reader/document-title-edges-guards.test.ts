import { describe, expect, it } from "vitest";
import { documentsFound as found, readDocumentsOf } from "./documents-test-reading";

// Near misses for the rules of document-title-edges.test.ts, where they must not fire, and more ways of putting the
// same things. Names and titles in the sentences are invented examples.

describe("guards: words before and after a title", () => {
  it("keeps a capitalised 'Bilateral' that is the title's", () => {
    expect(found("The ministers signed the Bilateral Investment Treaty between Peru and Chile.")).toEqual([
      ["treaty", "Bilateral Investment Treaty between Peru and Chile", "signed"],
    ]);
  });

  it("keeps parties written in capitals as the title's", () => {
    expect(found("The presidents signed the Treaty on Friendship between the Two Nations.")).toEqual([
      ["treaty", "Treaty on Friendship between the Two Nations", "signed"],
    ]);
  });

  it("adds no possessive in lower case to the items of a plural", () => {
    expect(found("The presidents adopted the two presidents' Statements on Fisheries and on Ports.")).toEqual(
      [
        ["statement", "Statement on Fisheries", "adopted"],
        ["statement", "Statement on Ports", "adopted"],
      ],
    );
  });

  it("leaves 'between them' and 'between the two sides' out as well", () => {
    expect(found("The leaders signed the Agreement on Visa Waiver between them.")).toEqual([
      ["agreement", "Agreement on Visa Waiver", "signed"],
    ]);
    expect(found("The premiers signed the Memorandum on Rail Links between the two sides.")).toEqual([
      ["memorandum", "Memorandum on Rail Links", "signed"],
    ]);
  });
});

describe("guards: a first verb that adopts nothing", () => {
  it("reads no document after a verb that is not one of adoption", () => {
    expect(found("The presidents discussed the Joint Statement and approved three more documents.")).toEqual(
      [],
    );
  });

  it("gives a list the verb of adoption before its colon when the first verb is another", () => {
    const text =
      "The leaders met in the capital.\n\nThe leaders heard a report and approved the following documents:\n- the Concept of Rural Broadband;\n- the Roadmap for Port Logistics.\n\nThe next meeting will be held in spring.";
    expect(found(text)).toEqual([
      ["concept", "Concept of Rural Broadband", "approved"],
      ["roadmap", "Roadmap for Port Logistics", "approved"],
    ]);
  });
});

describe("guards: documents of this meeting beside days and months", () => {
  const atMeeting = (text: string, date: string) =>
    readDocumentsOf(text, undefined, undefined, date, date)
      .documents.filter((document) => document.atMeeting)
      .map((document) => [document.type, document.title, document.action]);

  it("keeps a document whose sentence names a month for something else", () => {
    expect(
      atMeeting(
        "The leaders adopted the Declaration on Fair Elections, and the ministers will meet again in June.",
        "2013-11-20",
      ),
    ).toEqual([["declaration", "Declaration on Fair Elections", "adopted"]]);
  });

  it("keeps what ministers did on the eve of another event named after the meeting", () => {
    expect(
      found(
        "The presidents signed the Hill Treaty at the summit. The ministers will meet on the eve of the next forum in May.",
      ),
    ).toEqual([["treaty", "Hill Treaty", "signed"]]);
  });
});

describe("more ways of putting a verb before a list", () => {
  it("gives the list the second verb after a document of the first", () => {
    const text =
      "The leaders met in the capital.\n\nThe presidents signed a Joint Communiqué and approved the following documents:\n- the Concept of Rural Broadband;\n- the Roadmap for Port Logistics.\n\nThe next meeting will be held in spring.";
    expect(found(text)).toEqual([
      ["communique", "Joint Communiqué", "signed"],
      ["concept", "Concept of Rural Broadband", "approved"],
      ["roadmap", "Roadmap for Port Logistics", "approved"],
    ]);
  });
});

describe("more ways of naming the outcome", () => {
  it.each([
    [
      "The main outcome of the talks was the Agreement on Joint Customs Posts.",
      "Agreement on Joint Customs Posts",
    ],
    ["The key document of the meeting was the Treaty on Water Sharing.", "Treaty on Water Sharing"],
  ])("reads a treaty or an agreement as signed: %s", (text, title) => {
    expect(found(text)[0]).toEqual([title.startsWith("Treaty") ? "treaty" : "agreement", title, "signed"]);
  });

  it("reads a statement named so as adopted", () => {
    expect(found("The main document of the day is the Joint Statement on Regional Security.")).toEqual([
      ["statement", "Joint Statement on Regional Security", "adopted"],
    ]);
  });
});

describe("more ways of setting a theme beside a title", () => {
  it.each([
    'The leaders adopted the Lima Declaration under the theme "Building Bridges for a Fairer Economy".',
    'The leaders adopted the Lima Declaration, themed "Building Bridges for a Fairer Economy".',
    "The leaders adopted the Lima Declaration – ‘Building Bridges for a Fairer Economy’ – which calls for reform.",
    'The leaders adopted the Lima Declaration ("Building Bridges for a Fairer Economy").',
  ])("leaves the theme out: %s", (text) => {
    expect(found(text)).toEqual([["declaration", "Lima Declaration", "adopted"]]);
  });

  it("keeps a quoted title after its type word alone", () => {
    expect(found('The heads of state adopted the Declaration "On Fair Trade in the Region".')).toEqual([
      ["declaration", "Declaration On Fair Trade in the Region", "adopted"],
    ]);
  });
});

describe("more ways of telling of a time before the meeting", () => {
  it.each([
    "Ahead of the summit, the foreign ministers signed a Protocol on Consular Posts. The presidents signed the Lakeside Declaration.",
    "Prior to the summit the trade ministers adopted the Statement on Tariffs. The presidents signed the Lakeside Declaration.",
  ])("leaves out what ministers did before it: %s", (text) => {
    expect(found(text)).toEqual([["declaration", "Lakeside Declaration", "signed"]]);
  });

  it("keeps what was signed ahead of one of the summit's own sessions, or by the leaders", () => {
    expect(
      found(
        "Ahead of the summit's closing session, the presidents and their foreign ministers signed the Hill Treaty.",
      ),
    ).toEqual([["treaty", "Hill Treaty", "signed"]]);
    expect(found("Ahead of the summit, the presidents signed the Lakeside Declaration.")).toEqual([
      ["declaration", "Lakeside Declaration", "signed"],
    ]);
  });
});

describe("more ways of naming the main result", () => {
  it.each([
    ["The centrepiece of the summit was the Treaty on Water Sharing.", "treaty", "Treaty on Water Sharing"],
    [
      "The main result of the meeting was the Agreement on Customs Posts.",
      "agreement",
      "Agreement on Customs Posts",
    ],
  ])("reads it as signed: %s", (text, type, title) => {
    expect(found(text)).toEqual([[type, title, "signed"]]);
  });
});
