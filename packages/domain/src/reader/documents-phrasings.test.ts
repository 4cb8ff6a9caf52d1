import { describe, expect, it } from "vitest";
import { readDocuments } from "./documents";
import { segment } from "./segment";

// Phrasings of what a release says was adopted (lists, counts, passives, packages, outcomes), in invented sentences:
// each rule is read from the words around a mention.
const read = (text: string) => readDocuments({ text, paragraphs: segment(text) });
const titles = (text: string) => read(text).documents.map((d) => [d.type, d.title, d.action]);

describe("verbs that adopt only with a document after them", () => {
  it("reads 'took decisions on A and on B', and not 'took part in'", () => {
    expect(titles("The ministers took decisions on the joint budget and on student exchanges.")).toEqual([
      ["decision", "Decision on the joint budget", "adopted"],
      ["decision", "Decision on student exchanges", "adopted"],
    ]);
    expect(titles("The ministers took part in the debate on the Charter of the forum.")).toEqual([]);
  });

  it("reads 'exchanged copies of X' as signing X, and not 'exchanged views on X'", () => {
    expect(titles("The two ministers exchanged copies of the Agreement on Visa-Free Travel.")).toEqual([
      ["agreement", "Agreement on Visa-Free Travel", "signed"],
    ]);
    expect(titles("The presidents exchanged views on the Treaty on Open Skies.")).toEqual([]);
  });

  it("reads 'concluded an agreement on X', and not 'concluded the talks'", () => {
    expect(titles("The delegations concluded an agreement on river shipping.")).toEqual([
      ["agreement", "Agreement on river shipping", "signed"],
    ]);
    expect(titles("The leaders concluded the talks with a dinner.")).toEqual([]);
  });
});

describe("where a verb has no object, or its object ends", () => {
  it("gives no object to a verb set off by commas ('X, adopted today, sets …')", () => {
    expect(
      titles(
        "He said the Roadmap on Energy, adopted today, opens the way, and that the ministers would draw up a plan of action later.",
      ),
    ).toEqual([["roadmap", "Roadmap on Energy", "adopted"]]);
  });

  it("ends an object at a speaker's aside (', Mr X said,')", () => {
    expect(
      titles(
        "By signing the Treaty on Friendship, Mr Kovacs said, the two leaders had closed a long chapter.",
      ),
    ).toEqual([["treaty", "Treaty on Friendship", "signed"]]);
  });

  it("reads an outcome recorded in a document though 'plans' comes before it", () => {
    expect(titles("Their plans for joint projects are recorded in a joint statement on energy.")).toEqual([
      ["statement", "Joint statement on energy", "adopted"],
    ]);
    expect(titles("The sides have plans to sign a joint statement on energy.")).toEqual([]);
  });

  it("takes a bare type word after the one document of its type for that document", () => {
    expect(
      titles(
        "The Baku Declaration on Transit was adopted. In the Declaration, signed today, the presidents call for open routes.",
      ),
    ).toEqual([["declaration", "Baku Declaration on Transit", "signed"]]);
  });
});

describe("lists a group holds, and subjects a repeated 'on' sets apart", () => {
  it("reads 'Among the texts signed there were A and agreements on B and on C'", () => {
    expect(
      titles(
        "Among the texts signed there were the Charter of the Water Fund and agreements on fisheries and on ferry links.",
      ),
    ).toEqual([
      ["other", "Charter of the Water Fund", "signed"],
      ["agreement", "Agreement on fisheries", "signed"],
      ["agreement", "Agreement on ferry links", "signed"],
    ]);
  });

  it("reads what 'the package also contains' with the verb of the sentence before", () => {
    expect(
      titles(
        "The premiers signed a package of documents. The package also contains a memorandum on tourism, together with decisions on the audit and on the staff rules.",
      ),
    ).toEqual([
      ["memorandum", "Memorandum on tourism", "signed"],
      ["decision", "Decision on the audit", "signed"],
      ["decision", "Decision on the staff rules", "signed"],
    ]);
  });

  it("reads 'Further decisions concern A and B' as one decision of the group's type per subject", () => {
    expect(
      titles(
        "The Council adopted the Statement on Water. Further decisions concern the budget for 2026 and the audit of the Fund.",
      ),
    ).toEqual([
      ["statement", "Statement on Water", "adopted"],
      ["decision", "Decision on the budget for 2026", "adopted"],
      ["decision", "Decision on the audit of the Fund", "adopted"],
    ]);
  });

  it("reads 'The documents signed also include protocols, in particular on A and on B' as two protocols", () => {
    expect(
      titles(
        "The documents signed also include protocols, in particular on the rules of procedure and on the seat and staff of the Centre.",
      ),
    ).toEqual([
      ["protocol", "Protocol on the rules of procedure", "signed"],
      ["protocol", "Protocol on the seat and staff of the Centre", "signed"],
    ]);
  });
});

