import { describe, expect, it } from "vitest";
import { documentsFound as found } from "./documents-test-reading";

// Where a document's title begins and ends. Names and titles in the sentences are invented examples.

describe("a word of praise or novelty before the title", () => {
  it("drops a lower-case 'new', 'landmark', 'so-called' before the title", () => {
    expect(found("The leaders adopted the new Concept of Cooperation in Culture.")).toEqual([
      ["concept", "Concept of Cooperation in Culture", "adopted"],
    ]);
    expect(found("The presidents signed the landmark Treaty on Good Neighbourliness.")).toEqual([
      ["treaty", "Treaty on Good Neighbourliness", "signed"],
    ]);
    expect(found("The heads of state adopted the important Statement on Food Security.")).toEqual([
      ["statement", "Statement on Food Security", "adopted"],
    ]);
    expect(found("The ministers signed the historic Agreement on Water Sharing.")).toEqual([
      ["agreement", "Agreement on Water Sharing", "signed"],
    ]);
  });

  it("keeps a capitalised word that belongs to the title", () => {
    expect(found("The leaders adopted the New Delhi Declaration.")).toEqual([
      ["declaration", "New Delhi Declaration", "adopted"],
    ]);
    expect(found("The leaders adopted the New Agenda for Regional Growth.")).toEqual([
      ["other", "New Agenda for Regional Growth", "adopted"],
    ]);
  });
});

describe("a day after the title", () => {
  it("leaves 'on Friday', 'yesterday', 'today' out of the title", () => {
    expect(found("The leaders signed the Treaty on Good Neighbourliness on Friday.")).toEqual([
      ["treaty", "Treaty on Good Neighbourliness", "signed"],
    ]);
    expect(found("The ministers signed the Agreement on Visa-Free Travel yesterday.")).toEqual([
      ["agreement", "Agreement on Visa-Free Travel", "signed"],
    ]);
    expect(found("The heads of state adopted the Declaration on Digital Trade earlier today.")).toEqual([
      ["declaration", "Declaration on Digital Trade", "adopted"],
    ]);
  });

  it("keeps a date that is part of the title", () => {
    expect(found("The leaders signed the Treaty on the Customs Union of 29 May 2014.")).toEqual([
      ["treaty", "Treaty on the Customs Union of 29 May 2014", "signed"],
    ]);
    expect(found("The leaders adopted the Statement on Regional Security and Trade.")).toEqual([
      ["statement", "Statement on Regional Security and Trade", "adopted"],
    ]);
    expect(
      found(
        "The leaders approved the Programme of Multilateral Trade and Economic Cooperation of the Member States.",
      ),
    ).toEqual([
      [
        "programme",
        "Programme of Multilateral Trade and Economic Cooperation of the Member States",
        "approved",
      ],
    ]);
  });
});

describe("a second verb whose object is a name", () => {
  it("ends the title before 'and granted Mongolia …', 'and admitted India …'", () => {
    expect(
      found("They also approved regulations on observer status and granted Mongolia the status of observer."),
    ).toEqual([["other", "Regulations on observer status", "approved"]]);
    expect(
      found("The leaders approved the Charter of the Organisation and admitted India as a member."),
    ).toEqual([["other", "Charter of the Organisation", "approved"]]);
    expect(
      found("The presidents signed the Treaty on Borders and appointed Ivan Petrov secretary general."),
    ).toEqual([["treaty", "Treaty on Borders", "signed"]]);
    expect(
      found("The council adopted a decision on the budget and thanked Kazakhstan for its chairmanship."),
    ).toEqual([["decision", "Decision on the budget", "adopted"]]);
  });

  it("keeps 'and' with an adjective in '-ed' inside a title", () => {
    expect(
      found("The ministers signed the Agreement on Trade and related Services of the Member States."),
    ).toEqual([["agreement", "Agreement on Trade and related Services of the Member States", "signed"]]);
    expect(found("The leaders signed the Agreement on Trade and Economic Cooperation.")).toEqual([
      ["agreement", "Agreement on Trade and Economic Cooperation", "signed"],
    ]);
    expect(found("The leaders adopted the Statement on Energy and Transport Corridors.")).toEqual([
      ["statement", "Statement on Energy and Transport Corridors", "adopted"],
    ]);
  });
});

describe("a lower-case noun documents are named by, after another item", () => {
  it("starts an item at ', a convention on …', 'and the regulations on …'", () => {
    expect(
      found(
        "The leaders signed the Bishkek Declaration, a convention on the privileges and immunities of the organisation and an agreement on cooperation in energy.",
      ),
    ).toEqual([
      ["declaration", "Bishkek Declaration", "signed"],
      ["other", "Convention on the privileges and immunities of the organisation", "signed"],
      ["agreement", "Agreement on cooperation in energy", "signed"],
    ]);
    expect(found("The council approved the Budget Decision and the regulations on observer status.")).toEqual(
      [
        ["decision", "Budget Decision", "approved"],
        ["other", "Regulations on observer status", "approved"],
      ],
    );
    expect(
      found(
        "The ministers adopted the Joint Communique, the rules of procedure of the council and a plan of action.",
      ),
    ).toEqual([
      ["communique", "Joint Communique", "adopted"],
      ["other", "Rules of procedure of the council", "adopted"],
      ["action_plan", "Plan of action", "adopted"],
    ]);
  });
});

