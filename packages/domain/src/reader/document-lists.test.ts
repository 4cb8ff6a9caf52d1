import { describe, expect, it } from "vitest";
import { documentsFound as found, talliesFound as counts } from "./documents-test-reading";

// Where one document ends and the next begins in a list or a sentence: items that look alike, a subject heading before
// the names, several authors, a verb left out, a clause or semicolon after the object, a main document after a dash or
// colon, semicolon lists, possessives and plural type words. Phrasings of real releases, each in at least three
// variants; names in the sentences are examples only.

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

  it.each([
    [
      "The leaders signed a package of 14 documents, including a statement on support for the Russian language. Among the documents signed was the Statement of the Heads of State on Support and Promotion of the Russian Language.",
      [
        "statement",
        "Statement of the Heads of State on Support and Promotion of the Russian Language",
        "signed",
      ],
    ],
    [
      "The presidents adopted a declaration on further integration of the Union. The Declaration of the Heads of State on Further Integration of the Union was adopted unanimously.",
      ["declaration", "Declaration of the Heads of State on Further Integration of the Union", "adopted"],
    ],
    [
      "The ministers signed an agreement on customs cooperation of the member states. Signed were the Agreement on Customs Cooperation of the Member States in the Field of Transit.",
      [
        "agreement",
        "Agreement on Customs Cooperation of the Member States in the Field of Transit",
        "signed",
      ],
    ],
  ])(
    "reads a document told of in lower case, then by its longer title, as one with that title (outcomes round): %s",
    (text, document) => {
      expect(found(text)).toEqual([document]);
    },
  );

  it("keeps the first title when the one stated later is shorter", () => {
    expect(
      found(
        "The leaders signed a concept of military cooperation until 2030. The Concept of Military Cooperation sets goals.",
      ),
    ).toEqual([["concept", "Concept of military cooperation until 2030", "signed"]]);
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

describe("where an object ends: a clause whose subject is a name", () => {
  it("ends the title at ', and <title and name> <verb>'", () => {
    expect(
      found(
        "The leaders signed the Declaration on the Admission of Timor-Leste into ASEAN, and Prime Minister Xanana Gusmão of Timor-Leste took his seat.",
      ),
    ).toEqual([["declaration", "Declaration on the Admission of Timor-Leste into ASEAN", "signed"]]);
    expect(
      found(
        "The presidents adopted the Statement on Peace in the Region, and President Rahmon thanked the guests.",
      ),
    ).toEqual([["statement", "Statement on Peace in the Region", "adopted"]]);
    expect(
      found(
        "The heads of state approved the Concept of Cooperation, while Secretary General Zas of the Organization presented his report.",
      ),
    ).toEqual([["concept", "Concept of Cooperation", "approved"]]);
  });

  it("keeps a title whose words after ', and' are capitalised but no clause follows", () => {
    expect(
      found(
        "The leaders signed the Convention Against Trafficking in Persons, Especially Women and Children.",
      ),
    ).toEqual([
      ["other", "Convention Against Trafficking in Persons, Especially Women and Children", "signed"],
    ]);
    expect(found("The leaders adopted the Declaration on Peace, Security, and Development in Asia.")).toEqual(
      [["declaration", "Declaration on Peace, Security, and Development in Asia", "adopted"]],
    );
    expect(found("The ministers signed the Protocol on Trade, and Transit Rules.")).toEqual([
      ["protocol", "Protocol on Trade, and Transit Rules", "signed"],
    ]);
  });
});

describe("a semicolon before a passive verb", () => {
  it("ends the title before it: the clause after the semicolon is read on its own", () => {
    expect(
      found(
        "In their presence, the bank heads signed the Master Agreement on Credit under the Mechanism; for India it was signed by the Chairman of the Bank.",
      ),
    ).toEqual([["agreement", "Master Agreement on Credit under the Mechanism", "signed"]]);
    expect(
      found(
        "The presidents adopted the Minsk Declaration; on behalf of Armenia it was signed by the Prime Minister.",
      ),
    ).toEqual([["declaration", "Minsk Declaration", "adopted"]]);
    expect(
      found("The leaders signed the Treaty on Transit; later the Statement on Climate was approved as well."),
    ).toEqual([
      ["treaty", "Treaty on Transit", "signed"],
      ["statement", "Statement on Climate", "approved"],
    ]);
  });

  it("keeps reading a list after a colon whose items the semicolons part", () => {
    expect(found("The following were signed: the Agreement on Visas; the Protocol on Customs.")).toEqual([
      ["agreement", "Agreement on Visas", "signed"],
      ["protocol", "Protocol on Customs", "signed"],
    ]);
    expect(
      found(
        "The heads of state approved the following documents: the Kazan Declaration; the Plan on Energy.",
      ),
    ).toEqual([
      ["declaration", "Kazan Declaration", "approved"],
      ["plan", "Plan on Energy", "approved"],
    ]);
    expect(found("The presidents signed: the Treaty on Borders; the Protocol on Transit.")).toEqual([
      ["treaty", "Treaty on Borders", "signed"],
      ["protocol", "Protocol on Transit", "signed"],
    ]);
  });
});

describe("resolutions, a plural type word filed under 'other'", () => {
  it("reads one document per 'on', named by the singular of the word as stated", () => {
    expect(found("The Council adopted resolutions on the budget and on staffing.")).toEqual([
      ["other", "Resolution on the budget", "adopted"],
      ["other", "Resolution on staffing", "adopted"],
    ]);
    expect(found("Resolutions on the budget, on staffing and on audit were adopted.")).toEqual([
      ["other", "Resolution on the budget", "adopted"],
      ["other", "Resolution on staffing", "adopted"],
      ["other", "Resolution on audit", "adopted"],
    ]);
    expect(found("Also adopted were resolutions on the audit and on the staff.")).toEqual([
      ["other", "Resolution on the audit", "adopted"],
      ["other", "Resolution on the staff", "adopted"],
    ]);
  });

  it("keeps a single resolution as it is stated, and 'Regulations on X' as one document", () => {
    expect(found("The heads of state also adopted a resolution on the staff of the Secretariat.")).toEqual([
      ["other", "Resolution on the staff of the Secretariat", "adopted"],
    ]);
    expect(found("A resolution on the budget of the Organization was adopted.")).toEqual([
      ["other", "Resolution on the budget of the Organization", "adopted"],
    ]);
    expect(found("The Council approved the Regulations on the Status of Dialogue Partner.")).toEqual([
      ["other", "Regulations on the Status of Dialogue Partner", "approved"],
    ]);
  });
});

describe("the main document of a group, named after a dash or colon", () => {
  it("reads it with the group's verb", () => {
    expect(
      found(
        "After the session more than 20 documents were signed, and particularly the most important one – the Strategy of Economic Development until 2020.",
      ),
    ).toEqual([["strategy", "Strategy of Economic Development until 2020", "signed"]]);
    const text = "The presidents signed 12 documents, the main one – the Minsk Declaration.";
    expect(found(text)).toEqual([["declaration", "Minsk Declaration", "signed"]]);
    expect(counts(text)).toEqual([["other", 12]]);
    expect(
      found("The leaders adopted five statements, above all the main one: the Statement on Peace."),
    ).toEqual([["statement", "Statement on Peace", "adopted"]]);
  });

  it("takes the words naming the main one for no item of a group's list", () => {
    expect(
      found(
        "The heads of state approved a package of agreements, notably the key one: the Agreement on Transit.",
      ),
    ).toEqual([["agreement", "Agreement on Transit", "approved"]]);
    expect(
      found("The leaders signed several documents, including the main one – the Treaty on Friendship."),
    ).toEqual([["treaty", "Treaty on Friendship", "signed"]]);
    expect(
      found(
        "The presidents adopted a number of statements, in particular the principal document: the Statement on Peace.",
      ),
    ).toEqual([["statement", "Statement on Peace", "adopted"]]);
  });

  it("reads nothing without a group adopted before it, or for another meeting", () => {
    expect(found("The main document – the Minsk Declaration – will be signed next year.")).toEqual([]);
    expect(found("The Strategy until 2020 was the main one – the leaders said.")).toEqual([]);
    expect(
      found(
        "The day before, the summit of the Commonwealth of Independent States signed 9 documents, the main one – the Concept of Development.",
        ["Collective Security Council", "CSTO"],
      ),
    ).toEqual([]);
  });
});

describe("a list after a colon with semicolons between its items", () => {
  it("reads every item of 'Signed were: A; B; C'", () => {
    expect(
      found("Signed were: the Agreement on Visas; the Protocol on Customs; the Memorandum on Energy."),
    ).toEqual([
      ["agreement", "Agreement on Visas", "signed"],
      ["protocol", "Protocol on Customs", "signed"],
      ["memorandum", "Memorandum on Energy", "signed"],
    ]);
    expect(
      found(
        "Adopted at the summit were: the Marenta Declaration; a statement on Syria; and the Decision on the Budget.",
      ),
    ).toEqual([
      ["declaration", "Marenta Declaration", "adopted"],
      ["statement", "Statement on Syria", "adopted"],
      ["decision", "Decision on the Budget", "adopted"],
    ]);
    expect(
      found(
        "Also approved were: the Concept of Cooperation; the Kazan Programme; the Oskova Community Vision 2045.",
      ),
    ).toEqual([
      ["concept", "Concept of Cooperation", "approved"],
      ["programme", "Kazan Programme", "approved"],
      ["other", "Oskova Community Vision 2045", "approved"],
    ]);
  });

  it("ends the list at a semicolon that starts a clause, not another document", () => {
    expect(found("Signed were: the Agreement on Visas; the ministers then met the press.")).toEqual([
      ["agreement", "Agreement on Visas", "signed"],
    ]);
  });
});

describe("a possessive before a type word alone", () => {
  it("names no document for 'its statute', 'their charter'", () => {
    expect(found("The members of the Torvane Fund approved its statute.")).toEqual([]);
    expect(found("The leaders signed their charter and the Declaration on Peace.")).toEqual([
      ["declaration", "Declaration on Peace", "signed"],
    ]);
    expect(found("The Assembly adopted its new Charter and the Brevik Declaration.")).toEqual([
      ["declaration", "Brevik Declaration", "adopted"],
    ]);
  });

  it("leaves the document it refers to as it was named", () => {
    expect(
      found("The Council adopted the Statute of the Ostrel Fund. The members also approved its statute."),
    ).toEqual([["other", "Statute of the Ostrel Fund", "adopted"]]);
  });
});

describe("a list of measures, named in lower case", () => {
  it("reads 'a list of measures / actions / events …' as a document of its own, alone or after another item", () => {
    expect(
      found("The Council adopted a list of measures to harmonise the rules on seed production."),
    ).toEqual([["other", "List of measures to harmonise the rules on seed production", "adopted"]]);
    expect(
      found("The leaders approved the Declaration on Peace and a list of actions for the Year of Youth."),
    ).toEqual([
      ["declaration", "Declaration on Peace", "approved"],
      ["other", "List of actions for the Year of Youth", "approved"],
    ]);
    expect(
      found(
        "The Council adopted two documents: the Main Guidelines of Economic Policy for 2021–2022, which aim at growth, and a list of events for the Year of Culture.",
      ),
    ).toEqual([
      ["other", "Main Guidelines of Economic Policy for 2021–2022", "adopted"],
      ["other", "List of events for the Year of Culture", "adopted"],
    ]);
  });

  it("reads none that is only to be prepared", () => {
    expect(
      found("The ministers were instructed to prepare a list of measures for the development of transport."),
    ).toEqual([]);
  });
});

describe("where an object ends: ', and heard …', ', and discussed …'", () => {
  it("ends the last title before a verb of deliberation after a comma", () => {
    expect(
      found(
        "The Council took decisions on approving the budget for 2017 and on the financial report for 2015, and heard information on the work of the Secretariat.",
      ),
    ).toEqual([
      ["decision", "Decision on approving the budget for 2017", "adopted"],
      ["decision", "Decision on the financial report for 2015", "adopted"],
    ]);
    expect(
      found("The leaders adopted the Declaration on Peace, and discussed the situation in the region."),
    ).toEqual([["declaration", "Declaration on Peace", "adopted"]]);
    expect(found("The ministers signed the Protocol on Customs, and considered the draft budget.")).toEqual([
      ["protocol", "Protocol on Customs", "signed"],
    ]);
  });
});

describe("memoranda between one party and the governments of several countries (outcomes round)", () => {
  it.each([
    [
      "The leaders witnessed the signing of memoranda of understanding between the SCO Secretariat and the governments of Egypt and Qatar.",
      [
        [
          "memorandum",
          "Memorandum of Understanding between the SCO Secretariat and the Government of Egypt",
          "signed",
        ],
        [
          "memorandum",
          "Memorandum of Understanding between the SCO Secretariat and the Government of Qatar",
          "signed",
        ],
      ],
    ],
    [
      "Memoranda between the Eurasian Economic Commission and the governments of Mongolia and Indonesia were signed.",
      [
        [
          "memorandum",
          "Memorandum between the Eurasian Economic Commission and the Government of Mongolia",
          "signed",
        ],
        [
          "memorandum",
          "Memorandum between the Eurasian Economic Commission and the Government of Indonesia",
          "signed",
        ],
      ],
    ],
    [
      "The leaders signed memorandums on cooperation between the Commission and the governments of Uzbekistan, Cuba and Iran.",
      [
        [
          "memorandum",
          "Memorandum on cooperation between the Commission and the Government of Uzbekistan",
          "signed",
        ],
        [
          "memorandum",
          "Memorandum on cooperation between the Commission and the Government of Cuba",
          "signed",
        ],
        [
          "memorandum",
          "Memorandum on cooperation between the Commission and the Government of Iran",
          "signed",
        ],
      ],
    ],
  ])("gives one document per counterpart: %s", (sentence, documents) => {
    expect(found(sentence)).toEqual(documents);
  });

  it("keeps one document for one counterpart", () => {
    expect(
      found("The ministers signed a memorandum between the Commission and the Government of Egypt."),
    ).toEqual([["memorandum", "Memorandum between the Commission and the Government of Egypt", "signed"]]);
  });
});
