// Guards for the outcomes2 round's document rules: each risk their authors flagged (a long run of capitalised words
// before a title headed by a name, "which"/"that" in a title in title case, a side event in the sentence of the summit's
// own adoption, "of the summit" ending a title, a meeting over more than four days), read beside the case the rule was
// written for. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { documentsFound as found, readDocumentsOf } from "./documents-test-reading";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

describe("a title headed by four to six words of a name, after a run of capitalised words", () => {
  it.each([
    "Under the presidency of Brazil G20 Rio de Janeiro Leaders' Declaration was adopted by consensus.",
    "At the close of the two days in 2024 G20 Rio de Janeiro Leaders' Declaration was adopted.",
    "Hosted by President Lula G20 Rio de Janeiro Leaders' Declaration was approved on the second day.",
  ])("leaves the words before the name out of the title: %s", (sentence) => {
    expect(found(sentence).map(([, title]) => title)).toEqual(["G20 Rio de Janeiro Leaders' Declaration"]);
  });

  it("still reads the whole name after an article", () => {
    expect(found("On Monday the G20 Rio de Janeiro Leaders' Declaration was adopted.")).toEqual([
      ["declaration", "G20 Rio de Janeiro Leaders' Declaration", "adopted"],
    ]);
  });
});

describe("'which'/'that' without a comma in a title in title case", () => {
  it.each([
    [
      "The ministers signed the Protocol on Goods that are Subject to Export Control.",
      "protocol",
      "Protocol on Goods that are Subject to Export Control",
    ],
    [
      "The leaders adopted the Declaration on Crimes which are Punishable under International Law.",
      "declaration",
      "Declaration on Crimes which are Punishable under International Law",
    ],
  ])("keeps a title that goes on in title case: %s", (sentence, type, title) => {
    expect(found(sentence)).toEqual([[type, title, sentence.includes("signed") ? "signed" : "adopted"]]);
  });

  it("still ends the title before the writer's description", () => {
    expect(
      found("The leaders adopted the Kazan Declaration which sets out their views on global governance."),
    ).toEqual([["declaration", "Kazan Declaration", "adopted"]]);
  });
});

describe("a side or parallel event in the same sentence as the summit's own adoption", () => {
  it.each([
    [
      "The summit adopted the Johannesburg II Declaration, while at a side event hosted by the host country business leaders discussed trade.",
      "declaration",
      "Johannesburg II Declaration",
      "adopted",
    ],
    [
      "The heads of state signed the Treaty on Long-Term Good-Neighbourliness, and during a parallel business forum some 300 companies met.",
      "treaty",
      "Treaty on Long-Term Good-Neighbourliness",
      "signed",
    ],
    [
      "The leaders approved the Action Plan on Connectivity; at a side event the youth delegates presented their own proposals.",
      "action_plan",
      "Action Plan on Connectivity",
      "approved",
    ],
  ])("keeps the summit's document: %s", (sentence, type, title, action) => {
    expect(found(sentence)).toEqual([[type, title, action]]);
  });

  it("still leaves out what was signed at the side event", () => {
    expect(
      found("A Memorandum on Investment was signed at a side event hosted by the business council."),
    ).toEqual([]);
  });
});

describe("a title ending in 'of the summit' after a capitalised word", () => {
  it.each([
    ["The leaders adopted the Rules of Procedure of the summit.", "Rules of Procedure of the summit"],
    [
      "The heads of state approved the Regulations on the Secretariat of the meeting.",
      "Regulations on the Secretariat of the meeting",
    ],
  ])("keeps the words a title needs: %s", (sentence, title) => {
    expect(found(sentence).map(([, t]) => t)).toEqual([title]);
  });

  it("still ends the title before the meeting that adopted it", () => {
    expect(found("The ministers adopted the Joint Communique of the meeting.")).toEqual([
      ["communique", "Joint Communique", "adopted"],
    ]);
  });
});

describe("a meeting dated more than three days from this one's", () => {
  const atMeeting = (text: string, date: string, endDate?: string) =>
    readDocumentsOf(text, undefined, undefined, date, endDate)
      .documents.filter((d) => d.atMeeting)
      .map((d) => [d.type, d.title, d.action]);

  it.each([
    "At the closing session on 15 November the heads of state adopted the Statement on Food Security.",
    "At the summit on 15 November, its last day, the leaders adopted the Statement on Food Security.",
  ])("keeps this meeting's document on a later day of a long meeting: %s", (text) => {
    expect(
      atMeeting(`The summit was held from 10 to 15 November 2024. ${text}`, "2024-11-10", "2024-11-15"),
    ).toEqual([["statement", "Statement on Food Security", "adopted"]]);
  });

  it("keeps it when the reader reads the meeting's days from the release", () => {
    const release = readPressRelease(
      "Heads of state meet in Astana\n\n16 November 2024\n\nThe summit of the Council of Heads of State was held in Astana from 10 to 15 November 2024. At the closing session on 15 November the heads of state adopted the Statement on Food Security.",
      eurasiaKnowledge,
    );
    expect(release.documents.filter((d) => d.atMeeting).map((d) => d.title)).toEqual([
      "Statement on Food Security",
    ]);
  });

  it("still leaves out what a meeting months away adopted", () => {
    expect(
      atMeeting(
        "The leaders recalled the session held on 20 October 2022, where the Programme of Cultural Cooperation was approved.",
        "2022-12-28",
      ),
    ).toEqual([]);
  });
});
