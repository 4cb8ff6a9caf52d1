import { describe, expect, it } from "vitest";
import { documentsFound as found } from "./documents-test-reading";

// Outcomes told in running prose, as the releases of bodies with rotating presidencies tell them (outcomes2 round):
// titles headed by a longer name ("the G20 Rio de Janeiro Leaders' Declaration"), a title running into a relative
// clause without its comma, the adoption that ended a summit after a clause on drafts, resolutions named only by the
// agenda they cover, and documents signed at an event beside the summit. Every sentence is written for these tests.

describe("a title headed by more than three words of a name", () => {
  it.each([
    [
      "The leaders adopted the G7 Hiroshima Summit Leaders' Communiqué.",
      [["communique", "G7 Hiroshima Summit Leaders' Communiqué", "adopted"]],
    ],
    [
      "The summit closed with the adoption of the East Asia Summit Leaders' Statement on Food Security.",
      [["statement", "East Asia Summit Leaders' Statement on Food Security", "adopted"]],
    ],
    [
      "On Sunday the G20 Buenos Aires Leaders' Declaration was approved by consensus.",
      [["declaration", "G20 Buenos Aires Leaders' Declaration", "approved"]],
    ],
    [
      "The 15th BRICS Summit Johannesburg II Declaration was adopted at the end of the summit.",
      [["declaration", "15th BRICS Summit Johannesburg II Declaration", "adopted"]],
    ],
  ])("reads the whole name, not its last three words: %s", (sentence, documents) => {
    expect(found(sentence)).toEqual(documents);
  });

  it("still leaves a weekday before the name out of the title", () => {
    expect(found("On Monday Sao Paulo Leaders' Joint Declaration was adopted.")).toEqual([
      ["declaration", "Sao Paulo Leaders' Joint Declaration", "adopted"],
    ]);
  });
});

describe("a relative clause without its comma after a title in title case", () => {
  it.each([
    [
      "The leaders adopted the Kazan Declaration which sets out their views on global governance.",
      [["declaration", "Kazan Declaration", "adopted"]],
    ],
    [
      "The presidents signed the Treaty on Eternal Friendship that commits both sides to consultations.",
      [["treaty", "Treaty on Eternal Friendship", "signed"]],
    ],
    [
      "The meeting ended with the adoption of the G20 Osaka Leaders' Declaration which covers trade and the digital economy.",
      [["declaration", "G20 Osaka Leaders' Declaration", "adopted"]],
    ],
  ])("ends the title before it: %s", (sentence, documents) => {
    expect(found(sentence)).toEqual(documents);
  });

  it("keeps a relative clause inside a title in sentence case, or one whose verb is capitalised", () => {
    expect(found("The ministers signed the agreement on the procedure which governs transit.")).toEqual([
      ["agreement", "Agreement on the procedure which governs transit", "signed"],
    ]);
    expect(found("The leaders adopted the Declaration of Principles that Guide Relations.")).toEqual([
      ["declaration", "Declaration of Principles that Guide Relations", "adopted"],
    ]);
  });
});

describe("an adoption in a clause of its own after one on drafts", () => {
  it.each([
    [
      "The ministers had prepared the draft texts beforehand, and the meeting concluded with the signing of the Treaty on Transit.",
      [["treaty", "Treaty on Transit", "signed"]],
    ],
    [
      "Sherpas finalised the draft agenda; the session closed with the approval of the Action Plan for 2024–2026.",
      [["action_plan", "Action Plan for 2024–2026", "approved"]],
    ],
    [
      "The heads of state approved the draft resolutions put to them by their ministers, and the summit ended with the adoption of the Algiers Declaration, which was read out at the close.",
      [["declaration", "Algiers Declaration", "adopted"]],
    ],
  ])("is read, the draft being the other clause's: %s", (sentence, documents) => {
    expect(found(sentence)).toEqual(documents);
  });

  it("is not read when its own clause looks ahead", () => {
    expect(
      found(
        "The leaders will meet next year, and the summit is expected to end with the adoption of the Kazan Declaration.",
      ),
    ).toEqual([]);
    expect(
      found("Diplomats are working on a draft to be approved with the adoption of the Charter on Water."),
    ).toEqual([]);
  });
});

describe("documents named only by the agenda they cover", () => {
  it.each([
    [
      "The Council adopted the Beirut Declaration together with the resolutions on the items of its agenda.",
      [["declaration", "Beirut Declaration", "adopted"]],
    ],
    ["The summit approved decisions on all agenda items.", []],
    [
      "The leaders adopted resolutions on the questions on their agenda and the Statement on Gaza.",
      [["statement", "Statement on Gaza", "adopted"]],
    ],
  ])("have no title: %s", (sentence, documents) => {
    expect(found(sentence)).toEqual(documents);
  });

  it("still reads resolutions with subjects of their own", () => {
    expect(found("The leaders adopted resolutions on Libya and on Yemen.")).toEqual([
      ["other", "Resolution on Libya", "adopted"],
      ["other", "Resolution on Yemen", "adopted"],
    ]);
  });
});

describe("documents signed at an event beside the summit", () => {
  it.each([
    "The Agreement on Green Hydrogen was signed at a side event hosted by the European Union.",
    "During a parallel business forum, the companies signed the Memorandum on Investment.",
    "Later, the Memorandum on a Rail Corridor was signed by six partners at a separate event on infrastructure.",
  ])("are not the summit's: %s", (sentence) => {
    expect(found(sentence)).toEqual([]);
  });

  it("still counts what ministers signed on the margins of the summit itself", () => {
    expect(
      found("On the margins of the summit, the transport ministers signed the Agreement on Road Transport."),
    ).toEqual([["agreement", "Agreement on Road Transport", "signed"]]);
  });
});