describe("passives: titles after the verb, more after 'as was', and a clause with a verb of its own before", () => {
  it("reads 'Decisions were also adopted naming A and appointing B' as two decisions", () => {
    expect(
      titles(
        "Decisions were also adopted naming Osh the youth capital for 2027 and appointing the director of the Centre.",
      ),
    ).toEqual([
      ["decision", "Decision naming Osh the youth capital for 2027", "adopted"],
      ["decision", "Decision appointing the director of the Centre", "adopted"],
    ]);
    expect(titles("Decisions were adopted during the session.")).toEqual([]);
  });

  it("reads '…, as was Y' after a title without a type word", () => {
    expect(
      titles("The Basic Principles of Joint Research were approved, as was a disposition on archives."),
    ).toEqual([
      ["other", "Basic Principles of Joint Research", "approved"],
      ["other", "Disposition on archives", "approved"],
    ]);
  });

  it("gives a clause with an active verb its own action before a passive one", () => {
    expect(
      titles("The ministers approved the Concept of Tourism, and an agreement on visas was signed as well."),
    ).toEqual([
      ["concept", "Concept of Tourism", "approved"],
      ["agreement", "Agreement on visas", "signed"],
    ]);
  });

  it("reads an inverted passive ('Also signed were A and B')", () => {
    expect(titles("Also signed were the Agreement on Customs Data and a protocol on transit fees.")).toEqual([
      ["agreement", "Agreement on Customs Data", "signed"],
      ["protocol", "Protocol on transit fees", "signed"],
    ]);
  });
});

describe("a plural type word with one 'on' and items that do not repeat it", () => {
  it("reads one document per item that reads as a noun phrase of its own", () => {
    expect(
      titles(
        "The ministers signed agreements on training border guards for mountain posts and cooperation in customs controls.",
      ),
    ).toEqual([
      ["agreement", "Agreement on training border guards for mountain posts", "signed"],
      ["agreement", "Agreement on cooperation in customs controls", "signed"],
    ]);
    expect(
      titles(
        "The Council took decisions on the Fund's statute, the seat of the Secretariat and the budget for 2027.",
      ),
    ).toEqual([
      ["decision", "Decision on the Fund's statute", "adopted"],
      ["decision", "Decision on the seat of the Secretariat", "adopted"],
      ["decision", "Decision on the budget for 2027", "adopted"],
    ]);
  });

  it("keeps one subject where the words after 'and' do not stand alone", () => {
    expect(titles("The Council adopted decisions on trade and economic cooperation with Peru.")).toEqual([
      ["decision", "Decision on trade and economic cooperation with Peru", "adopted"],
    ]);
    expect(titles("The Council adopted decisions on trade and investment in Africa.")).toEqual([
      ["decision", "Decision on trade and investment in Africa", "adopted"],
    ]);
  });
});

