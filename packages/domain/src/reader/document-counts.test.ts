import { describe, expect, it } from "vitest";
import { documentsFound as found, talliesFound as counts } from "./documents-test-reading";

// Documents counted rather than named, or named beside a count: "X and N other documents", items hanging off a
// count, counts of several types, a package of N documents, a share of one type, counted groups with their subjects, and
// when a count is recorded as a tally. Phrasings of real releases, each in at least three variants; names in the
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

describe("a counted group after a named document", () => {
  it("reads 'Signed were A and 5 agreements' as A and a tally of the rest", () => {
    const text = "Signed were the Agreement on Peacekeeping and 5 agreements.";
    expect(found(text)).toEqual([["agreement", "Agreement on Peacekeeping", "signed"]]);
    expect(counts(text)).toEqual([["agreement", 5]]);
    const other = "Also adopted were the Dushanbe Declaration and three decisions.";
    expect(found(other)).toEqual([["declaration", "Dushanbe Declaration", "adopted"]]);
    expect(counts(other)).toEqual([["decision", 3]]);
    const third = "Approved at the session were the Budget Decision and 4 statements.";
    expect(found(third)).toEqual([["decision", "Budget Decision", "approved"]]);
    expect(counts(third)).toEqual([["statement", 4]]);
  });

  it("names no document after a count whose subjects are fewer than it counts ('5 agreements on X')", () => {
    const inverted = "Signed were the Agreement on Peacekeeping and 5 agreements on military cooperation.";
    expect(found(inverted)).toEqual([["agreement", "Agreement on Peacekeeping", "signed"]]);
    expect(counts(inverted)).toEqual([["agreement", 5]]);
    const active = "The presidents signed the Treaty on Borders and twelve protocols on trade.";
    expect(found(active)).toEqual([["treaty", "Treaty on Borders", "signed"]]);
    expect(counts(active)).toEqual([["protocol", 12]]);
    const third = "The leaders adopted the Astana Declaration and 3 statements on regional security.";
    expect(found(third)).toEqual([["declaration", "Astana Declaration", "adopted"]]);
    expect(counts(third)).toEqual([["statement", 3]]);
  });

  it("still names the documents of a count with as many subjects as it counts", () => {
    expect(
      found("The presidents signed the Treaty on Borders and two protocols on trade and on transit."),
    ).toEqual([
      ["treaty", "Treaty on Borders", "signed"],
      ["protocol", "Protocol on trade", "signed"],
      ["protocol", "Protocol on transit", "signed"],
    ]);
    expect(
      found("The leaders adopted the Minsk Declaration and two statements on Syria and on Libya."),
    ).toEqual([
      ["declaration", "Minsk Declaration", "adopted"],
      ["statement", "Statement on Syria", "adopted"],
      ["statement", "Statement on Libya", "adopted"],
    ]);
    expect(found("Signed were an agreement on visas and a protocol on customs.")).toEqual([
      ["agreement", "Agreement on visas", "signed"],
      ["protocol", "Protocol on customs", "signed"],
    ]);
  });
});

describe("the rest of a group named after a semicolon", () => {
  it("reads 'N documents; the other one is X' with the group's action", () => {
    const text =
      "The positions are reflected in the Joint Statement of the Leaders. The summit produced two documents in all; the other one is the Joint Statement on Food Security.";
    expect(found(text)).toEqual([
      ["statement", "Joint Statement of the Leaders", "adopted"],
      ["statement", "Joint Statement on Food Security", "adopted"],
    ]);
    expect(counts(text)).toEqual([["other", 2]]);
    expect(found("The leaders signed three agreements; the last one was the Agreement on Visas.")).toEqual([
      ["agreement", "Agreement on Visas", "signed"],
    ]);
    expect(
      found(
        "The presidents adopted the Minsk Declaration and two other documents; the second one is the Statement on Peace.",
      ),
    ).toEqual([
      ["declaration", "Minsk Declaration", "adopted"],
      ["statement", "Statement on Peace", "adopted"],
    ]);
  });

  it("keeps a semicolon clause that names no document of the group as it was", () => {
    expect(found("The leaders signed the Agreement on Visas; the other one is still being drafted.")).toEqual(
      [["agreement", "Agreement on Visas", "signed"]],
    );
    expect(found("The summit adopted the Kazan Declaration; the other talks ended later.")).toEqual([
      ["declaration", "Kazan Declaration", "adopted"],
    ]);
    expect(
      found("The leaders signed the Treaty on Borders; the other one will be signed next year."),
    ).toEqual([["treaty", "Treaty on Borders", "signed"]]);
  });
});

