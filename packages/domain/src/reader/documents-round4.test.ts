import { describe, expect, it } from "vitest";
import { documentsFound as found, talliesFound as counts } from "./documents-test-reading";

// The fourth documents round: phrasings the third round's reader got wrong, each in at least three variants. Names in
// the sentences are examples only, most of them held by no knowledge.

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
