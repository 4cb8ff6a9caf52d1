import { describe, expect, it } from "vitest";
import { documentsFound as found, talliesFound as counts } from "./documents-test-reading";

// The second documents round (issue 12): phrasings of real releases, each in at least three variants. Names in the
// sentences are examples only.

describe("'X and N other documents' in the active voice", () => {
  it("counts the rest of the package as the passive form does: N, the number the text gives", () => {
    expect(counts("The presidents signed the Astana Declaration and 9 other documents.")).toEqual([
      ["other", 9],
    ]);
    expect(
      counts("The leaders adopted the Minsk Declaration, the Statement on Peace and 12 other documents."),
    ).toEqual([["other", 12]]);
    expect(
      counts("The heads of state approved the Budget Decision as well as five other decisions."),
    ).toEqual([["decision", 5]]);
    expect(
      counts("The Quito Statement on Reform and five other documents were approved at the summit."),
    ).toEqual([["other", 5]]);
  });

  it("names the documents before the count and none after it", () => {
    expect(found("The presidents signed the Astana Declaration and 9 other documents.")).toEqual([
      ["declaration", "Astana Declaration", "signed"],
    ]);
    expect(
      found("The leaders adopted the Minsk Declaration, the Statement on Peace and 12 other documents."),
    ).toEqual([
      ["declaration", "Minsk Declaration", "adopted"],
      ["statement", "Statement on Peace", "adopted"],
    ]);
  });

  it("keeps one tally when the text also gives the package's total (named documents included)", () => {
    expect(
      counts(
        "The heads of state signed the Statement on the Digital Agenda and 14 other documents. A package of 15 documents was signed in all.",
      ),
    ).toEqual([["other", 15]]);
    expect(
      counts(
        "In all, 11 documents were adopted. The leaders adopted the Minsk Declaration and 10 other documents.",
      ),
    ).toEqual([["other", 11]]);
    expect(
      counts(
        "The Quito Statement on Reform and five other documents were approved at the summit. In all, six documents were approved.",
      ),
    ).toEqual([["other", 6]]);
    // A total that is not the package with its named documents leaves both counts.
    expect(
      counts(
        "The presidents signed the Astana Declaration and 9 other documents. In all, 30 documents were prepared.",
      ),
    ).toEqual([
      ["other", 9],
      ["other", 30],
    ]);
  });

  it("counts nothing for another event's package or an approximate one", () => {
    expect(
      counts("During the state visit, the two presidents signed the Joint Statement and 8 other documents."),
    ).toEqual([]);
    expect(counts("The leaders signed the Declaration and a number of other documents.")).toEqual([]);
    expect(counts("The leaders signed the Declaration and several other documents.")).toEqual([]);
  });
});

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

