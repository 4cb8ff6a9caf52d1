import { describe, expect, it } from "vitest";
import { documentsFound as found, talliesFound as counts } from "./documents-test-reading";

// The third documents round: phrasings of real releases, each in at least three variants. Names in the sentences are
// examples only.

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
