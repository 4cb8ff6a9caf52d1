import { describe, expect, it } from "vitest";
import { readDocuments, splitPlainList, subjectOverlap } from "./documents";
import { segment } from "./segment";

const read = (text: string) => readDocuments({ text, paragraphs: segment(text) });

describe("documents", () => {
  it("reads one statement per 'on …' item after a dash", () => {
    const { documents } = read(
      "The documents adopted at the end of the summit - the Riga Declaration and statements on A, on B, including on C, as well as on D.",
    );
    expect(documents.map((d) => [d.type, d.title, d.action])).toEqual([
      ["declaration", "Riga Declaration", "adopted"],
      ["statement", "Statement on A", "adopted"],
      ["statement", "Statement on B, including on C", "adopted"],
      ["statement", "Statement on D", "adopted"],
    ]);
  });

  it("reads 'X, Y and Z were approved', validity and an implemented document", () => {
    const { documents, relations } = read(
      "The Programme for 2024-2026 on the implementation of the Economic Strategy until 2030, the Concept of youth policy and a Roadmap on trade were approved.",
    );
    expect(documents.map((d) => [d.type, d.title, d.action, d.atMeeting, d.validFrom, d.validTo])).toEqual([
      [
        "programme",
        "Programme for 2024-2026 on the implementation of the Economic Strategy until 2030",
        "approved",
        true,
        "2024",
        "2026",
      ],
      ["strategy", "Economic Strategy until 2030", "adopted", false, null, "2030"],
      ["concept", "Concept of youth policy", "approved", true, null, null],
      ["roadmap", "Roadmap on trade", "approved", true, null, null],
    ]);
    expect(relations.map((r) => [r.fromKey, r.type, r.toKey])).toEqual([
      ["document-1", "implements", "document-2"],
    ]);
  });

  it("reads one report per author", () => {
    const { documents } = read(
      "The reports of the Secretary General and the Director of the Bureau on the results of 2022 were approved.",
    );
    expect(documents.map((d) => d.title)).toEqual([
      "Report of the Secretary General on the results of 2022",
      "Report of the Director of the Bureau on the results of 2022",
    ]);
  });

  it("keeps a count, names the listed items, links an approval and reuses documents already read", () => {
    const text =
      "The leaders adopted statements on food security and on energy. The Action Plan for 2025-2027 was approved. " +
      "12 decisions of the council were also prepared, including the approval of the action plan for 2025-2027, and the budget. " +
      "In addition, 2 statements of the leaders were formulated, including those dedicated to energy.";
    const { documents, tallies, relations } = read(text);
    expect(tallies.map((t) => [t.documentType, t.count, t.describedAs])).toEqual([
      ["decision", 12, "of the council"],
      ["statement", 2, "of the leaders"],
    ]);
    expect(documents.filter((d) => d.type === "decision").map((d) => [d.title, d.action])).toEqual([
      ["Decision approving the Action Plan for 2025-2027", "prepared"],
      ["Decision on the budget", "prepared"],
    ]);
    expect(documents.filter((d) => d.type === "statement").map((d) => d.title)).toEqual([
      "Statement of the leaders on food security",
      "Statement of the leaders on energy",
    ]);
    expect(relations.map((r) => r.type)).toEqual(["approves"]);
  });

  it("splits plain lists by the Oxford-comma rule", () => {
    const text = "A, B and C";
    expect(splitPlainList(text, 0, text.length).map((p) => text.slice(p.start, p.end))).toEqual([
      "A",
      "B",
      "C",
    ]);
    const oxford = "the fight against X, and cooperation between Y and Z";
    expect(splitPlainList(oxford, 0, oxford.length).map((p) => oxford.slice(p.start, p.end))).toEqual([
      "the fight against X",
      "cooperation between Y and Z",
    ]);
    expect(
      subjectOverlap(
        "joint counteraction to the coronavirus",
        "on joint counteraction to the new coronavirus infection",
      ),
    ).toBe(1);
  });

  describe("documents read from the words around them, whoever the subject is", () => {
    const found = (text: string) => read(text).documents.map((d) => [d.type, d.title, d.action]);

    it("reads every verb of a sentence, each with its own object, and a country as the subject", () => {
      expect(
        found(
          "Mongolia signed the Protocol on Accession to the Customs Code and approved a roadmap for trade facilitation.",
        ),
      ).toEqual([
        ["protocol", "Protocol on Accession to the Customs Code", "signed"],
        ["roadmap", "Roadmap for trade facilitation", "approved"],
      ]);
    });

    it("does not cut an object at an adjective ending in -ed, and keeps a last item after 'as well as'", () => {
      expect(
        found(
          "The ministers issued statements on water security, on secure, diversified and resilient energy markets, as well as a statement on fisheries.",
        ),
      ).toEqual([
        ["statement", "Statement on water security", "adopted"],
        ["statement", "Statement on secure, diversified and resilient energy markets", "adopted"],
        ["statement", "Statement on fisheries", "adopted"],
      ]);
    });

    it("takes the action from a relative clause and leaves the clause out of the title", () => {
      expect(
        found("The outcome is recorded in the Lima Communiqué, which the leaders approved by consensus."),
      ).toEqual([["communique", "Lima Communiqué", "approved"]]);
      const { documents, tallies } = read(
        "Three final documents were adopted: the Oslo Declaration, a Charter of partnership, and the Action Plan on Water, which the ministers endorsed after long talks.",
      );
      expect(documents.map((d) => [d.type, d.title, d.action])).toEqual([
        ["declaration", "Oslo Declaration", "adopted"],
        ["other", "Charter of partnership", "adopted"],
        ["action_plan", "Action Plan on Water", "adopted"],
      ]);
      expect(tallies.map((t) => [t.documentType, t.count])).toEqual([["other", 3]]);
    });

    it("reads titles without a type word: quoted, capitalised or named by a document noun", () => {
      expect(
        found(
          'The heads of state adopted the programme document "Digital Silk Road 2030" and approved the Kigali Accord on Fisheries.',
        ),
      ).toEqual([
        ["programme", "Digital Silk Road 2030", "adopted"],
        ["other", "Kigali Accord on Fisheries", "approved"],
      ]);
      expect(
        found("The council approved the main guidelines of the bank's lending policy for 2026."),
      ).toEqual([["other", "Main guidelines of the bank's lending policy for 2026", "approved"]]);
      expect(
        found("In total, 9 documents were signed, among them the Pact on Ports, Rail and Roads."),
      ).toEqual([["other", "Pact on Ports, Rail and Roads", "signed"]]);
    });

    it("ends a passive title where another clause begins", () => {
      expect(
        found(
          "A treaty was signed on mutual legal assistance, and the leaders decided to meet again in spring.",
        ),
      ).toEqual([["treaty", "Treaty on mutual legal assistance", "signed"]]);
    });

    it("reads no document where the object is none, or where others signed it", () => {
      expect(found("The leaders approved the proposals of the chair and adopted the agenda.")).toEqual([]);
      expect(
        found(
          "The ministers welcomed the memorandum on seeds that the agricultural agencies had signed in May.",
        ),
      ).toEqual([]);
    });
  });

  describe("phrasings of real releases, each in several words of our own", () => {
    const found = (text: string) => read(text).documents.map((d) => [d.type, d.title, d.action]);

    it("reads a noun of adoption after words saying it happened", () => {
      expect(found("The summit closed with the adoption of the Ufa Declaration.")).toEqual([
        ["declaration", "Ufa Declaration", "adopted"],
      ]);
      expect(
        found("The visit culminated in the signing of the Treaty on Friendship and a memorandum on tourism."),
      ).toEqual([
        ["treaty", "Treaty on Friendship", "signed"],
        ["memorandum", "Memorandum on tourism", "signed"],
      ]);
      expect(found("The forum saw the approval of a Roadmap for green energy until 2030.")).toEqual([
        ["roadmap", "Roadmap for green energy until 2030", "approved"],
      ]);
      expect(found("The ministers welcomed the adoption of the Lisbon Vision 2040.")).toEqual([
        ["other", "Lisbon Vision 2040", "adopted"],
      ]);
    });

    it("reads no noun of adoption that is asked for, planned or prepared", () => {
      expect(found("The president called for the adoption of a convention on cyber crime.")).toEqual([]);
      expect(found("The next summit is expected to end with the signing of the Treaty on Borders.")).toEqual(
        [],
      );
      expect(found("The ministers will prepare the ground for the approval of the Strategy 2040.")).toEqual(
        [],
      );
    });

    it("reads outcomes reflected or recorded in a document, but not a founding text", () => {
      expect(found("The results of the talks are reflected in the Tashkent Declaration.")).toEqual([
        ["declaration", "Tashkent Declaration", "adopted"],
      ]);
      expect(found("The agreed views were recorded in a Joint Communiqué of the leaders.")).toEqual([
        ["communique", "Joint Communiqué of the leaders", "adopted"],
      ]);
      expect(
        found("The positions of the sides are reflected in the final Statement on Afghanistan."),
      ).toEqual([["statement", "Final Statement on Afghanistan", "adopted"]]);
      expect(found("Cooperation rests on the principles reflected in the UN Charter.")).toEqual([]);
      expect(found("The goals, as reflected in the Strategy 2030, remain valid.")).toEqual([]);
    });

    it("reads a list after 'include' or 'among … were', whatever words name the group", () => {
      expect(
        found("The outcome documents included the Baku Declaration and a Statement on Water Security."),
      ).toEqual([
        ["declaration", "Baku Declaration", "adopted"],
        ["statement", "Statement on Water Security", "adopted"],
      ]);
      expect(
        found(
          "The key documents signed at the summit include the Treaty on Borders and a Protocol on Customs.",
        ),
      ).toEqual([
        ["treaty", "Treaty on Borders", "signed"],
        ["protocol", "Protocol on Customs", "signed"],
      ]);
      expect(found("Among the main documents approved in Cairo were the Concept of Youth Policy.")).toEqual([
        ["concept", "Concept of Youth Policy", "approved"],
      ]);
    });

    it("reads the list after a group with no count: 'a number of documents were signed, among them …'", () => {
      expect(
        found(
          "A number of documents were signed, among them the Agreement on Rail Transit and the Lhasa Declaration.",
        ),
      ).toEqual([
        ["agreement", "Agreement on Rail Transit", "signed"],
        ["declaration", "Lhasa Declaration", "signed"],
      ]);
      expect(found("Several documents were adopted, such as a Programme on Tourism for 2027-2029.")).toEqual([
        ["programme", "Programme on Tourism for 2027-2029", "adopted"],
      ]);
      expect(
        found("Several decisions were also taken, including on the budget and on the auditors."),
      ).toEqual([
        ["decision", "Decision on the budget", "adopted"],
        ["decision", "Decision on the auditors", "adopted"],
      ]);
      expect(
        found(
          "The council approved a number of decisions, in particular on the staff rules and the audit for 2027.",
        ),
      ).toEqual([
        ["decision", "Decision on the staff rules", "approved"],
        ["decision", "Decision on the audit for 2027", "approved"],
      ]);
    });

    it("counts documents however the count is phrased, and reads the items 'of which' it has", () => {
      const tallied = (text: string) => read(text).tallies.map((t) => [t.documentType, t.count]);
      expect(tallied("A package of 17 documents was signed at the close of the talks.")).toEqual([
        ["other", 17],
      ]);
      expect(tallied("Eleven decisions have been adopted in all.")).toEqual([["decision", 11]]);
      expect(tallied("The meeting produced 22 documents.")).toEqual([["other", 22]]);
      expect(
        found(
          "The heads of state signed 14 documents, three of which are statements on cyber security, on drugs and on migration.",
        ),
      ).toEqual([
        ["statement", "Statement on cyber security", "signed"],
        ["statement", "Statement on drugs", "signed"],
        ["statement", "Statement on migration", "signed"],
      ]);
      expect(
        found(
          "In all, 9 documents were adopted, two of them being the Charter of Culture and the Oslo Accord.",
        ),
      ).toEqual([
        ["other", "Charter of Culture", "adopted"],
        ["other", "Oslo Accord", "adopted"],
      ]);
      expect(
        found("The ministers approved 6 decisions, two of which concern the budget and the audit."),
      ).toEqual([
        ["decision", "Decision on the budget", "approved"],
        ["decision", "Decision on the audit", "approved"],
      ]);
    });

    it("reads one document per repeated 'between' or 'with' after a plural", () => {
      expect(
        found(
          "Memoranda of understanding between the Secretariat and the Bank and between the Secretariat and the Forum were signed.",
        ),
      ).toEqual([
        ["memorandum", "Memorandum of Understanding between the Secretariat and the Bank", "signed"],
        ["memorandum", "Memorandum of Understanding between the Secretariat and the Forum", "signed"],
      ]);
      expect(
        found(
          "The ministers signed agreements with Laos on trade, with Chile on fisheries and with Peru on mining.",
        ),
      ).toEqual([
        ["agreement", "Agreement with Laos on trade", "signed"],
        ["agreement", "Agreement with Chile on fisheries", "signed"],
        ["agreement", "Agreement with Peru on mining", "signed"],
      ]);
      expect(
        found("Protocols between the customs services and between the border agencies were approved."),
      ).toEqual([
        ["protocol", "Protocol between the customs services", "approved"],
        ["protocol", "Protocol between the border agencies", "approved"],
      ]);
    });

    it("starts a new item at a named title after a typed one", () => {
      expect(
        found("The leaders adopted the Vientiane Declaration on Tourism and the ASEAN Digital Vision 2035."),
      ).toEqual([
        ["declaration", "Vientiane Declaration on Tourism", "adopted"],
        ["other", "ASEAN Digital Vision 2035", "adopted"],
      ]);
      expect(found("The Statement on Oceans and the Jakarta Agenda for Growth were endorsed.")).toEqual([
        ["statement", "Statement on Oceans", "adopted"],
        ["other", "Jakarta Agenda for Growth", "adopted"],
      ]);
      expect(
        found("The ministers signed a Protocol on Fees, the Andes Pact and the Rules of Procedure."),
      ).toEqual([
        ["protocol", "Protocol on Fees", "signed"],
        ["other", "Andes Pact", "signed"],
        ["other", "Rules of Procedure", "signed"],
      ]);
    });

    it("reads one document a line under a heading that ends with a colon, numbered, bulleted or not; a decision approving the lines under it", () => {
      expect(
        found(
          "At the close, the leaders signed the following documents:\n\n1. The Almaty Declaration.\n\n" +
            "2. Decision of the Council on approving documents:\n\n— Strategy on Water until 2040;\n\n" +
            "— Programme on Sport for 2027-2029.\n\n3. Agreement on the Seed Bank.\n\nThe leaders then met the press.",
        ),
      ).toEqual([
        ["declaration", "Almaty Declaration", "signed"],
        ["decision", "Decision of the Council on approving documents", "signed"],
        ["strategy", "Strategy on Water until 2040", "approved"],
        ["programme", "Programme on Sport for 2027-2029", "approved"],
        ["agreement", "Agreement on the Seed Bank", "signed"],
      ]);
      expect(
        found(
          "Documents adopted at the summit:\n• Osh Declaration;\n• Statement on Glaciers.\nThe host thanked the guests.",
        ),
      ).toEqual([
        ["declaration", "Osh Declaration", "adopted"],
        ["statement", "Statement on Glaciers", "adopted"],
      ]);
      const { documents, tallies } = read(
        "In all, 8 documents were approved:\nConcept of Health Cooperation;\nRoadmap on Rail.\nThe Concept reflects shared goals.",
      );
      expect(documents.map((d) => [d.type, d.title, d.action])).toEqual([
        ["concept", "Concept of Health Cooperation", "approved"],
        ["roadmap", "Roadmap on Rail", "approved"],
      ]);
      expect(tallies.map((t) => [t.documentType, t.count])).toEqual([["other", 8]]);
      expect(found("President Lee noted:\n- Trade grew by a third.")).toEqual([]);
    });

    it("reads no document adopted before this meeting, whatever the verb's form", () => {
      expect(found("The Strategy had been adopted in 2019 and stays in force.")).toEqual([]);
      expect(found("The Roadmap was approved last year by the ministers.")).toEqual([]);
      expect(found("The previously signed Agreement on Fisheries was extended.")).toEqual([]);
      expect(found("The leaders noted that the Concept was approved earlier by the governments.")).toEqual(
        [],
      );
      expect(found("Work continues on the Action Plan adopted in Minsk in 2021.")).toEqual([]);
      expect(
        found("The leaders noted that the Declaration was adopted at the previous summit in Astana."),
      ).toEqual([]);
      expect(
        found("The heads of state welcomed the signing of an agreement between two rail firms last month."),
      ).toEqual([]);
    });

    it("takes a document a participle says this meeting adopted, but not one adopted before", () => {
      expect(found("The Tehran Declaration, adopted at the summit, sets out shared views.")).toEqual([
        ["declaration", "Tehran Declaration", "adopted"],
      ]);
      expect(found("The Protocol on Visas, signed by the heads of state, enters into force in May.")).toEqual(
        [["protocol", "Protocol on Visas", "signed"]],
      );
      expect(found("A Roadmap on Tourism, approved during the session, lists forty projects.")).toEqual([
        ["roadmap", "Roadmap on Tourism", "approved"],
      ]);
      expect(found("The Treaty on Borders, signed at the previous summit, was recalled.")).toEqual([]);
      expect(found("The Concept, approved by the ministers in 2022, is being implemented.")).toEqual([]);
    });

    it("reads no document from a plural that only refers to a group", () => {
      expect(found("The Assembly adopted the decisions and declarations of the session.")).toEqual([]);
      expect(found("The leaders approved the statements and the reports.")).toEqual([]);
      expect(found("The summit adopted resolutions and decisions on trade and on health.")).toEqual([
        ["decision", "Decision on trade", "adopted"],
        ["decision", "Decision on health", "adopted"],
      ]);
    });

    it("reads 'agreed on' a document as adopting it, not 'agreed to' adopt one", () => {
      expect(found("The leaders agreed on the Accra Declaration.")).toEqual([
        ["declaration", "Accra Declaration", "adopted"],
      ]);
      expect(found("The ministers agreed upon a joint communiqué on trade.")).toEqual([
        ["communique", "Joint communiqué on trade", "adopted"],
      ]);
      expect(found("The heads of state agreed on a Roadmap for the single market.")).toEqual([
        ["roadmap", "Roadmap for the single market", "adopted"],
      ]);
      expect(found("The leaders agreed to adopt a Charter of the Fund next year.")).toEqual([]);
    });

    it("counts documents after a noun of adoption and in compound number words", () => {
      const tallied = (text: string) => read(text).tallies.map((t) => [t.documentType, t.count]);
      expect(tallied("The talks ended with the signing of 16 documents.")).toEqual([["other", 16]]);
      expect(tallied("Twenty-eight documents were adopted at the summit.")).toEqual([["other", 28]]);
      expect(tallied("The heads of state signed a total of thirty-two documents.")).toEqual([["other", 32]]);
      expect(tallied("The meeting saw the approval of forty one decisions.")).toEqual([["decision", 41]]);
    });

    it("reads list lines under a heading that stops at its verb or at 'included the', and 'Adoption of …' lines", () => {
      expect(
        found(
          "Decisions taken at the summit included the\n\nAdoption of the Caspian Blue Vision: Seas for All;\n\n" +
            "Naming of Aktau as the Port Capital for 2026;\n\nCharter of the Steppe Cities;\n\n" +
            "Moreover, the ministers signed\n\nThe Agreement on Rail Tariffs;\n\nMoU on the Council of Statistics Offices.\n\n" +
            "The guests then toured the old town.",
        ),
      ).toEqual([
        ["other", "Caspian Blue Vision: Seas for All", "adopted"],
        ["other", "Charter of the Steppe Cities", "adopted"],
        ["agreement", "Agreement on Rail Tariffs", "signed"],
        ["memorandum", "MoU on the Council of Statistics Offices", "signed"],
      ]);
      expect(
        found(
          "The talks resulted in signing of several documents:\n• The Ankara Declaration;\n• A decision on observer status.",
        ),
      ).toEqual([
        ["declaration", "Ankara Declaration", "signed"],
        ["decision", "Decision on observer status", "signed"],
      ]);
      expect(
        found("Summit news: declaration signed\n\nThe Baku Declaration was signed today by the presidents."),
      ).toEqual([["declaration", "Baku Declaration", "signed"]]);
    });

    it("reads a release or a gerund of adoption: 'with the release of', 'by issuing'", () => {
      expect(found("The summit closed with the release of a Joint Declaration on Fisheries.")).toEqual([
        ["declaration", "Joint Declaration on Fisheries", "adopted"],
      ]);
      expect(found("The leaders ended their meeting by issuing a communiqué on trade.")).toEqual([
        ["communique", "Communiqué on trade", "adopted"],
      ]);
      expect(found("The ministers marked the date by signing the Protocol on Ports.")).toEqual([
        ["protocol", "Protocol on Ports", "signed"],
      ]);
    });

    it("reads 'put their names to' and 'inked' as signing", () => {
      expect(found("The presidents put their signatures to the Treaty on Water Sharing.")).toEqual([
        ["treaty", "Treaty on Water Sharing", "signed"],
      ]);
      expect(found("The ministers inked a memorandum on tourism and the Ankara Accord on Skies.")).toEqual([
        ["memorandum", "Memorandum on tourism", "signed"],
        ["other", "Ankara Accord on Skies", "signed"],
      ]);
      expect(
        read("In all, the leaders put their names to 11 documents.").tallies.map((t) => t.count),
      ).toEqual([11]);
    });

    it("reads a list after 'Among the main ones are', with the action of the count before it", () => {
      expect(
        found(
          "The leaders signed 9 documents. Among the main ones are the Pact on Seeds and a Treaty on Rivers.",
        ),
      ).toEqual([
        ["other", "Pact on Seeds", "signed"],
        ["treaty", "Treaty on Rivers", "signed"],
      ]);
      expect(
        found("12 documents were approved. Among the key ones were the Concept of Rail Transit."),
      ).toEqual([["concept", "Concept of Rail Transit", "approved"]]);
      expect(found("Among the most important ones is the Charter of Museums.")).toEqual([
        ["other", "Charter of Museums", "adopted"],
      ]);
    });

    it("takes part in a signing, but does not recall an earlier one or a role in one", () => {
      expect(found("The presidents took part in the signing of the Agreement on Rail Transit.")).toEqual([
        ["agreement", "Agreement on Rail Transit", "signed"],
      ]);
      expect(found("The leaders attended the signing of a memorandum on solar power.")).toEqual([
        ["memorandum", "Memorandum on solar power", "signed"],
      ]);
      expect(found("The prime ministers participated in the signing of the Protocol on Seeds.")).toEqual([
        ["protocol", "Protocol on Seeds", "signed"],
      ]);
      expect(found("Since the signing of the Treaty on Friendship in 2001, trade has doubled.")).toEqual([]);
      expect(found("Mexico played a key role in the adoption of the Paris Agreement.")).toEqual([]);
      expect(found("The decisions are reflected in the Action Plan adopted last year.")).toEqual([]);
    });

    it("reads an appeal, a message or an address to the peoples as a message, not the verb 'to address'", () => {
      expect(
        found(
          "The heads of state adopted an Appeal to the peoples of the Commonwealth on the anniversary of the Victory.",
        ),
      ).toEqual([
        ["message", "Appeal to the peoples of the Commonwealth on the anniversary of the Victory", "adopted"],
      ]);
      expect(found("The leaders signed the Address of the Council to the peoples of Eurasia.")).toEqual([
        ["message", "Address of the Council to the peoples of Eurasia", "signed"],
      ]);
      expect(found("The Council approved a message of greetings to the people of Laos.")).toEqual([
        ["message", "Message of greetings to the people of Laos", "approved"],
      ]);
      expect(found("The leaders agreed on measures to address drought.")).toEqual([]);
    });

    it("reads no draft as adopted, and no document that was not signed", () => {
      expect(
        found("On the eve, the foreign ministers approved the draft Declaration of the summit."),
      ).toEqual([]);
      expect(found("The leaders endorsed a draft Agreement on Visas for signing in spring.")).toEqual([]);
      expect(
        found("Armenia did not sign the declaration, and the statement on Gaza was not adopted."),
      ).toEqual([]);
    });

    it("finds the subject of a passive verb after an opening phrase, but not a document it is 'of' or 'to'", () => {
      expect(found("At the close of the summit in Durban the Durban Declaration was adopted.")).toEqual([
        ["declaration", "Durban Declaration", "adopted"],
      ]);
      expect(found("The presidents held talks, after which a Joint Statement on Energy was signed.")).toEqual(
        [["statement", "Joint Statement on Energy", "signed"]],
      );
      expect(
        found("The final text of the meeting — the Hanoi Declaration — was adopted unanimously."),
      ).toEqual([["declaration", "Hanoi Declaration", "adopted"]]);
      expect(found("Amendments to the Agreement on Customs were approved.")).toEqual([]);
    });

    it("keeps a type word that heads a quoted title, and reads a title after 'entitled'", () => {
      expect(found("The leaders adopted the Declaration “On Shared Security”.")).toEqual([
        ["declaration", "Declaration On Shared Security", "adopted"],
      ]);
      expect(found('The council approved the Concept "Clean Rivers 2040" and a roadmap on ports.')).toEqual([
        ["concept", "Concept Clean Rivers 2040", "approved"],
        ["roadmap", "Roadmap on ports", "approved"],
      ]);
      expect(found("The leaders endorsed the document entitled “Steppe Vision 2050”.")).toEqual([
        ["other", "Steppe Vision 2050", "adopted"],
      ]);
    });

    it("reads a body's name with 'of' before the type word, and named titles without one", () => {
      expect(found("The leaders approved the Organization of Andean States Strategy for 2027-2031.")).toEqual(
        [["strategy", "Organization of Andean States Strategy for 2027-2031", "approved"]],
      );
      expect(
        found("The ministers signed the Council of Europe Convention on Lakes and a memorandum on dams."),
      ).toEqual([
        ["other", "Council of Europe Convention on Lakes", "signed"],
        ["memorandum", "Memorandum on dams", "signed"],
      ]);
      expect(found("The Pacific Initiative on Clean Seas, Coasts and Reefs was adopted.")).toEqual([
        ["other", "Pacific Initiative on Clean Seas, Coasts and Reefs", "adopted"],
      ]);
      expect(found("The leaders adopted the ASEAN Outlook on Oceans and the Vientiane Declaration.")).toEqual(
        [
          ["other", "ASEAN Outlook on Oceans", "adopted"],
          ["declaration", "Vientiane Declaration", "adopted"],
        ],
      );
    });

    it("ends a title at a comma before another name, and reads 'memorandums'", () => {
      expect(
        found("The leaders adopted the Lima Declaration, the Andes Fund project and a statement on Haiti."),
      ).toEqual([
        ["declaration", "Lima Declaration", "adopted"],
        ["statement", "Statement on Haiti", "adopted"],
      ]);
      expect(
        found("They signed the Agreement between the Bank, the Government of Chile and the Fund on loans."),
      ).toEqual([
        ["agreement", "Agreement between the Bank, the Government of Chile and the Fund on loans", "signed"],
      ]);
      expect(found("Memorandums on the obligations of Laos were signed.")).toEqual([
        ["memorandum", "Memorandum on the obligations of Laos", "signed"],
      ]);
    });

    it("reads a typed item before a group and the group's list after 'among them' or 'in particular'", () => {
      expect(
        found(
          "The council adopted the Oslo Declaration and a number of decisions, among them on the budget and on audits.",
        ),
      ).toEqual([
        ["declaration", "Oslo Declaration", "adopted"],
        ["decision", "Decision on the budget", "adopted"],
        ["decision", "Decision on audits", "adopted"],
      ]);
      expect(
        found(
          "The leaders signed a Treaty on Rivers, as well as several agreements, in particular on fishing and on ferries.",
        ),
      ).toEqual([
        ["treaty", "Treaty on Rivers", "signed"],
        ["agreement", "Agreement on fishing", "signed"],
        ["agreement", "Agreement on ferries", "signed"],
      ]);
      expect(found("The ministers approved the Plan on Ports, including a section on dredging.")).toEqual([
        ["plan", "Plan on Ports, including a section on dredging", "approved"],
      ]);
    });

    it("reads an instruction of the council as a document", () => {
      expect(
        found(
          "The documents signed include a Declaration on the single market and an instruction On the Strategy for Integration.",
        ),
      ).toEqual([
        ["declaration", "Declaration on the single market", "signed"],
        ["other", "Instruction On the Strategy for Integration", "signed"],
      ]);
      expect(found("The council approved a disposition on the audit of the Union's bodies.")).toEqual([
        ["other", "Disposition on the audit of the Union's bodies", "approved"],
      ]);
      expect(found("The heads of state issued an instruction on the customs code.")).toEqual([
        ["other", "Instruction on the customs code", "adopted"],
      ]);
    });

    it("takes a year after the verb as earlier only when it is before the meeting's year", () => {
      const on = (date: string, text: string) =>
        readDocuments({ text, paragraphs: segment(text), date }).documents.map((d) => [d.type, d.title]);
      expect(on("2019-06-14", "The Bishkek Declaration was signed in June 2019.")).toEqual([
        ["declaration", "Bishkek Declaration"],
      ]);
      expect(on("2025-09-01", "The Strategy until 2025, adopted in Ufa in 2015, was recalled.")).toEqual([]);
      expect(
        on("2024-10-23", "The summit ended with the adoption of the Kazan Declaration in October 2024."),
      ).toEqual([["declaration", "Kazan Declaration"]]);
      expect(on("2024-10-23", "The Charter, signed by the founders in 2001, was recalled.")).toEqual([]);
    });

    it("reads 'the main outcome was the adoption of' and 'One of the documents is'", () => {
      expect(found("The key outcome of the summit was the adoption of the Accra Declaration.")).toEqual([
        ["declaration", "Accra Declaration", "adopted"],
      ]);
      expect(found("The main results of the talks were the signing of a Treaty on Borders.")).toEqual([
        ["treaty", "Treaty on Borders", "signed"],
      ]);
      expect(found("The main topic was the adoption of the budget.")).toEqual([]);
      expect(
        found("Several documents were signed. One of the documents is the Protocol on Rail Gauges."),
      ).toEqual([["protocol", "Protocol on Rail Gauges", "signed"]]);
      expect(found("One of them was the Declaration on Water.")).toEqual([
        ["declaration", "Declaration on Water", "adopted"],
      ]);
      expect(found("One of the key documents adopted is a Statement on Youth.")).toEqual([
        ["statement", "Statement on Youth", "adopted"],
      ]);
    });

    it("reads the document named before 'and N other documents', and a statute", () => {
      const { documents, tallies } = read(
        "The Quito Statement on Reform and five other documents were approved at the summit.",
      );
      expect(documents.map((d) => [d.type, d.title, d.action])).toEqual([
        ["statement", "Quito Statement on Reform", "approved"],
      ]);
      expect(tallies.map((t) => [t.documentType, t.count])).toEqual([["other", 5]]);
      expect(found("A Charter of Ports as well as 3 other documents were signed.")).toEqual([
        ["other", "Charter of Ports", "signed"],
      ]);
      expect(found("In addition, the Fund statute was adopted.")).toEqual([
        ["other", "Fund statute", "adopted"],
      ]);
      expect(found("The leaders adopted also the Statute of the Academy.")).toEqual([
        ["other", "Statute of the Academy", "adopted"],
      ]);
      expect(found("The heads of state approved the statutes.")).toEqual([]);
    });
  });
});