describe("more ways of listing what was adopted", () => {
  it("reads a group with a possessive, and 'The documents adopted … are A, B and C'", () => {
    expect(
      titles("The forum's documents include the Lima Charter and the Plan of Action for 2026-2028."),
    ).toEqual([
      ["other", "Lima Charter", "adopted"],
      ["action_plan", "Plan of Action for 2026-2028", "adopted"],
    ]);
    expect(titles("The documents signed at the summit are the Oslo Accord and a protocol on ports.")).toEqual(
      [
        ["other", "Oslo Accord", "signed"],
        ["protocol", "Protocol on ports", "signed"],
      ],
    );
  });

  it("reads documents named by their subject only after a count ('four of which are on A, on B …')", () => {
    const { documents, tallies } = read(
      "The ministers signed 11 documents, three of which are on fisheries, on ports and on pilotage.",
    );
    expect(documents.map((d) => [d.type, d.title, d.action])).toEqual([
      ["other", "Document on fisheries", "signed"],
      ["other", "Document on ports", "signed"],
      ["other", "Document on pilotage", "signed"],
    ]);
    expect(tallies.map((t) => [t.documentType, t.count])).toEqual([["other", 11]]);
  });

  it("reads 'These were A and B' after a signing ceremony, and nothing that is no document", () => {
    expect(
      titles(
        "The ministers then attended the signing ceremony. These were the Agreement on Ferries and a memorandum on ports.",
      ),
    ).toEqual([
      ["agreement", "Agreement on Ferries", "signed"],
      ["memorandum", "Memorandum on ports", "signed"],
    ]);
    expect(
      titles("The ministers attended the signing ceremony. These were the high points of the visit."),
    ).toEqual([]);
  });

  it("reads 'A and B were among the documents signed', and not those signed in an earlier year", () => {
    expect(
      titles("The Treaty on Rivers and the Memorandum on Dams were among the documents signed."),
    ).toEqual([
      ["treaty", "Treaty on Rivers", "signed"],
      ["memorandum", "Memorandum on Dams", "signed"],
    ]);
    expect(titles("The Treaty on Rivers was among the documents signed in 1998.")).toEqual([]);
  });

  it("reads 'Another document signed was X' and 'The following were signed: A; B'", () => {
    expect(titles("Another document signed was the Protocol on Air Links.")).toEqual([
      ["protocol", "Protocol on Air Links", "signed"],
    ]);
    expect(titles("The following were signed: the Agreement on Rail; the Protocol on Tolls.")).toEqual([
      ["agreement", "Agreement on Rail", "signed"],
      ["protocol", "Protocol on Tolls", "signed"],
    ]);
  });

  it("reads 'gave their approval to X' and 'signed off on X' as approving X", () => {
    expect(titles("The leaders gave their approval to the Strategy for Tourism until 2030.")).toEqual([
      ["strategy", "Strategy for Tourism until 2030", "approved"],
    ]);
    expect(titles("The premiers signed off on the Programme of Cooperation for 2026-2028.")).toEqual([
      ["programme", "Programme of Cooperation for 2026-2028", "approved"],
    ]);
    expect(titles("The leaders gave their backing to the bid of Kazakhstan.")).toEqual([]);
  });

  it("leaves '… and a number of bilateral documents' out of the title before it", () => {
    expect(
      titles(
        "The presidents signed the Joint Declaration on Partnership and a number of bilateral documents.",
      ),
    ).toEqual([["declaration", "Joint Declaration on Partnership", "signed"]]);
  });
});

describe("counts: their lists, an approximate number, and a clause before them", () => {
  it("reads 'Two declarations were adopted: on A and on B' and 'adopted 3 statements: on A, on B and on C' by the counted type", () => {
    expect(titles("Two declarations were adopted: on river basins and on glaciers.")).toEqual([
      ["declaration", "Declaration on river basins", "adopted"],
      ["declaration", "Declaration on glaciers", "adopted"],
    ]);
    expect(titles("The forum adopted 3 statements: on Haiti, on Yemen and on Mali.")).toEqual([
      ["statement", "Statement on Haiti", "adopted"],
      ["statement", "Statement on Yemen", "adopted"],
      ["statement", "Statement on Mali", "adopted"],
    ]);
  });

  it("records no tally for an approximate number ('More than 20 documents were signed')", () => {
    expect(read("More than 20 documents were signed at the forum.").tallies).toEqual([]);
    expect(read("About 30 agreements were signed.").tallies).toEqual([]);
    expect(read("In all, 21 documents were signed.").tallies.map((t) => t.count)).toEqual([21]);
  });

  it("reads the clause before a count with its own verb", () => {
    const { documents, tallies } = read(
      "The presidents adopted a joint declaration, and the ministers signed six agreements.",
    );
    expect(documents.map((d) => [d.type, d.title, d.action])).toEqual([
      ["declaration", "Joint declaration", "adopted"],
    ]);
    expect(tallies.map((t) => [t.documentType, t.count])).toEqual([["agreement", 6]]);
  });
});

