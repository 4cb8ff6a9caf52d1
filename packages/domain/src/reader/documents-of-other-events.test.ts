import { describe, expect, it } from "vitest";
import { documentsFound as found, readDocumentsOf, talliesFound as counts } from "./documents-test-reading";

// Documents that are not this meeting's outcome, or not only: signed by others in the leaders' presence, dated by a past
// signing, adopted at another event or at another meeting held the day before or after, or by another summit series.
// Phrasings of real releases, each in at least three variants; names in the sentences are examples only.

describe("documents signed by others in the leaders' presence", () => {
  it("reads the object after an aside ', in the presence of …,'", () => {
    expect(
      found(
        "Plenipotentiary representatives of the member states signed, in the presence of the heads of state, an agreement on the joint use of training ranges.",
      ),
    ).toEqual([["agreement", "Agreement on the joint use of training ranges", "signed"]]);
    expect(
      found(
        "The foreign ministers signed, in the presence of President Xi Jinping and President Putin, the Protocol on border crossings.",
      ),
    ).toEqual([["protocol", "Protocol on border crossings", "signed"]]);
    expect(
      found(
        "The finance ministers then signed, in the presence of the leaders, the Agreement on the New Bank.",
      ),
    ).toEqual([["agreement", "Agreement on the New Bank", "signed"]]);
  });

  it("reads the object after 'in the presence of' the leaders without commas", () => {
    expect(
      found(
        "The ministers signed in the presence of the heads of delegations of the member states the Memorandum on customs cooperation.",
      ),
    ).toEqual([["memorandum", "Memorandum on customs cooperation", "signed"]]);
    expect(found("Ministers signed in the presence of the leaders a protocol on trade.")).toEqual([
      ["protocol", "Protocol on trade", "signed"],
    ]);
    expect(found("The envoys signed in the presence of the two presidents the Agreement on visas.")).toEqual([
      ["agreement", "Agreement on visas", "signed"],
    ]);
    expect(
      found("In the presence of the leaders, the finance ministers signed the Treaty on Reserves."),
    ).toEqual([["treaty", "Treaty on Reserves", "signed"]]);
  });
});

describe("a past signing the sentence dates itself by", () => {
  it("takes no document from 'N years after X was signed' or 'since X was adopted'", () => {
    expect(
      found(
        "The Council met today in Nur-Sultan, five years after the Treaty on the Eurasian Economic Union was signed in the same city.",
      ),
    ).toEqual([]);
    expect(
      found("The summit took place twenty years since the Charter of the Organization was adopted."),
    ).toEqual([]);
    expect(found("Trade has doubled since the Agreement on Free Trade was signed.")).toEqual([]);
    expect(
      found("The meeting came a decade after the Declaration on Principles was approved in Bishkek."),
    ).toEqual([]);
  });

  it("still reads a passive of this meeting", () => {
    expect(found("The Agreement on Free Trade was signed today.")).toEqual([
      ["agreement", "Agreement on Free Trade", "signed"],
    ]);
    expect(
      found("Five years after its founding, the Organisation's Development Strategy was adopted."),
    ).toEqual([["strategy", "Organisation's Development Strategy", "adopted"]]);
  });
});

describe("documents of another event", () => {
  it("takes no document named in a sentence that opens with a visit or bilateral talks", () => {
    expect(
      found(
        "President Hu Jintao's state visit to Kazakhstan, which came before the summit, produced a Joint Declaration on Strategic Partnership.",
      ),
    ).toEqual([]);
    expect(
      found(
        "During the bilateral talks that preceded the summit, the presidents signed the Treaty on Good-Neighbourliness.",
      ),
    ).toEqual([]);
    expect(found("The two leaders also signed the Joint Statement on Energy.")).toEqual([]);
  });

  it("still reads a document signed before a later mention of bilateral talks", () => {
    expect(found("The leaders adopted the Astana Declaration. They then held bilateral talks.")).toEqual([
      ["declaration", "Astana Declaration", "adopted"],
    ]);
    expect(found("The leaders signed the Treaty on Transit, and bilateral talks followed.")).toEqual([
      ["treaty", "Treaty on Transit", "signed"],
    ]);
  });

  it("counts nothing signed at a meeting of another body, when this meeting's body is known", () => {
    const body = ["Supreme Eurasian Economic Council", "SEEC", "Eurasian Economic Union", "EAEU"];
    expect(
      counts(
        "Earlier in the day, the prime ministers signed 8 documents at a meeting of the Eurasian Intergovernmental Council.",
        body,
      ),
    ).toEqual([]);
    expect(
      counts(
        "The ministers approved 4 decisions during the session of the Council of Foreign Ministers.",
        body,
      ),
    ).toEqual([]);
    expect(
      found(
        "At a meeting of the Eurasian Intergovernmental Council, the premiers signed the Agreement on Pensions.",
        body,
      ),
    ).toEqual([]);
  });

  it("counts what was signed at a meeting of this body, however its name is ordered, or when the body is unknown", () => {
    expect(
      counts(
        "The presidents signed 12 documents at the meeting of the Council of Heads of State of the SCO.",
        ["SCO Council of Heads of State", "Shanghai Cooperation Organisation", "SCO"],
      ),
    ).toEqual([["other", 12]]);
    expect(
      counts("The leaders signed 6 documents at a session of the Supreme Eurasian Economic Council.", [
        "Supreme Eurasian Economic Council",
      ]),
    ).toEqual([["other", 6]]);
    expect(
      counts(
        "The prime ministers signed 8 documents at a meeting of the Eurasian Intergovernmental Council.",
      ),
    ).toEqual([["other", 8]]);
  });
});