describe("an indefinite number of documents with one subject", () => {
  it("names no document: 'a number of decisions on X', 'several agreements on X'", () => {
    expect(
      found(
        "The meeting adopted a Joint Communiqué and approved a number of decisions on the Organization's activities.",
      ),
    ).toEqual([["communique", "Joint Communiqué", "adopted"]]);
    expect(found("The presidents signed several agreements on military cooperation.")).toEqual([]);
    expect(
      found("The leaders adopted the Minsk Declaration and various statements on regional issues."),
    ).toEqual([["declaration", "Minsk Declaration", "adopted"]]);
  });

  it("still names the documents when each has its own 'on'", () => {
    expect(found("The leaders adopted several statements on Syria and on Libya.")).toEqual([
      ["statement", "Statement on Syria", "adopted"],
      ["statement", "Statement on Libya", "adopted"],
    ]);
    expect(
      found("The presidents signed a number of agreements on trade, on transit and on customs."),
    ).toEqual([
      ["agreement", "Agreement on trade", "signed"],
      ["agreement", "Agreement on transit", "signed"],
      ["agreement", "Agreement on customs", "signed"],
    ]);
    expect(found("The Council approved decisions on the budget and on the audit.")).toEqual([
      ["decision", "Decision on the budget", "approved"],
      ["decision", "Decision on the audit", "approved"],
    ]);
  });
});

describe("a count with its subjects as the first object of an active verb", () => {
  it("names as many documents as it counts ('adopted two statements on A and on B')", () => {
    const text = "The leaders adopted two statements on Syria and on Libya.";
    expect(found(text)).toEqual([
      ["statement", "Statement on Syria", "adopted"],
      ["statement", "Statement on Libya", "adopted"],
    ]);
    expect(counts(text)).toEqual([["statement", 2]]);
    const three = "The ministers signed three agreements on visas, on customs and on energy.";
    expect(found(three)).toEqual([
      ["agreement", "Agreement on visas", "signed"],
      ["agreement", "Agreement on customs", "signed"],
      ["agreement", "Agreement on energy", "signed"],
    ]);
    expect(counts(three)).toEqual([["agreement", 3]]);
    const longer =
      "At the session in Karvena the heads of state approved 2 decisions on the budget of the Secretariat and on the Bureau.";
    expect(found(longer)).toEqual([
      ["decision", "Decision on the budget of the Secretariat", "approved"],
      ["decision", "Decision on the Bureau", "approved"],
    ]);
    expect(counts(longer)).toEqual([["decision", 2]]);
  });

  it("still names none when the subjects are fewer than the count", () => {
    const text = "The presidents signed 5 agreements on military cooperation.";
    expect(found(text)).toEqual([]);
    expect(counts(text)).toEqual([["agreement", 5]]);
    const fewer = "The leaders adopted three statements on Syria and on Libya.";
    expect(found(fewer)).toEqual([]);
    expect(counts(fewer)).toEqual([["statement", 3]]);
  });
});

describe("a count set off by a comma from its subjects after a named document", () => {
  it("names each subject's document ('the X Agreement and two protocols, on A and on B')", () => {
    const text = "The presidents signed the Tashkent Agreement and two protocols, on trade and on transit.";
    expect(found(text)).toEqual([
      ["agreement", "Tashkent Agreement", "signed"],
      ["protocol", "Protocol on trade", "signed"],
      ["protocol", "Protocol on transit", "signed"],
    ]);
    expect(counts(text)).toEqual([["protocol", 2]]);
    const inverted =
      "Signed were the Treaty on Borders and three memoranda, on energy, on water and on health.";
    expect(found(inverted)).toEqual([
      ["treaty", "Treaty on Borders", "signed"],
      ["memorandum", "Memorandum on energy", "signed"],
      ["memorandum", "Memorandum on water", "signed"],
      ["memorandum", "Memorandum on health", "signed"],
    ]);
    expect(counts(inverted)).toEqual([["memorandum", 3]]);
    const statements =
      "The leaders adopted the Veloria Declaration and 2 statements, on Syria and on Ukraine.";
    expect(found(statements)).toEqual([
      ["declaration", "Veloria Declaration", "adopted"],
      ["statement", "Statement on Syria", "adopted"],
      ["statement", "Statement on Ukraine", "adopted"],
    ]);
  });

  it("names none of them when the subjects are fewer than the count", () => {
    const text = "The leaders adopted the Veloria Declaration and 3 statements, on Syria and on Ukraine.";
    expect(found(text)).toEqual([["declaration", "Veloria Declaration", "adopted"]]);
    expect(counts(text)).toEqual([["statement", 3]]);
  });
});