describe("what is not part of a title, and outcomes named in other words", () => {
  it("takes 'the final declaration, the Kazan Declaration,' for the one document", () => {
    expect(titles("The final declaration, the Riga Declaration, was adopted.")).toEqual([
      ["declaration", "Riga Declaration", "adopted"],
    ]);
  });

  it("ends a title at a participle after a comma (', agreed by the ministers in May,')", () => {
    expect(
      titles("The statement on drugs, agreed by the ministers in May, was endorsed by the leaders."),
    ).toEqual([["statement", "Statement on drugs", "adopted"]]);
  });

  it("ends a phrase that opens the sentence at its comma ('With the signing of X, …')", () => {
    expect(
      titles("With the signing of the Agreement on Free Trade, the sides opened a new chapter."),
    ).toEqual([["agreement", "Agreement on Free Trade", "signed"]]);
  });

  it("reads an outcome named with 'a', and outcomes 'set out in' or 'laid down in' a document", () => {
    expect(titles("The outcome of the talks was a joint declaration on partnership.")).toEqual([
      ["declaration", "Joint declaration on partnership", "adopted"],
    ]);
    expect(titles("The results were set out in the Joint Statement of the Leaders.")).toEqual([
      ["statement", "Joint Statement of the Leaders", "adopted"],
    ]);
    expect(titles("Their positions are laid down in the Osh Declaration.")).toEqual([
      ["declaration", "Osh Declaration", "adopted"],
    ]);
    expect(titles("The outcome of the summit was a success.")).toEqual([]);
  });

  it("reads a declaration named in passing as saying something, but not a treaty or an earlier one", () => {
    expect(titles("The Minsk Declaration sets out the leaders' views on security.")).toEqual([
      ["declaration", "Minsk Declaration", "adopted"],
    ]);
    expect(titles("In the Kazan Declaration the heads of state stress the role of the UN.")).toEqual([
      ["declaration", "Kazan Declaration", "adopted"],
    ]);
    expect(titles("The Treaty on Good-Neighbourliness provides for regular consultations.")).toEqual([]);
    expect(titles("The Astana Declaration of 2015 states the same goal.")).toEqual([]);
  });
});

describe("more verbs and asides", () => {
  it("counts '16 intergovernmental agreements were concluded' and 'signed a set of 15 documents'", () => {
    expect(
      read("Overall, 16 intergovernmental agreements were concluded.").tallies.map((t) => [
        t.documentType,
        t.count,
      ]),
    ).toEqual([["agreement", 16]]);
    expect(
      read("The premiers signed a set of 15 documents.").tallies.map((t) => [t.documentType, t.count]),
    ).toEqual([["other", 15]]);
  });

  it("reads past an aside after the verb ('adopted, among other documents, X', 'approved in principle X')", () => {
    expect(titles("The leaders adopted, among other documents, the Dushanbe Declaration.")).toEqual([
      ["declaration", "Dushanbe Declaration", "adopted"],
    ]);
    expect(titles("The heads of state approved in principle the Concept of Energy Security.")).toEqual([
      ["concept", "Concept of Energy Security", "approved"],
    ]);
  });

  it("reads 'Decisions were made on A and on B'", () => {
    expect(titles("Decisions were made on the budget and on the staff.")).toEqual([
      ["decision", "Decision on the budget", "adopted"],
      ["decision", "Decision on the staff", "adopted"],
    ]);
  });
});

describe("precision: no document from a future, a decision to act, or a future text", () => {
  it("takes nothing from 'took a decision to meet again', 'will take decisions on' or 'the future Declaration'", () => {
    expect(titles("The presidents took a decision to meet again in spring.")).toEqual([]);
    expect(titles("The Council will take decisions on the budget in December.")).toEqual([]);
    expect(titles("Mr Lee said the leaders had agreed on the text of the future Declaration.")).toEqual([]);
  });

  it("takes nothing from views exchanged, work concluded or greetings", () => {
    expect(titles("The presidents exchanged views on the Charter of the Organization.")).toEqual([]);
    expect(titles("The summit concluded its work with a dinner.")).toEqual([]);
    expect(titles("The parties exchanged greetings.")).toEqual([]);
  });
});