describe("documents of another meeting held the day before or after", () => {
  const asean = ["ASEAN Summit", "Association of Southeast Asian Nations", "ASEAN"];
  const csto = ["Collective Security Council", "Collective Security Treaty Organization", "CSTO"];

  it("takes nothing another meeting adopted, named before the verb with a time of its own", () => {
    expect(
      found(
        "At the 8th East Asia Summit, held in the same venue the following day, a Declaration on Food Security was issued.",
        asean,
      ),
    ).toEqual([]);
    expect(
      found(
        "The session was held a day after the summit of the Commonwealth of Independent States in the same city, at which the Concept for the Further Development of the CIS was approved.",
        csto,
      ),
    ).toEqual([]);
    expect(
      found(
        "The day before, the same hall hosted the heads of state of the Shanghai Cooperation Organisation, whose Yekaterinburg Declaration was signed in the evening.",
      ),
    ).toEqual([]);
    expect(
      counts("On the eve, the Eurasian Intergovernmental Council Summit signed 8 documents.", [
        "Supreme Eurasian Economic Council",
        "Eurasian Economic Union",
      ]),
    ).toEqual([]);
  });

  it("still reads this meeting's documents: its own body named, no time of another day, or the meeting after the verb", () => {
    expect(
      found("The day before, the 23rd ASEAN Summit adopted the Declaration on Social Protection.", asean),
    ).toEqual([["declaration", "Declaration on Social Protection", "adopted"]]);
    expect(found("At the Kazan Summit the leaders adopted the Kazan Declaration.", ["BRICS"])).toEqual([
      ["declaration", "Kazan Declaration", "adopted"],
    ]);
    expect(
      found(
        "The presidents signed the Agreement on Peacekeeping, a day before the summit of the Commonwealth of Independent States.",
        csto,
      ),
    ).toEqual([["agreement", "Agreement on Peacekeeping", "signed"]]);
  });
});

describe("another summit series, when this meeting's body is one ('<X> Summit')", () => {
  const asean = ["ASEAN Summit", "Association of Southeast Asian Nations", "ASEAN"];

  it("takes nothing adopted at a summit of another series named before the verb, whatever its date", () => {
    expect(
      found(
        "At the East Asia Summit on 22 November, the leaders of ASEAN and its partners adopted the Kuala Lumpur Declaration on the Tenth Anniversary of the East Asia Summit.",
        asean,
      ),
    ).toEqual([]);
    expect(
      found(
        "At the ASEAN-Japan Summit, the leaders issued a Joint Statement on Maritime Cooperation.",
        asean,
      ),
    ).toEqual([]);
    expect(
      found("During the 8th East Asia Summit, a Declaration on Food Security was adopted.", asean),
    ).toEqual([]);
  });

  it("still reads this series' summit, a city's summit of another body, and a summit named after the verb", () => {
    expect(
      found("At the 23rd ASEAN Summit, the leaders adopted the Declaration on Social Protection.", asean),
    ).toEqual([["declaration", "Declaration on Social Protection", "adopted"]]);
    expect(
      found("At the Kazan Summit, the leaders adopted the Kazan Declaration.", ["BRICS", "BRICS group"]),
    ).toEqual([["declaration", "Kazan Declaration", "adopted"]]);
    expect(
      found(
        "The leaders adopted the Declaration on Ageing and will attend the East Asia Summit tomorrow.",
        asean,
      ),
    ).toEqual([["declaration", "Declaration on Ageing", "adopted"]]);
  });
});