describe("documents joined by 'along with', and a passive after a phrase of time", () => {
  it("splits 'X, along with decisions on A and on B' into three documents", () => {
    const { documents } = read(
      "The heads of state signed the Cholpon-Ata Declaration, along with decisions on the appointment of the Secretary General and on granting Hungary observer status.",
    );
    expect(documents.map((d) => [d.type, d.title, d.action])).toEqual([
      ["declaration", "Cholpon-Ata Declaration", "signed"],
      ["decision", "Decision on the appointment of the Secretary General", "signed"],
      ["decision", "Decision on granting Hungary observer status", "signed"],
    ]);
  });

  it("reads 'After the sessions, decisions were taken on A and on B' as one decision per 'on'", () => {
    const { documents } = read(
      "After the restricted and expanded sessions, decisions were taken on the budget for 2018 and on extending the mandate of the Executive Secretary.",
    );
    expect(documents.map((d) => [d.type, d.title, d.action])).toEqual([
      ["decision", "Decision on the budget for 2018", "adopted"],
      ["decision", "Decision on extending the mandate of the Executive Secretary", "adopted"],
    ]);
  });

  it("takes no document from a passive after a clause that is not a phrase of time or place", () => {
    const { documents } = read("The leaders said that decisions were taken on many issues over the years.");
    expect(documents).toEqual([]);
  });
});