describe("more lead-ins: 'with the leaders signing', 'namely', inverted passives and headings with a full stop", () => {
  it("reads 'The meeting ended with the leaders signing X'", () => {
    expect(titles("The meeting ended with the leaders signing the Joint Statement on Energy.")).toEqual([
      ["statement", "Joint Statement on Energy", "signed"],
    ]);
  });

  it("reads the list after 'namely'", () => {
    expect(
      titles("The leaders endorsed two documents, namely the Naryn Declaration and the Plan of Action."),
    ).toEqual([
      ["declaration", "Naryn Declaration", "adopted"],
      ["action_plan", "Plan of Action", "adopted"],
    ]);
  });

  it("reads 'Signed at the summit were A and B'", () => {
    expect(titles("Signed at the summit were the Treaty on Rivers and a protocol on fees.")).toEqual([
      ["treaty", "Treaty on Rivers", "signed"],
      ["protocol", "Protocol on fees", "signed"],
    ]);
  });

  it("reads the lines after 'signed the following documents.'", () => {
    expect(
      titles(
        "The heads of state signed the following documents.\n1. The Naryn Declaration.\n2. The Agreement on Roads.",
      ),
    ).toEqual([
      ["declaration", "Naryn Declaration", "signed"],
      ["agreement", "Agreement on Roads", "signed"],
    ]);
  });

  it("keeps the stated head and 'in connection with' after a passive", () => {
    expect(
      titles("Besides, a joint statement was adopted in connection with the 30th anniversary of the Fund."),
    ).toEqual([
      ["statement", "Joint statement in connection with the 30th anniversary of the Fund", "adopted"],
    ]);
  });
});

describe("lists opened by a title without a type word, groups 'of the summit', and a count with an aside", () => {
  it("reads a colon list whose first item has no type word", () => {
    expect(
      titles(
        "The leaders adopted the following documents: the ASEAN Smart Ports Framework; the Hanoi Declaration on Ports.",
      ),
    ).toEqual([
      ["other", "ASEAN Smart Ports Framework", "adopted"],
      ["declaration", "Hanoi Declaration on Ports", "adopted"],
    ]);
  });

  it("reads 'The outcome documents of the summit comprise …'", () => {
    expect(
      titles("The outcome documents of the summit comprise the Osh Declaration and eleven decisions."),
    ).toEqual([["declaration", "Osh Declaration", "adopted"]]);
  });

  it("counts 'A total of 17 documents, including 5 agreements, were signed'", () => {
    expect(
      read("A total of 17 documents, including 5 agreements, were signed.").tallies.map((t) => [
        t.documentType,
        t.count,
      ]),
    ).toEqual([["other", 17]]);
  });
});

describe("a serial list after a plural type word with one 'on'", () => {
  it("reads 'decisions on A, B and C' as one decision each, but not a singular or a list of years", () => {
    expect(titles("The Council adopted decisions on migration, tourism and sport.")).toEqual([
      ["decision", "Decision on migration", "adopted"],
      ["decision", "Decision on tourism", "adopted"],
      ["decision", "Decision on sport", "adopted"],
    ]);
    expect(titles("The Council adopted a decision on migration, tourism and sport.")).toEqual([
      ["decision", "Decision on migration, tourism and sport", "adopted"],
    ]);
    expect(titles("The Council approved decisions on the budgets for 2025, 2026 and 2027.")).toEqual([
      ["decision", "Decision on the budgets for 2025, 2026 and 2027", "approved"],
    ]);
  });
});