describe("a group without a count, with several subjects", () => {
  it("names one document per repeated 'on' before or after the verb", () => {
    expect(found("A number of decisions on trade and on transit were approved.")).toEqual([
      ["decision", "Decision on trade", "approved"],
      ["decision", "Decision on transit", "approved"],
    ]);
    expect(found("A number of agreements were signed on visas and on customs.")).toEqual([
      ["agreement", "Agreement on visas", "signed"],
      ["agreement", "Agreement on customs", "signed"],
    ]);
    expect(found("A series of memoranda on energy, on water and on health were signed in Dalmora.")).toEqual([
      ["memorandum", "Memorandum on energy", "signed"],
      ["memorandum", "Memorandum on water", "signed"],
      ["memorandum", "Memorandum on health", "signed"],
    ]);
  });

  it("splits subjects an 'on' does not repeat as 'decisions on A and B' are split", () => {
    expect(
      found("Several decisions were taken on the budget for 2026 and the audit of the Secretariat."),
    ).toEqual([
      ["decision", "Decision on the budget for 2026", "adopted"],
      ["decision", "Decision on the audit of the Secretariat", "adopted"],
    ]);
    expect(
      found(
        "After the talks in Quessa, several statements were adopted on the situation in Syria and the crisis in Libya.",
      ),
    ).toEqual([
      ["statement", "Statement on the situation in Syria", "adopted"],
      ["statement", "Statement on the crisis in Libya", "adopted"],
    ]);
    expect(found("Several decisions were approved on migration, tourism and sport.")).toEqual([
      ["decision", "Decision on migration", "approved"],
      ["decision", "Decision on tourism", "approved"],
      ["decision", "Decision on sport", "approved"],
    ]);
  });

  it("names none for a group on what reads as one subject", () => {
    // "trade and transit": two nouns alone stay one subject, as in "decisions on trade and transit"; several documents
    // on one subject are a group, none of them named.
    expect(found("Several decisions were taken on trade and transit.")).toEqual([]);
    expect(found("Some decisions were taken on the budget.")).toEqual([]);
  });
});

describe("items after a typed count, each marked by a repeated 'on'", () => {
  it("keeps an 'and' inside an item: 'among them on A, on B and on further work to set up X and Y'", () => {
    expect(
      found(
        "Five decisions were taken, among them on the report of the Secretariat, on the budget for 2016 and on further work to establish the Bank and the Fund (Special Account).",
      ),
    ).toEqual([
      ["decision", "Decision on the report of the Secretariat", "adopted"],
      ["decision", "Decision on the budget for 2016", "adopted"],
      [
        "decision",
        "Decision on further work to establish the Bank and the Fund (Special Account)",
        "adopted",
      ],
    ]);
    expect(counts("Five decisions were taken, among them on the report and on the budget.")).toEqual([
      ["decision", 5],
    ]);
    expect(
      found("Seven agreements were signed, including on trade and investment and on science and education."),
    ).toEqual([
      ["agreement", "Agreement on trade and investment", "signed"],
      ["agreement", "Agreement on science and education", "signed"],
    ]);
  });

  it("still parts a plain list without a repeated 'on'", () => {
    expect(found("Twelve decisions were adopted, including on migration, tourism and sport.")).toEqual([
      ["decision", "Decision on migration", "adopted"],
      ["decision", "Decision on tourism", "adopted"],
      ["decision", "Decision on sport", "adopted"],
    ]);
  });
});

describe("the rest of a package counted after a relative clause", () => {
  it("counts 'X, which …, and N other documents' as the plain form does", () => {
    expect(
      counts(
        "The summit adopted the Kazan Declaration, which was signed by all eleven presidents, and 15 other documents.",
      ),
    ).toEqual([["other", 15]]);
    expect(
      counts(
        "The leaders signed the Treaty on Trade, which enters into force next year, and 8 other agreements.",
      ),
    ).toEqual([["agreement", 8]]);
    expect(
      counts(
        "The presidents approved the Concept of Security, which sets out common threats, and five more decisions.",
      ),
    ).toEqual([["decision", 5]]);
  });

  it("names the document before the clause and none after the count", () => {
    expect(
      found(
        "The leaders signed the Treaty on Trade, which enters into force next year, and 8 other agreements.",
      ),
    ).toEqual([["treaty", "Treaty on Trade", "signed"]]);
  });
});