describe("who signed or endorsed a document, after its title", () => {
  it("leaves 'signed by …', ', welcomed by …' out of the title", () => {
    expect(
      found(
        "The ministers signed a Protocol amending the Agreement of 7 October 2002 signed by the foreign ministers.",
      ),
    ).toEqual([["protocol", "Protocol amending the Agreement of 7 October 2002", "signed"]]);
    expect(
      found("The summit adopted the Declaration marking the 10th anniversary, welcomed by the leaders."),
    ).toEqual([["declaration", "Declaration marking the 10th anniversary", "adopted"]]);
    expect(
      found("The council adopted the Statement on Cyber Security endorsed by all member states."),
    ).toEqual([["statement", "Statement on Cyber Security", "adopted"]]);
  });

  it("keeps a place or date of an inner document that belongs to the title", () => {
    expect(
      found("The leaders signed the Protocol amending the Agreement on Customs signed in Minsk."),
    ).toEqual([["protocol", "Protocol amending the Agreement on Customs signed in Minsk", "signed"]]);
    expect(found("The leaders signed the Protocol to the Agreement of 7 October 2002 on Transit.")).toEqual([
      ["protocol", "Protocol to the Agreement of 7 October 2002 on Transit", "signed"],
    ]);
    expect(
      found("The leaders adopted the Statement on the Border Agreement signed between the two states."),
    ).toEqual([["statement", "Statement on the Border Agreement signed between the two states", "adopted"]]);
  });
});

describe("how or when a document was signed, after its title", () => {
  it("leaves 'in the presence of …', ', thus …ing', 'following their talks' out of the title", () => {
    expect(
      found("The ministers signed the Agreement on Visas in the presence of the heads of state."),
    ).toEqual([["agreement", "Agreement on Visas", "signed"]]);
    expect(
      found("The presidents signed the Treaty on Friendship, thus opening a new chapter in relations."),
    ).toEqual([["treaty", "Treaty on Friendship", "signed"]]);
    expect(found("The leaders adopted the Statement on Syria following their bilateral talks.")).toEqual([
      ["statement", "Statement on Syria", "adopted"],
    ]);
    expect(found("The leaders adopted the Astana Declaration, thereby confirming their commitment.")).toEqual(
      [["declaration", "Astana Declaration", "adopted"]],
    );
  });

  it("keeps 'following' and 'presence' that belong to a title", () => {
    expect(found("The leaders adopted the Statement on Measures Following the Earthquake.")).toEqual([
      ["statement", "Statement on Measures Following the Earthquake", "adopted"],
    ]);
    expect(found("The ministers signed the Agreement on the Military Presence of the Parties.")).toEqual([
      ["agreement", "Agreement on the Military Presence of the Parties", "signed"],
    ]);
    expect(found("The ministers signed the Agreement on the temporary presence of peacekeepers.")).toEqual([
      ["agreement", "Agreement on the temporary presence of peacekeepers", "signed"],
    ]);
  });
});

describe("titles on lines of their own, each after an article", () => {
  it("reads unmarked lines that start with 'the' or 'a' under a list heading", () => {
    expect(
      found(
        "The heads of state signed the following documents:\n\nthe Agreement on Trade;\n\nthe Protocol on Customs;\n\nthe Statement on Peace.",
      ),
    ).toEqual([
      ["agreement", "Agreement on Trade", "signed"],
      ["protocol", "Protocol on Customs", "signed"],
      ["statement", "Statement on Peace", "signed"],
    ]);
    expect(
      found(
        "The following documents were adopted at the session:\n\nthe Dushanbe Declaration;\n\na Plan of Action on Water;\n\nthe Joint Communique.",
      ),
    ).toEqual([
      ["declaration", "Dushanbe Declaration", "adopted"],
      ["action_plan", "Plan of Action on Water", "adopted"],
      ["communique", "Joint Communique", "adopted"],
    ]);
    expect(
      found(
        "The leaders approved the following documents:\n\nthe Regulations on Observer Status;\n\nthe Programme of Multilateral Trade and Economic Cooperation of the Member States.",
      ),
    ).toEqual([
      ["other", "Regulations on Observer Status", "approved"],
      [
        "programme",
        "Programme of Multilateral Trade and Economic Cooperation of the Member States",
        "approved",
      ],
    ]);
  });
});