describe("'It includes' after a group, and the main document named without a type word", () => {
  it("reads 'It includes A and B' after a package was signed, and not after anything else", () => {
    expect(
      titles(
        "After the talks, a package of documents was signed. It includes the Agreement on Ports and a protocol on fees.",
      ),
    ).toEqual([
      ["agreement", "Agreement on Ports", "signed"],
      ["protocol", "Protocol on fees", "signed"],
    ]);
    expect(titles("The leaders met at noon. It includes the provisions of the Charter.")).toEqual([]);
  });

  it("reads 'The main document of the summit, the “X Vision 2030”, was approved'", () => {
    expect(titles("The main document of the summit, the “Osh Vision 2030”, was approved.")).toEqual([
      ["other", "Osh Vision 2030", "approved"],
    ]);
  });
});

describe("'saw the leaders sign X', 'Signatures were put to X' and a verb with a colon", () => {
  it("reads them as signing or adopting", () => {
    expect(titles("The summit saw the leaders sign the Treaty on Transit.")).toEqual([
      ["treaty", "Treaty on Transit", "signed"],
    ]);
    expect(titles("Signatures were put to the Agreement on Rail Transport.")).toEqual([
      ["agreement", "Agreement on Rail Transport", "signed"],
    ]);
    expect(titles("The leaders adopted: the Kazan Declaration; the Statement on Food Security.")).toEqual([
      ["declaration", "Kazan Declaration", "adopted"],
      ["statement", "Statement on Food Security", "adopted"],
    ]);
  });
});

describe("counts of another event's documents", () => {
  const counts = (text: string) => read(text).tallies.map((t) => [t.documentType, t.count]);

  it("records no tally for documents of a bilateral summit, a state visit or 'the two countries'", () => {
    expect(
      counts(
        "Ahead of the forum, Chile and Peru held a bilateral summit, at which 9 agreements were signed.",
      ),
    ).toEqual([]);
    expect(
      counts("During the state visit the day before, the hosts and their guests signed 7 documents."),
    ).toEqual([]);
    expect(counts("The two countries also concluded 11 intergovernmental agreements.")).toEqual([]);
  });

  it("still counts the meeting's own documents, bilateral ones signed at the summit included", () => {
    expect(counts("In all, 14 documents were signed at the summit.")).toEqual([["other", 14]]);
    expect(counts("The leaders signed 6 bilateral agreements on the summit's margins.")).toEqual([
      ["agreement", 6],
    ]);
  });
});

describe("a second verb whose object is a type word", () => {
  it("gives 'and issued joint statements on A and B' its own action after a quoted title", () => {
    expect(
      titles(
        'The ministers approved the decision "On the Year of Ecology 2030" and issued joint statements on water use and the protection of glaciers.',
      ),
    ).toEqual([
      ["decision", "Decision On the Year of Ecology 2030", "approved"],
      ["statement", "Statement on water use", "adopted"],
      ["statement", "Statement on the protection of glaciers", "adopted"],
    ]);
  });

  it("ends the first object at 'and adopted separate statements on …', and not at 'and related' without a type word", () => {
    expect(
      titles(
        "The leaders approved the Plan of Action on Rail Transport and adopted separate statements on ports and on customs.",
      ),
    ).toEqual([
      ["action_plan", "Plan of Action on Rail Transport", "approved"],
      ["statement", "Statement on ports", "adopted"],
      ["statement", "Statement on customs", "adopted"],
    ]);
    expect(titles("The ministers approved the Concept of Youth Policy and its annexes.")).toEqual([
      ["concept", "Concept of Youth Policy and its annexes", "approved"],
    ]);
  });
});

describe("an aside between the verb and its object", () => {
  it("reads 'signed in their presence X' and 'signed in the presence of the leaders X' as signing X", () => {
    expect(titles("The ministers signed in their presence the Protocol on Fisheries.")).toEqual([
      ["protocol", "Protocol on Fisheries", "signed"],
    ]);
    expect(
      titles("Officials signed in the presence of the heads of state memoranda on tourism and on sport."),
    ).toEqual([
      ["memorandum", "Memorandum on tourism", "signed"],
      ["memorandum", "Memorandum on sport", "signed"],
    ]);
  });

  it("still reads no object after 'signed in Minsk' or 'signed in 2001'", () => {
    expect(titles("The Treaty, signed in Minsk in 2001, remains the basis.")).toEqual([]);
  });
});