describe("items a group names by its type", () => {
  it("reads 'N documents, three of which are statements: on A, on B and on C' as three statements", () => {
    const { documents, tallies } = read(
      "The leaders adopted 9 documents, three of which are statements: on Afghanistan, on drugs and on cyber security.",
    );
    expect(documents.map((d) => [d.type, d.title, d.action])).toEqual([
      ["statement", "Statement on Afghanistan", "adopted"],
      ["statement", "Statement on drugs", "adopted"],
      ["statement", "Statement on cyber security", "adopted"],
    ]);
    expect(tallies.map((t) => [t.documentType, t.count])).toEqual([["other", 9]]);
  });

  it("reads 'Among the decisions taken were those on A and on B' as one decision each", () => {
    const { documents } = read(
      "Among the decisions taken were those on the budget for 2024 and on the appointment of the Secretary General.",
    );
    expect(documents.map((d) => [d.type, d.title, d.action])).toEqual([
      ["decision", "Decision on the budget for 2024", "adopted"],
      ["decision", "Decision on the appointment of the Secretary General", "adopted"],
    ]);
  });
});

describe("where a verb's object ends, and more under the same verb", () => {
  const titles = (text: string) => read(text).documents.map((d) => [d.type, d.title, d.action]);

  it("ends the object at 'and took note of', which has an action of its own", () => {
    expect(
      titles(
        "The leaders approved the Programme of cooperation for 2020-2022 and took note of the report of the Secretary General.",
      ),
    ).toEqual([
      ["programme", "Programme of cooperation for 2020-2022", "approved"],
      ["report", "Report of the Secretary General", "noted"],
    ]);
  });

  it("reads on after a relative clause that another document closes, and not after one that a clause closes", () => {
    expect(
      titles(
        "The leaders adopted the Moscow Declaration, which sets out their shared views, and the Statement on the 75th anniversary of Victory.",
      ),
    ).toEqual([
      ["declaration", "Moscow Declaration", "adopted"],
      ["statement", "Statement on the 75th anniversary of Victory", "adopted"],
    ]);
    expect(
      titles(
        "The leaders adopted the Moscow Declaration, which the ministers had drafted, and agreed to meet again.",
      ),
    ).toEqual([["declaration", "Moscow Declaration", "adopted"]]);
  });

  it("reads 'X was signed, as were agreements on A and on B' with the same action", () => {
    expect(
      titles(
        "In the course of the summit, the Tashkent Declaration was signed, as were agreements on transport and on energy.",
      ),
    ).toEqual([
      ["declaration", "Tashkent Declaration", "signed"],
      ["agreement", "Agreement on transport", "signed"],
      ["agreement", "Agreement on energy", "signed"],
    ]);
  });

  it("leaves '… and 21 other documents' out of the title before it", () => {
    expect(
      titles("The summit concluded with the signing of the Bishkek Declaration and 21 other documents."),
    ).toEqual([["declaration", "Bishkek Declaration", "signed"]]);
    expect(titles("The leaders signed the Minsk Declaration and a number of other documents.")).toEqual([
      ["declaration", "Minsk Declaration", "signed"],
    ]);
  });
});