describe("this series' summit named in a title or by an ordinal in words (outcomes round)", () => {
  const cica = ["CICA Summit", "Conference on Interaction and Confidence-Building Measures in Asia", "CICA"];

  it.each([
    "The outcome documents of the summit are: the Declaration of the Fourth CICA Summit; the Amendments to the Rules of Procedure of CICA.",
    "The Declaration of the Fourth CICA Summit and the Amendments to the Rules of Procedure of CICA were adopted.",
    "The Fourth CICA Summit approved the Amendments to the Rules of Procedure of CICA and the Declaration of the Fourth CICA Summit.",
  ])("reads them as this meeting's: %s", (sentence) => {
    expect(found(sentence, cica).map(([type]) => type)).toEqual(
      expect.arrayContaining(["declaration", "other"]),
    );
    expect(found(sentence, cica)).toHaveLength(2);
  });

  it("still takes nothing from a summit of another series before the verb", () => {
    expect(
      found("During the Fifth East Asia Summit, a Declaration on Food Security was adopted.", cica),
    ).toEqual([]);
  });
});

describe("a document the leaders welcome that others adopted (outcomes round)", () => {
  it.each([
    "The summit also welcomed the adoption by the senior officials of the CICA Action Plan for 2014–2016.",
    "The leaders welcomed the adoption by the foreign ministers of the Concept of Cooperation.",
    "The presidents welcome the approval by the Secretariat of the Programme of Events.",
    "The Leaders welcomed the adoption of the ASEAN Declaration on Youth by the ASEAN Ministers of Youth.",
    "The Leaders welcomed the approval of the Work Plan on Culture by the senior officials.",
  ])("is no outcome of this meeting: %s", (sentence) => {
    expect(found(sentence)).toEqual([]);
  });

  it.each([
    [
      "The leaders welcomed the adoption by the heads of state of the Action Plan for 2014–2016.",
      [["action_plan", "Action Plan for 2014–2016", "adopted"]],
    ],
    [
      "The leaders witnessed the signing by the foreign ministers of the Agreement on Visas.",
      [["agreement", "Agreement on Visas", "signed"]],
    ],
    [
      "The leaders welcomed the adoption of the Action Plan for 2014–2016.",
      [["action_plan", "Action Plan for 2014–2016", "adopted"]],
    ],
    [
      "The Leaders welcomed the signing of the Protocol on Trade by the economic ministers on the sidelines of the Summit.",
      [["protocol", "Protocol on Trade", "signed"]],
    ],
    [
      "The leaders welcomed the adoption of the Convention on Pollution by Ships.",
      [["other", "Convention on Pollution by Ships", "adopted"]],
    ],
  ])("is, when the leaders did it or saw it done: %s", (sentence, documents) => {
    expect(found(sentence)).toEqual(documents);
  });
});

describe("the object of a verb dated by a participle after it (outcomes round)", () => {
  const read = (sentence: string) =>
    readDocumentsOf(sentence, [], undefined, "2023-05-10")
      .documents.filter((d) => d.atMeeting)
      .map((d) => [d.type, d.title, d.action]);

  it.each([
    "The Leaders noted the ASEAN Leaders' Statement on the Post-2025 Vision, adopted in Phnom Penh in November 2022, and looked forward to the Vision 2045.",
    "The Leaders reaffirmed the Declaration on the Zone of Peace, signed in 1971, as a cornerstone of the region.",
    "The presidents welcomed the Concept of Cooperation, approved by the ministers in March 2021.",
  ])("is no outcome of this meeting when the participle dates it earlier: %s", (sentence) => {
    expect(read(sentence)).toEqual([]);
  });

  it.each([
    "The Leaders adopted the Statement on the Vision, adopted at this summit.",
    "The Leaders adopted the Statement on the Vision, adopted in May 2023.",
    "The Leaders adopted the Statement on the Vision, issued in Labuan Bajo today.",
  ])("still is when the participle names this meeting or its year: %s", (sentence) => {
    expect(read(sentence)).toEqual([["statement", "Statement on the Vision", "adopted"]]);
  });
});

describe("a passive in a relative clause after the object", () => {
  it("keeps the main verb's action: 'approved the X, which was drafted by …' is approved", () => {
    expect(
      found(
        "The Council approved the Regulation on the Secretariat, which was drafted by the experts last year.",
      ),
    ).toEqual([["other", "Regulation on the Secretariat", "approved"]]);
    expect(found("The leaders signed the Treaty on Trade, which was prepared by the ministers.")).toEqual([
      ["treaty", "Treaty on Trade", "signed"],
    ]);
    expect(found("The Declaration on Peace, which was drafted by experts, was adopted.")).toEqual([
      ["declaration", "Declaration on Peace", "adopted"],
    ]);
  });

  it("takes a document the relative clause dates before this meeting for no document of it", () => {
    expect(found("The Declaration on Peace, which was signed in 2001, remains in force.")).toEqual([]);
    expect(found("The Treaty on the Union, which was signed last year, entered into force in May.")).toEqual(
      [],
    );
    expect(found("The Charter on Energy, that was adopted previously, was discussed.")).toEqual([]);
  });
});