describe("counts after 'recorded in', 'reflected in', 'set out in'", () => {
  it("records the count of documents an outcome is set out in", () => {
    expect(
      counts(
        "The results of the meeting are recorded in 12 documents, in particular agreements on labelling and on medicines.",
      ),
    ).toEqual([["other", 12]]);
    expect(counts("The outcome of the talks is reflected in 7 documents.")).toEqual([["other", 7]]);
    expect(
      counts("The leaders' agreements are set out in twenty documents, including the Astana Declaration."),
    ).toEqual([["other", 20]]);
    expect(counts("The results of the summit were also recorded in 9 decisions.")).toEqual([["decision", 9]]);
  });

  it("reads the items hanging off that count", () => {
    expect(
      found(
        "The results of the meeting are recorded in 12 documents, in particular agreements on labelling and on medicines.",
      ),
    ).toEqual([
      ["agreement", "Agreement on labelling", "adopted"],
      ["agreement", "Agreement on medicines", "adopted"],
    ]);
    expect(
      found("The leaders' agreements are set out in twenty documents, including the Astana Declaration."),
    ).toEqual([["declaration", "Astana Declaration", "adopted"]]);
  });

  it("records no count for texts a participle recalls", () => {
    expect(counts("The principles recorded in 3 documents of the Organisation were reaffirmed.")).toEqual([]);
    expect(
      counts("The leaders recalled the commitments enshrined in 5 declarations of earlier summits."),
    ).toEqual([]);
    expect(counts("Approaches reflected in 4 earlier statements were confirmed.")).toEqual([]);
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

describe("items of a list that look alike, and names of one document", () => {
  it("parts 'X, together with a Protocol on A and a Protocol on B' though A and B share most words", () => {
    expect(
      found(
        "The heads of state signed the Convention on the Legal Status of the Sea, together with a Protocol on cooperation in combating terrorism in the Sea and a Protocol on cooperation in combating organized crime in the Sea.",
      ),
    ).toEqual([
      ["other", "Convention on the Legal Status of the Sea", "signed"],
      ["protocol", "Protocol on cooperation in combating terrorism in the Sea", "signed"],
      ["protocol", "Protocol on cooperation in combating organized crime in the Sea", "signed"],
    ]);
    expect(found("The leaders adopted the Ashgabat Concord, along with a Statement on water.")).toEqual([
      ["declaration", "Ashgabat Concord", "adopted"],
      ["statement", "Statement on water", "adopted"],
    ]);
    expect(
      found(
        "The leaders signed an agreement on trade in agricultural goods and an agreement on trade in industrial goods.",
      ),
    ).toEqual([
      ["agreement", "Agreement on trade in agricultural goods", "signed"],
      ["agreement", "Agreement on trade in industrial goods", "signed"],
    ]);
  });

  it("still takes a later mention in another sentence for the same document", () => {
    expect(
      found(
        "The leaders approved the Programme on cooperation in combating terrorism for 2025-2027. The programme on combating terrorism was drafted by the ministers.",
      ),
    ).toEqual([["programme", "Programme on cooperation in combating terrorism for 2025-2027", "approved"]]);
  });

  it("reads a document named short, then in full, as one document with the full title", () => {
    expect(
      found(
        "The summit closed with the signing of the Xi'an Declaration. The leaders signed the Xi'an Declaration of the China–Central Asia Summit.",
      ),
    ).toEqual([["declaration", "Xi'an Declaration of the China–Central Asia Summit", "signed"]]);
    expect(
      found(
        "The leaders signed the Astana Declaration of the Council. The Astana Declaration was also published.",
      ),
    ).toEqual([["declaration", "Astana Declaration of the Council", "signed"]]);
    expect(
      found(
        "The Dushanbe Declaration was adopted. It is the Dushanbe Declaration of the Heads of State, the leaders said.",
      ),
    ).toEqual([["declaration", "Dushanbe Declaration", "adopted"]]);
  });

  it("takes 'an agreement to meet …' and 'a decision to hold …' for what was agreed, not a document", () => {
    expect(
      found(
        "The summit closed with the signing of the Xi'an Declaration and an agreement to meet every two years.",
      ),
    ).toEqual([["declaration", "Xi'an Declaration", "signed"]]);
    expect(
      found(
        "The leaders adopted a decision to hold the next summit in Minsk and the Decision on the budget.",
      ),
    ).toEqual([["decision", "Decision on the budget", "adopted"]]);
    expect(found("The leaders signed an understanding to cooperate on water.")).toEqual([]);
    expect(found("The leaders signed an Agreement on Water.")).toEqual([
      ["agreement", "Agreement on Water", "signed"],
    ]);
  });
});

describe("items hanging off a count", () => {
  it("reads 'N documents, four of which concern A, B and C' as documents named by their subjects, as 'are on A, on B'", () => {
    expect(
      found("The leaders signed 16 documents, four of which concern trade, transport, energy and customs."),
    ).toEqual([
      ["other", "Document on trade", "signed"],
      ["other", "Document on transport", "signed"],
      ["other", "Document on energy", "signed"],
      ["other", "Document on customs", "signed"],
    ]);
    expect(
      found(
        "The leaders signed 16 documents, four of which deal with trade, with transport and with energy.",
      ),
    ).toEqual([
      ["other", "Document on trade", "signed"],
      ["other", "Document on transport", "signed"],
      ["other", "Document on energy", "signed"],
    ]);
    expect(found("Nine documents were adopted, two of which relate to security and migration.")).toEqual([
      ["other", "Document on security", "adopted"],
      ["other", "Document on migration", "adopted"],
    ]);
  });

  it("keeps typed and named items after 'concern' as they are", () => {
    expect(
      found(
        "The leaders signed 16 documents, three of which concern statements on trade, on transport and on energy.",
      ),
    ).toEqual([
      ["statement", "Statement on trade", "signed"],
      ["statement", "Statement on transport", "signed"],
      ["statement", "Statement on energy", "signed"],
    ]);
    expect(
      found(
        "The leaders signed 16 documents, two of which concern the Treaty on Transit and the Agreement on Visas.",
      ),
    ).toEqual([
      ["treaty", "Treaty on Transit", "signed"],
      ["agreement", "Agreement on Visas", "signed"],
    ]);
  });

  it("reads the list after 'in particular,' or 'including,' with a comma", () => {
    expect(
      found("Several documents were signed, in particular, agreements on trade and on transport."),
    ).toEqual([
      ["agreement", "Agreement on trade", "signed"],
      ["agreement", "Agreement on transport", "signed"],
    ]);
    expect(found("The leaders signed a number of documents, including, the Astana Declaration.")).toEqual([
      ["declaration", "Astana Declaration", "signed"],
    ]);
    expect(found("Twelve decisions were adopted, in particular, on the budget and on the staff.")).toEqual([
      ["decision", "Decision on the budget", "adopted"],
      ["decision", "Decision on the staff", "adopted"],
    ]);
  });
});

describe("a subject heading before the named documents", () => {
  it("reads the documents after 'four of which concern security:' and no 'Document on security'", () => {
    expect(
      found(
        "A package of 16 documents was signed, two of which concern security: the Concept of Military Cooperation and an agreement on emergencies.",
      ),
    ).toEqual([
      ["concept", "Concept of Military Cooperation", "signed"],
      ["agreement", "Agreement on emergencies", "signed"],
    ]);
    expect(
      found(
        "The leaders signed 9 documents, two of which deal with trade: the Treaty on Transit and a protocol on tariffs.",
      ),
    ).toEqual([
      ["treaty", "Treaty on Transit", "signed"],
      ["protocol", "Protocol on tariffs", "signed"],
    ]);
    expect(
      found("Nine documents were adopted, one of which relates to migration: the Migration Strategy."),
    ).toEqual([["strategy", "Migration Strategy", "adopted"]]);
  });
});

describe("counts of several types, and lists that go on", () => {
  it("records every count joined to the first, a single one included", () => {
    expect(counts("In total, the leaders signed 9 decisions, 2 statements and 1 declaration.")).toEqual([
      ["decision", 9],
      ["statement", 2],
      ["declaration", 1],
    ]);
    expect(counts("The leaders signed 12 agreements, 3 protocols and 2 memoranda.")).toEqual([
      ["agreement", 12],
      ["protocol", 3],
      ["memorandum", 2],
    ]);
    expect(counts("The heads of state approved 4 decisions and 2 statements.")).toEqual([
      ["decision", 4],
      ["statement", 2],
    ]);
  });

  it("reads a titled document after the counts ('… and the Declaration on Peace')", () => {
    expect(found("The leaders adopted 9 decisions, 2 statements and the Declaration on Peace.")).toEqual([
      ["declaration", "Declaration on Peace", "adopted"],
    ]);
    expect(found("The leaders signed 4 agreements and a memorandum on trade.")).toEqual([
      ["memorandum", "Memorandum on trade", "signed"],
    ]);
    expect(found("The leaders signed 4 agreements and the parties agreed to meet again.")).toEqual([]);
  });

  it("reads 'Also among them were …' after a package, with the package's action", () => {
    expect(
      found(
        "A package of documents was signed. Also among them were the Agreement on Roads and a memorandum on tourism.",
      ),
    ).toEqual([
      ["agreement", "Agreement on Roads", "signed"],
      ["memorandum", "Memorandum on tourism", "signed"],
    ]);
    expect(
      found(
        "The leaders adopted 5 documents. Also among these were the Strategy on Water and the Concept of Youth Policy.",
      ),
    ).toEqual([
      ["strategy", "Strategy on Water", "adopted"],
      ["concept", "Concept of Youth Policy", "adopted"],
    ]);
    expect(
      found("Several documents were approved. Moreover, among them was the Programme on Culture."),
    ).toEqual([["programme", "Programme on Culture", "approved"]]);
  });
});

describe("reports of several authors, a verb left out, and where an object ends", () => {
  it("reads 'the reports of A and of B' as one report each, with or without a subject", () => {
    expect(
      found("The Council took note of the reports of the Secretary General and of the Director of RATS."),
    ).toEqual([
      ["report", "Report of the Secretary General", "noted"],
      ["report", "Report of the Director of RATS", "noted"],
    ]);
    expect(
      found(
        "The leaders approved the reports of the Council of Ministers and of the Commission on the budget.",
      ),
    ).toEqual([
      ["report", "Report of the Council of Ministers on the budget", "approved"],
      ["report", "Report of the Commission on the budget", "approved"],
    ]);
    expect(found("The leaders took note of the reports of the Secretariat and of the Bank.")).toEqual([
      ["report", "Report of the Secretariat", "noted"],
      ["report", "Report of the Bank", "noted"],
    ]);
  });

  it("reads a second document whose auxiliary is left out ('… was approved and the Statement adopted')", () => {
    expect(found("The Programme for 2024-2028 was approved and the Statement on Terrorism adopted.")).toEqual(
      [
        ["programme", "Programme for 2024-2028", "approved"],
        ["statement", "Statement on Terrorism", "adopted"],
      ],
    );
    expect(found("The Budget Decision was adopted, and a Protocol on Trade signed.")).toEqual([
      ["decision", "Budget Decision", "adopted"],
      ["protocol", "Protocol on Trade", "signed"],
    ]);
    expect(found("The Declaration on Peace was adopted and the summit closed.")).toEqual([
      ["declaration", "Declaration on Peace", "adopted"],
    ]);
  });

  it("ends the object at 'and met', 'and spoke'", () => {
    expect(
      found("The leaders signed the Declaration on Water and met on the sidelines of the summit."),
    ).toEqual([["declaration", "Declaration on Water", "signed"]]);
    expect(found("The presidents adopted the Statement on Energy and spoke to the press.")).toEqual([
      ["statement", "Statement on Energy", "adopted"],
    ]);
    expect(counts("The leaders signed 8 documents and met on the sidelines.")).toEqual([["other", 8]]);
  });
});

describe("the package of N documents", () => {
  it("counts a package named with what was done to it, and reads what it includes", () => {
    expect(
      counts("The package of 12 documents signed at the summit includes the Bishkek Declaration."),
    ).toEqual([["other", 12]]);
    expect(
      found("The package of 12 documents signed at the summit includes the Bishkek Declaration."),
    ).toEqual([["declaration", "Bishkek Declaration", "signed"]]);
    expect(counts("The set of 9 agreements adopted today covers trade and transport.")).toEqual([
      ["agreement", 9],
    ]);
    expect(
      counts("A package of 7 documents that were signed in Minsk includes the Minsk Declaration."),
    ).toEqual([["other", 7]]);
    expect(counts("The leaders signed a package of 12 documents.")).toEqual([["other", 12]]);
  });

  it("counts no package only prepared, yet to come or of another event", () => {
    expect(
      counts("The package of 12 documents prepared for the summit includes the Bishkek Declaration."),
    ).toEqual([]);
    expect(
      counts("The leaders will discuss the package of 12 documents signed by the ministers next year."),
    ).toEqual([]);
    expect(counts("Russia and China signed a package of 30 documents during the state visit.")).toEqual([]);
  });

  it("counts no package adopted before this meeting", () => {
    expect(counts("The set of 12 decisions adopted in 2019 remains in force.")).toEqual([]);
    expect(counts("The package of 9 documents signed last year is being implemented.")).toEqual([]);
    expect(
      counts("The package of 5 agreements signed at the previous summit has entered into force."),
    ).toEqual([]);
    expect(counts("The package of 7 documents adopted today covers trade.")).toEqual([["other", 7]]);
  });
});

describe("a share of one type inside a count of documents", () => {
  it("counts 'of which 12 were decisions' and '15 of them decisions' when no list follows", () => {
    expect(counts("28 documents were adopted at the summit, of which 12 were decisions.")).toEqual([
      ["other", 28],
      ["decision", 12],
    ]);
    expect(counts("In all, the leaders adopted 20 documents, 15 of them decisions.")).toEqual([
      ["other", 20],
      ["decision", 15],
    ]);
    expect(counts("The leaders signed 16 documents, 9 of which are agreements.")).toEqual([
      ["other", 16],
      ["agreement", 9],
    ]);
  });

  it("gives no share of its own when the items are listed after it", () => {
    expect(
      counts(
        "The leaders adopted 9 documents, three of which are statements: on Afghanistan, on drugs and on cyber security.",
      ),
    ).toEqual([["other", 9]]);
    expect(
      counts("The leaders signed 16 documents, four of which concern trade, transport, energy and customs."),
    ).toEqual([["other", 16]]);
    expect(
      counts("The leaders signed 16 documents, two of which are agreements on trade and on transport."),
    ).toEqual([["other", 16]]);
  });
});

// Phrasings the reader already read before this round, pinned with three variants each so that the rules above do not
// lose them.
describe("phrasings of the issue the reader keeps", () => {
  it("reads lists introduced by 'include', 'included', 'among them were' and 'notably'", () => {
    expect(found("The documents signed included the Treaty on Friendship and a protocol on trade.")).toEqual([
      ["treaty", "Treaty on Friendship", "signed"],
      ["protocol", "Protocol on trade", "signed"],
    ]);
    expect(
      found("The summit's outcome documents include the Bishkek Declaration and the Statement on Climate."),
    ).toEqual([
      ["declaration", "Bishkek Declaration", "adopted"],
      ["statement", "Statement on Climate", "adopted"],
    ]);
    expect(
      found(
        "Several documents were signed. Among them were the Agreement on Roads and the Programme on Youth.",
      ),
    ).toEqual([
      ["agreement", "Agreement on Roads", "signed"],
      ["programme", "Programme on Youth", "signed"],
    ]);
    expect(found("The leaders adopted a number of documents, notably the Statement on Energy.")).toEqual([
      ["statement", "Statement on Energy", "adopted"],
    ]);
  });

  it("reads one declaration per 'on' in 'declarations on A, on B and on C were adopted'", () => {
    expect(found("Declarations on ageing, on education and on disasters were adopted.")).toEqual([
      ["declaration", "Declaration on ageing", "adopted"],
      ["declaration", "Declaration on education", "adopted"],
      ["declaration", "Declaration on disasters", "adopted"],
    ]);
    expect(found("Statements on Syria and on Libya were approved.")).toEqual([
      ["statement", "Statement on Syria", "approved"],
      ["statement", "Statement on Libya", "approved"],
    ]);
    expect(found("Agreements on customs, on transit and on tariffs were signed.")).toEqual([
      ["agreement", "Agreement on customs", "signed"],
      ["agreement", "Agreement on transit", "signed"],
      ["agreement", "Agreement on tariffs", "signed"],
    ]);
  });

  it("reads the title after a passive verb", () => {
    expect(found("An agreement was signed on the establishment of the Development Bank.")).toEqual([
      ["agreement", "Agreement on the establishment of the Development Bank", "signed"],
    ]);
    expect(
      found("Decisions were taken on approving the budget and on appointing the Secretary General."),
    ).toEqual([
      ["decision", "Decision on approving the budget", "adopted"],
      ["decision", "Decision on appointing the Secretary General", "adopted"],
    ]);
    expect(found("A protocol was signed on amending the Agreement on the Status of the Forces.")).toEqual([
      ["protocol", "Protocol on amending the Agreement on the Status of the Forces", "signed"],
    ]);
  });

  it("reads 'issued', 'produced', 'endorsed', 'the adoption of', 'reflected in' as adopted, and 'took note of' as noted", () => {
    expect(found("The Council issued a statement on Syria.")).toEqual([
      ["statement", "Statement on Syria", "adopted"],
    ]);
    expect(found("The summit produced the Tashkent Declaration and a Roadmap on trade.")).toEqual([
      ["declaration", "Tashkent Declaration", "adopted"],
      ["roadmap", "Roadmap on trade", "adopted"],
    ]);
    expect(found("The heads of state endorsed the Concept of cooperation until 2030.")).toEqual([
      ["concept", "Concept of cooperation until 2030", "adopted"],
    ]);
    expect(found("The summit also saw the adoption of the Regional Strategy on Land Transport.")).toEqual([
      ["strategy", "Regional Strategy on Land Transport", "adopted"],
    ]);
    expect(found("The leaders' shared views are reflected in the Fortaleza Declaration.")).toEqual([
      ["declaration", "Fortaleza Declaration", "adopted"],
    ]);
    expect(found("The Council took note of the report of the Commission.")).toEqual([
      ["report", "Report of the Commission", "noted"],
    ]);
    expect(found("The leaders noted the report of the Council of Foreign Ministers.")).toEqual([
      ["report", "Report of the Council of Foreign Ministers", "noted"],
    ]);
  });

  it("takes nothing merely planned or drafted", () => {
    expect(found("The leaders will sign the Agreement on Visas next year.")).toEqual([]);
    expect(found("The draft Agreement on Visas was discussed.")).toEqual([]);
    expect(found("The parties plan to sign a memorandum on tourism in 2026.")).toEqual([]);
    expect(found("The leaders instructed the ministers to prepare a Concept of Migration.")).toEqual([]);
  });
});

describe("counts inside a verb's object, documents named by subject after a passive, adjectives before 'package'", () => {
  it("counts '…, 19 decisions and two protocols' after a named document", () => {
    expect(counts("The heads of state approved a joint statement, 19 decisions and two protocols.")).toEqual([
      ["decision", 19],
      ["protocol", 2],
    ]);
    expect(counts("The leaders adopted the Astana Declaration, 12 decisions and 3 statements.")).toEqual([
      ["decision", 12],
      ["statement", 3],
    ]);
    expect(counts("The presidents signed the Treaty on Transit as well as 4 agreements.")).toEqual([
      ["agreement", 4],
    ]);
    expect(
      counts("The leaders adopted the Astana Declaration, which has 12 sections and 3 annexes."),
    ).toEqual([]);
  });

  it("reads 'The documents were also signed on A and on B' as one document per subject", () => {
    expect(
      found(
        "The documents were also signed on the chairmanship in the Commonwealth and on holding the next meeting in Tashkent.",
      ),
    ).toEqual([
      ["other", "Document on the chairmanship in the Commonwealth", "signed"],
      ["other", "Document on holding the next meeting in Tashkent", "signed"],
    ]);
    expect(found("Documents were adopted on the budget and on the audit.")).toEqual([
      ["other", "Document on the budget", "adopted"],
      ["other", "Document on the audit", "adopted"],
    ]);
    expect(found("The documents were signed on 12 October.")).toEqual([]);
    expect(found("Documents were signed on the sidelines of the summit.")).toEqual([]);
    expect(found("Documents were signed on Monday.")).toEqual([]);
  });

  it("reads the list after 'a substantial package of documents, including …'", () => {
    expect(
      found(
        "Delegations signed a substantial package of documents, including an intergovernmental agreement on energy.",
      ),
    ).toEqual([["agreement", "Intergovernmental agreement on energy", "signed"]]);
    expect(found("The leaders signed a large number of documents, including the Treaty on Transit.")).toEqual(
      [["treaty", "Treaty on Transit", "signed"]],
    );
    expect(found("The ministers signed a broad set of documents, including a protocol on customs.")).toEqual([
      ["protocol", "Protocol on customs", "signed"],
    ]);
  });
});

describe("'released' as 'issued'", () => {
  it("reads a document released at the meeting as adopted", () => {
    expect(found("A Joint Communiqué was released at the close.")).toEqual([
      ["communique", "Joint Communiqué", "adopted"],
    ]);
    expect(found("The leaders released a joint statement on Gaza.")).toEqual([
      ["statement", "Joint statement on Gaza", "adopted"],
    ]);
    expect(found("The Chair's Statement was released after the summit.")).toEqual([
      ["statement", "Chair's Statement", "adopted"],
    ]);
  });

  it("takes nothing else released", () => {
    expect(found("The prisoners were released last year.")).toEqual([]);
    expect(found("The report released by the Secretariat last month was discussed.")).toEqual([]);
    expect(found("The Statement on Trade was released in 2019.")).toEqual([]);
  });
});