describe("unmarked list lines, the outcome named, and decisions 'to'", () => {
  const titles = (text: string) => read(text).documents.map((d) => [d.type, d.title, d.action]);

  it("reads one document a line under a heading though the lines carry no marker or final stop", () => {
    expect(
      titles(
        "The following documents were signed:\nAstana Declaration of the Council of Heads of State\nStrategy of the SCO Development until 2035\nDecision on the budget for 2025\n\nThe ceremony was followed by a lunch.",
      ),
    ).toEqual([
      ["declaration", "Astana Declaration of the Council of Heads of State", "signed"],
      ["strategy", "Strategy of the SCO Development until 2035", "signed"],
      ["decision", "Decision on the budget for 2025", "signed"],
    ]);
    expect(
      titles(
        "The following documents were signed:\nAstana Declaration\nThe ceremony was followed by a lunch.",
      ),
    ).toEqual([["declaration", "Astana Declaration", "signed"]]);
  });

  it("reads a document named as the outcome, with the verb after the apposition if there is one", () => {
    expect(titles("The outcome of the summit was the Astana Declaration.")).toEqual([
      ["declaration", "Astana Declaration", "adopted"],
    ]);
    expect(titles("The main outcome document, the Astana Declaration, was signed.")).toEqual([
      ["declaration", "Astana Declaration", "signed"],
    ]);
    expect(titles("The outcome of the talks was a decision to meet again.")).toEqual([]);
  });

  it("reads 'Decisions were taken to A and to B' as one decision each", () => {
    expect(
      titles(
        "Decisions were taken to grant Laos the status of dialogue partner and to appoint the Secretary General.",
      ),
    ).toEqual([
      ["decision", "Decision to grant Laos the status of dialogue partner", "adopted"],
      ["decision", "Decision to appoint the Secretary General", "adopted"],
    ]);
  });
});

describe("counts with an adjective, and a second count joined to the first", () => {
  it("counts 'signed 12 intergovernmental agreements' and 'signed 9 decisions and 3 statements'", () => {
    expect(
      read("The leaders signed 12 intergovernmental agreements.").tallies.map((t) => [
        t.documentType,
        t.count,
      ]),
    ).toEqual([["agreement", 12]]);
    expect(
      read("The heads of state signed 9 decisions and 3 statements.").tallies.map((t) => [
        t.documentType,
        t.count,
      ]),
    ).toEqual([
      ["decision", 9],
      ["statement", 3],
    ]);
  });
});