describe("a document named after a count", () => {
  it("reads 'adopted 2 statements and 5 decisions, as well as an appeal to …' as one more document", () => {
    const { documents, tallies } = read(
      "The Council adopted 2 statements and 5 decisions, as well as an appeal to the youth of the region on the centenary of the university.",
    );
    expect(documents.map((d) => [d.type, d.title, d.action])).toEqual([
      ["message", "Appeal to the youth of the region on the centenary of the university", "adopted"],
    ]);
    expect(tallies.map((t) => [t.documentType, t.count])).toEqual([
      ["statement", 2],
      ["decision", 5],
    ]);
    expect(titles("The ministers approved 4 decisions along with the Roadmap for Digital Trade.")).toEqual([
      ["roadmap", "Roadmap for Digital Trade", "approved"],
    ]);
  });

  it("reads no document from 'as well as a number of memoranda' or a list of people", () => {
    expect(titles("The leaders signed 12 agreements, as well as a number of memoranda.")).toEqual([]);
    expect(titles("The leaders adopted 5 documents, as well as the heads of government.")).toEqual([]);
  });
});

describe("a count with its items after a comma", () => {
  it("reads 'adopted two joint statements, on A and on B' as a statement per item, as after a colon", () => {
    const { documents, tallies } = read("The leaders adopted two joint statements, on Mali and on Niger.");
    expect(documents.map((d) => [d.type, d.title, d.action])).toEqual([
      ["statement", "Statement on Mali", "adopted"],
      ["statement", "Statement on Niger", "adopted"],
    ]);
    expect(tallies.map((t) => [t.documentType, t.count])).toEqual([["statement", 2]]);
  });

  it("not after a count of documents of any type, nor an item that is no 'on' phrase", () => {
    expect(titles("The leaders signed 12 documents, on trade and on energy among others.")).toEqual([]);
    expect(titles("The leaders adopted 2 statements, one on the border.")).toEqual([]);
  });
});

describe("a plural type word over two subjects with one 'on'", () => {
  it("reads 'statements on food security and climate change' as two statements", () => {
    expect(titles("The leaders adopted joint statements on water security and desert control.")).toEqual([
      ["statement", "Statement on water security", "adopted"],
      ["statement", "Statement on desert control", "adopted"],
    ]);
    expect(titles("The Council took decisions on budget matters and staff rules.")).toEqual([
      ["decision", "Decision on budget matters", "adopted"],
      ["decision", "Decision on staff rules", "adopted"],
    ]);
  });

  it("keeps one subject when a part is a single word or a preposition may take both parts", () => {
    expect(titles("The ministers took decisions on trade and economic cooperation with Chile.")).toEqual([
      ["decision", "Decision on trade and economic cooperation with Chile", "adopted"],
    ]);
    expect(
      titles("They signed agreements on cooperation between port authorities and customs services."),
    ).toEqual([
      ["agreement", "Agreement on cooperation between port authorities and customs services", "signed"],
    ]);
    expect(titles("The leaders adopted statements on regional security and stability.")).toEqual([
      ["statement", "Statement on regional security and stability", "adopted"],
    ]);
  });
});

describe("counts of one type inside a count of documents", () => {
  const counts = (text: string) => read(text).tallies.map((t) => [t.documentType, t.count]);

  it("reads 'N documents, including 9 decisions and 3 statements' and 'among them 7 agreements'", () => {
    expect(counts("Altogether 21 documents were signed, including 8 decisions and 4 statements.")).toEqual([
      ["other", 21],
      ["decision", 8],
      ["statement", 4],
    ]);
    expect(counts("The presidents signed 12 documents, among them 7 agreements.")).toEqual([
      ["other", 12],
      ["agreement", 7],
    ]);
    // An approximate total still has an exact part.
    expect(counts("Over 30 documents were signed, including 11 protocols.")).toEqual([["protocol", 11]]);
  });

  it("reads no count from 'including the Declaration' or '3 of which concern security'", () => {
    expect(counts("The leaders signed 17 documents, including the Declaration on Peace.")).toEqual([
      ["other", 17],
    ]);
    expect(counts("The leaders signed 14 documents, 3 of which concern security.")).toEqual([["other", 14]]);
  });
});

describe("'the issue of', 'the signing by <signatories> of' and a meeting's close", () => {
  it("reads the document after 'concluded with the issue of'", () => {
    expect(
      titles("The meeting concluded with the issue of a disposition on the state of the internal market."),
    ).toEqual([["other", "Disposition on the state of the internal market", "adopted"]]);
    expect(titles("The summit ended with the issue of the Joint Statement on Climate.")).toEqual([
      ["statement", "Joint Statement on Climate", "adopted"],
    ]);
    expect(titles("The session closed with the issue of a communique on the results of the talks.")).toEqual([
      ["communique", "Communique on the results of the talks", "adopted"],
    ]);
  });

  it("takes no topic 'the issue of …' for a document", () => {
    expect(
      titles("The leaders dealt with the issue of migration and the Declaration on Borders of 2001."),
    ).toEqual([]);
    expect(titles("The ministers discussed the issue of a joint statement on climate.")).toEqual([]);
  });

  it("reads the document after 'the signing by <signatories> of'", () => {
    expect(
      titles(
        "The highlight of the day was the signing by the Leaders of the Declaration on Unity in Diversity.",
      ),
    ).toEqual([["declaration", "Declaration on Unity in Diversity", "signed"]]);
    expect(
      titles("The summit ended with the signing by the foreign ministers of the Agreement on Visas."),
    ).toEqual([["agreement", "Agreement on Visas", "signed"]]);
    expect(titles("The session concluded with the adoption by consensus of the Statement on Water.")).toEqual(
      [["statement", "Statement on Water", "adopted"]],
    );
  });

  it("keeps a year in the title of what a meeting closed with, and still drops a signing recalled", () => {
    expect(
      titles("The meeting concluded with the issue of a disposition on the results of the work in 2020."),
    ).toEqual([["other", "Disposition on the results of the work in 2020", "adopted"]]);
    expect(titles("The summit ended with the adoption of the Report on Trade in 2019.")).toEqual([
      ["report", "Report on Trade in 2019", "adopted"],
    ]);
    expect(titles("After the signing of the Treaty on Friendship in 2001, trade grew.")).toEqual([]);
  });
});

describe("more of a passive's subject after the verb: ', as well as …'", () => {
  it("reads the document after ', as well as' or 'together with' following a passive verb", () => {
    expect(
      titles(
        "In their presence the Programme on Customs for 2016–2021 was signed, as well as a Memorandum of Understanding between the Secretariat and the Commission, which opens the way to joint projects.",
      ),
    ).toEqual([
      ["programme", "Programme on Customs for 2016–2021", "signed"],
      ["memorandum", "Memorandum of Understanding between the Secretariat and the Commission", "signed"],
    ]);
    expect(titles("The Concept of Security was approved, together with the Plan on Borders.")).toEqual([
      ["concept", "Concept of Security", "approved"],
      ["plan", "Plan on Borders", "approved"],
    ]);
    expect(titles("The Treaty on Trade was signed as well as the Protocol on Tariffs.")).toEqual([
      ["treaty", "Treaty on Trade", "signed"],
      ["protocol", "Protocol on Tariffs", "signed"],
    ]);
  });
});

describe("the outcome documents a summit is said to include", () => {
  it("reads them as adopted, whatever the sentence before signed", () => {
    expect(
      titles(
        "The leaders signed the Treaty on Peace. The outcome documents of the Summit include the Joint Statement on Energy and the Bali Framework for Development.",
      ),
    ).toEqual([
      ["treaty", "Treaty on Peace", "signed"],
      ["statement", "Joint Statement on Energy", "adopted"],
      ["other", "Bali Framework for Development", "adopted"],
    ]);
    expect(
      titles(
        "The ministers signed the Agreement on Visas. The final documents of the meeting include the Declaration on Youth.",
      ),
    ).toEqual([
      ["agreement", "Agreement on Visas", "signed"],
      ["declaration", "Declaration on Youth", "adopted"],
    ]);
  });

  it("still gives a package the verb of the sentence before", () => {
    expect(
      titles("The leaders signed a package of documents. The documents include the Treaty on Trade."),
    ).toEqual([["treaty", "Treaty on Trade", "signed"]]);
  });
});
