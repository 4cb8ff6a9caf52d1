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

describe("the aim the writer gives, after a title", () => {
  it("leaves 'in order to …', 'so as to …', 'with a view to …' out of the title", () => {
    expect(
      found(
        "They approved a decision on further work to set up the Andes Fund in order to finance joint projects.",
      ),
    ).toEqual([["decision", "Decision on further work to set up the Andes Fund", "approved"]]);
    expect(
      found("The ministers signed the Agreement on Customs Data so as to speed up border checks."),
    ).toEqual([["agreement", "Agreement on Customs Data", "signed"]]);
    expect(
      found(
        "The leaders adopted the Programme of Cooperation in Tourism with a view to doubling visitor numbers.",
      ),
    ).toEqual([["programme", "Programme of Cooperation in Tourism", "adopted"]]);
  });

  it("leaves a lower-case 'aimed at', 'designed to' after a capitalised title out, and keeps a title named by its aim", () => {
    expect(
      found(
        "The premiers adopted the Plan of Measures for 2014–2015 on the Implementation of the Programme of Trade of the Member States aimed at removing barriers.",
      ),
    ).toEqual([
      [
        "plan",
        "Plan of Measures for 2014–2015 on the Implementation of the Programme of Trade of the Member States",
        "adopted",
      ],
    ]);
    expect(
      found("The council approved the Concept of Digital Trade designed to bring the markets together."),
    ).toEqual([["concept", "Concept of Digital Trade", "approved"]]);
    expect(found("The leaders adopted a programme aimed at combating drug trafficking.")).toEqual([
      ["programme", "Programme aimed at combating drug trafficking", "adopted"],
    ]);
  });
});

describe("a lower-case verb after a title in title case", () => {
  it("ends the title at a verb in '-ed' or '-ing' followed by a particle or an article", () => {
    expect(
      found("The presidents signed the Treaty on Friendship of Ruritania concluded in a single round."),
    ).toEqual([["treaty", "Treaty on Friendship of Ruritania", "signed"]]);
    expect(
      found("The leaders adopted the Statement on Water Security of Central Asia calling on donors to help."),
    ).toEqual([["statement", "Statement on Water Security of Central Asia", "adopted"]]);
    expect(
      found(
        "The heads of state approved the Strategy of the Organisation for 2030 building on the earlier plan.",
      ),
    ).toEqual([["strategy", "Strategy of the Organisation for 2030", "approved"]]);
  });

  it("ends the title at a verb of reporting right after a named head", () => {
    expect(found("The prime ministers signed a Joint Communique summing up the meeting.")).toEqual([
      ["communique", "Joint Communique", "signed"],
    ]);
    expect(
      found("The leaders adopted the Astana Declaration reaffirming their commitment to peace."),
    ).toEqual([["declaration", "Astana Declaration", "adopted"]]);
    expect(found("The presidents issued a Joint Statement outlining the next steps.")).toEqual([
      ["statement", "Joint Statement", "adopted"],
    ]);
  });

  it("keeps a verb right after the type word, a preposition in '-ing' and a sentence-case title", () => {
    expect(found("The leaders adopted the Declaration reaffirming their commitment to peace.")).toEqual([
      ["declaration", "Declaration reaffirming their commitment to peace", "adopted"],
    ]);
    expect(found("The ministers signed a Protocol amending the Agreement on Trade.")).toEqual([
      ["protocol", "Protocol amending the Agreement on Trade", "signed"],
    ]);
    expect(found("The leaders adopted the Statement on Aid during the Floods in Zembla.")).toEqual([
      ["statement", "Statement on Aid during the Floods in Zembla", "adopted"],
    ]);
    expect(found("The leaders adopted a statement on measures for countering the spread of drugs.")).toEqual([
      ["statement", "Statement on measures for countering the spread of drugs", "adopted"],
    ]);
  });
});

describe("for whom and where, after a title", () => {
  it("leaves 'on behalf of' before lower-case words and 'at the … residence' out of the title", () => {
    expect(
      found(
        "The President issued the Chairperson's Statement of the 12th Summit on behalf of the ten leaders.",
      ),
    ).toEqual([["statement", "Chairperson's Statement of the 12th Summit", "adopted"]]);
    expect(found("The leaders signed the Treaty on Borders at the Kuksaroy residence.")).toEqual([
      ["treaty", "Treaty on Borders", "signed"],
    ]);
    expect(found("The presidents signed the Agreement on Energy Transit in the Kremlin.")).toEqual([
      ["agreement", "Agreement on Energy Transit", "signed"],
    ]);
  });

  it("keeps 'on behalf of' before a capitalised name and a place that is the title's", () => {
    expect(found("The ministers adopted the Statement on behalf of the Member States of the Union.")).toEqual(
      [["statement", "Statement on behalf of the Member States of the Union", "adopted"]],
    );
    expect(found("The leaders adopted the Declaration on the Situation in Afghanistan.")).toEqual([
      ["declaration", "Declaration on the Situation in Afghanistan", "adopted"],
    ]);
    expect(found("The leaders adopted the Statement on the Restoration of the Palace of Nations.")).toEqual([
      ["statement", "Statement on the Restoration of the Palace of Nations", "adopted"],
    ]);
  });
});

describe("a date after a title", () => {
  it("leaves 'on 20 December 2011', 'from 15 May 2025', 'as of 1 January' out of the title", () => {
    expect(found("The presidents signed the Agreement on Migration on 20 December 2011.")).toEqual([
      ["agreement", "Agreement on Migration", "signed"],
    ]);
    expect(
      found(
        "The leaders approved a decision on the entry into force of the Agreement with Zembla from 15 May 2025.",
      ),
    ).toEqual([["decision", "Decision on the entry into force of the Agreement with Zembla", "approved"]]);
    expect(
      found(
        "The council adopted the Decision on the Common Tariff, as of 1 January, and the Statement on Grain.",
      ),
    ).toEqual([
      ["decision", "Decision on the Common Tariff", "adopted"],
      ["statement", "Statement on Grain", "adopted"],
    ]);
  });
});

describe("the parties of an agreement, each 'of the one part' and 'of the other part'", () => {
  it("keeps the second party and its commas in the title", () => {
    expect(
      found(
        "The ministers signed the Agreement between the Union and Its Member States, of the one part, and the Republic of Zembla, of the other part.",
      ),
    ).toEqual([
      [
        "agreement",
        "Agreement between the Union and Its Member States, of the one part, and the Republic of Zembla, of the other part",
        "signed",
      ],
    ]);
    expect(
      found(
        "The leaders approved the Agreement on Trade between the Union, of the One Part, and the Government of Ruritania, of the Other Part, and the Statement on Grain.",
      ),
    ).toEqual([
      [
        "agreement",
        "Agreement on Trade between the Union, of the One Part, and the Government of Ruritania, of the Other Part",
        "approved",
      ],
      ["statement", "Statement on Grain", "approved"],
    ]);
    expect(
      found(
        "They signed the Free Trade Agreement between the Union, of the one part, and the Islamic Republic of Iran, of the other part.",
      ),
    ).toEqual([
      [
        "agreement",
        "Free Trade Agreement between the Union, of the one part, and the Islamic Republic of Iran, of the other part",
        "signed",
      ],
    ]);
  });
});

describe("titles in quotes after their article", () => {
  it("reads 'the \"X Declaration …\"' as a title of the type its words name, without the quotes", () => {
    expect(found('They signed the "Cebu Declaration Towards One Caring and Sharing Community".')).toEqual([
      ["declaration", "Cebu Declaration Towards One Caring and Sharing Community", "signed"],
    ]);
    expect(
      found('They signed the Treaty on Borders; the "Zembla Statement on Water"; and the Protocol on Fish.'),
    ).toEqual([
      ["treaty", "Treaty on Borders", "signed"],
      ["statement", "Zembla Statement on Water", "signed"],
      ["protocol", "Protocol on Fish", "signed"],
    ]);
    expect(found('The leaders adopted the ASEAN Charter and the "Bali Concord Declaration".')).toEqual([
      ["other", "ASEAN Charter", "adopted"],
      ["declaration", "Bali Concord Declaration", "adopted"],
    ]);
  });
});

describe("items parted by semicolons after a verb", () => {
  it("reads 'signed A; B; and C' without a colon", () => {
    expect(
      found(
        "They also signed the Convention on Counter Terrorism; the Andes Declaration on Youth; and the Treaty on Fish.",
      ),
    ).toEqual([
      ["other", "Convention on Counter Terrorism", "signed"],
      ["declaration", "Andes Declaration on Youth", "signed"],
      ["treaty", "Treaty on Fish", "signed"],
    ]);
    expect(
      found(
        "The prime ministers adopted the Plan of Measures on Trade; the Decision on the Report of the Secretary-General; and a statement on drugs.",
      ),
    ).toEqual([
      ["plan", "Plan of Measures on Trade", "adopted"],
      ["decision", "Decision on the Report of the Secretary-General", "adopted"],
      ["statement", "Statement on drugs", "adopted"],
    ]);
    expect(found("The council approved the Budget of the Union for 2025; the Regulations on Audit.")).toEqual(
      [
        ["other", "Budget of the Union for 2025", "approved"],
        ["other", "Regulations on Audit", "approved"],
      ],
    );
  });

  it("still ends the object at a semicolon that opens another clause", () => {
    expect(found("The banks signed the Agreement on Loans; for Zembla it was a first.")).toEqual([
      ["agreement", "Agreement on Loans", "signed"],
    ]);
  });
});

describe("what is said of the items after a comma", () => {
  it("leaves ', each of them …', ', all of which …' out of the last title", () => {
    expect(
      found("They signed the Treaty on Fish and the Declaration on Youth, each of them handed to the press."),
    ).toEqual([
      ["treaty", "Treaty on Fish", "signed"],
      ["declaration", "Declaration on Youth", "signed"],
    ]);
    expect(
      found("They adopted the Statement on Grain and the Andes Declaration, all of which were short."),
    ).toEqual([
      ["statement", "Statement on Grain", "adopted"],
      ["declaration", "Andes Declaration", "adopted"],
    ]);
    expect(
      found("They signed the Agreement on Water and the Protocol on Dams, both of them long awaited."),
    ).toEqual([
      ["agreement", "Agreement on Water", "signed"],
      ["protocol", "Protocol on Dams", "signed"],
    ]);
  });
});

describe("titles on lines of their own, under a heading that stops at its verb", () => {
  it("reads dash lines under 'The presidents signed:'", () => {
    expect(
      found(
        "The presidents signed:\n- the Protocol on Bases;\n- the Agreement on Migration;\n- the Declaration of the Council.",
      ),
    ).toEqual([
      ["protocol", "Protocol on Bases", "signed"],
      ["agreement", "Agreement on Migration", "signed"],
      ["declaration", "Declaration of the Council", "signed"],
    ]);
    expect(
      found("The heads of state adopted:\n1. the Zembla Declaration;\n2. a Statement on Water."),
    ).toEqual([
      ["declaration", "Zembla Declaration", "adopted"],
      ["statement", "Statement on Water", "adopted"],
    ]);
    expect(found("The ministers approved:\n• the Regulations on Audit;\n• the Budget Decision.")).toEqual([
      ["other", "Regulations on Audit", "approved"],
      ["decision", "Budget Decision", "approved"],
    ]);
  });

  it("leaves a relative clause out of a line's title, its verb no verb of the line", () => {
    expect(
      found(
        "The presidents signed:\n- the Protocol on Bases, under which no third country may open a base;\n- the Statement on Peace, which warns against arms races.",
      ),
    ).toEqual([
      ["protocol", "Protocol on Bases", "signed"],
      ["statement", "Statement on Peace", "signed"],
    ]);
    expect(
      found(
        "The leaders adopted the following documents:\n1) a decision granting Zembla observer status, which Zembla had requested in May;\n2) the Statement on Grain.",
      ),
    ).toEqual([
      ["decision", "Decision granting Zembla observer status", "adopted"],
      ["statement", "Statement on Grain", "adopted"],
    ]);
    expect(
      found(
        "The following documents were signed:\n- the Agreement on Fish, by which the quotas are set;\n- the Treaty on Borders, whose text is long.",
      ),
    ).toEqual([
      ["agreement", "Agreement on Fish", "signed"],
      ["treaty", "Treaty on Borders", "signed"],
    ]);
  });

  it("reads a title without a type word before a line's typed item", () => {
    expect(
      found(
        "The leaders adopted the following documents:\n1) the Main Directions of the Union's Activities for 2025, as well as a decision on the budget;\n2) the Statement on Grain.",
      ),
    ).toEqual([
      ["other", "Main Directions of the Union's Activities for 2025", "adopted"],
      ["decision", "Decision on the budget", "adopted"],
      ["statement", "Statement on Grain", "adopted"],
    ]);
    expect(
      found(
        "The ministers signed the following documents:\n- the Andes Vision 2040 and the Protocol on Dams;\n- the Treaty on Fish.",
      ),
    ).toEqual([
      ["other", "Andes Vision 2040", "signed"],
      ["protocol", "Protocol on Dams", "signed"],
      ["treaty", "Treaty on Fish", "signed"],
    ]);
    expect(
      found(
        "The council approved the following documents:\n- the ASEAN Priorities for 2026, and the Plan on Water;\n- the Budget Decision.",
      ),
    ).toEqual([
      ["other", "ASEAN Priorities for 2026", "approved"],
      ["plan", "Plan on Water", "approved"],
      ["decision", "Budget Decision", "approved"],
    ]);
  });
});

describe("a document adopted by others the day before", () => {
  it("is no document of the meeting", () => {
    expect(
      found("It welcomed the Regulations on Crises, adopted by the foreign ministers the day before."),
    ).toEqual([]);
    expect(
      found("It welcomed the Plan on Water, approved by the ministers on the eve of the summit."),
    ).toEqual([]);
    expect(
      found("The leaders welcomed the Statement on Grain, signed by the trade ministers the evening before."),
    ).toEqual([]);
  });
});

describe("a lower-case verb after a comma", () => {
  it("leaves ', reflecting …', ', amended in …', ', marking …' out of the title", () => {
    expect(
      found(
        "The leaders adopted the Astana Declaration of the Heads of State, reflecting the results of the talks.",
      ),
    ).toEqual([["declaration", "Astana Declaration of the Heads of State", "adopted"]]);
    expect(
      found(
        "The premiers approved the Programme of Trade and Economic Cooperation, amended in 2019 to add projects.",
      ),
    ).toEqual([["programme", "Programme of Trade and Economic Cooperation", "approved"]]);
    expect(
      found(
        "The presidents signed the Treaty on Friendship of Zembla, marking thirty years of relations, and the Protocol on Fish.",
      ),
    ).toEqual([
      ["treaty", "Treaty on Friendship of Zembla", "signed"],
      ["protocol", "Protocol on Fish", "signed"],
    ]);
  });

  it("keeps a preposition in '-ing' that goes on with the title", () => {
    expect(found("They adopted the Statement on Extremist Ideology, including on the Internet.")).toEqual([
      ["statement", "Statement on Extremist Ideology, including on the Internet", "adopted"],
    ]);
    expect(found("They adopted the Declaration on Trade, Investment and Industry.")).toEqual([
      ["declaration", "Declaration on Trade, Investment and Industry", "adopted"],
    ]);
  });
});

describe("a clause whose subject is people 'of' countries, after a title", () => {
  it("ends the title before ', and the presidents of A and B signed …'", () => {
    expect(
      found(
        "The leaders adopted the Statement on Trade and Investment, and the presidents of Zembla and Ruritania signed a memorandum on fish.",
      ),
    ).toEqual([
      ["statement", "Statement on Trade and Investment", "adopted"],
      ["memorandum", "Memorandum on fish", "signed"],
    ]);
    expect(
      found(
        "The council approved the Budget Decision and the foreign ministers of the member states later held talks.",
      ),
    ).toEqual([["decision", "Budget Decision", "approved"]]);
    expect(
      found(
        "The heads of state adopted the Declaration on Peace, while the prime ministers of Andia and Zembla signed the Agreement on Roads.",
      ),
    ).toEqual([
      ["declaration", "Declaration on Peace", "adopted"],
      ["agreement", "Agreement on Roads", "signed"],
    ]);
  });
});

describe("a relative clause after a title without a type word", () => {
  it("ends the title at ', which …' and reads the document after the clause", () => {
    expect(
      found(
        "The Council adopted the Main Guidelines of Economic Policy for 2021–2022, which aim at a faster recovery, and the Plan on Energy.",
      ),
    ).toEqual([
      ["other", "Main Guidelines of Economic Policy for 2021–2022", "adopted"],
      ["plan", "Plan on Energy", "adopted"],
    ]);
    expect(
      found(
        "The leaders endorsed the Astana Vision 2030, which sets out their priorities, and the Declaration on Peace.",
      ),
    ).toEqual([
      ["other", "Astana Vision 2030", "adopted"],
      ["declaration", "Declaration on Peace", "adopted"],
    ]);
    expect(
      found(
        "The presidents approved the Strategic Directions until 2030, whereby trade is to double by then.",
      ),
    ).toEqual([["strategy", "Strategic Directions until 2030", "approved"]]);
  });
});

describe("the name a document goes by, after a comma", () => {
  it("keeps ', to be known as …', ', also called …' out of the title and reads no document in it", () => {
    expect(
      found(
        "The leaders signed the Declaration on Unity in a Changing World, to be known as the Lima Concord, which commits them to act together.",
      ),
    ).toEqual([["declaration", "Declaration on Unity in a Changing World", "signed"]]);
    expect(
      found(
        "The presidents signed the Treaty on Peace, also known as the Astana Accord, and the Agreement on Trade.",
      ),
    ).toEqual([
      ["treaty", "Treaty on Peace", "signed"],
      ["agreement", "Agreement on Trade", "signed"],
    ]);
    expect(found("The ministers adopted the Programme on Water, dubbed the Blue Plan by the press.")).toEqual(
      [["programme", "Programme on Water", "adopted"]],
    );
  });
});

describe("the meeting's city after a title", () => {
  const atVenue = (text: string, venueCity: string) => found(text, undefined, venueCity);

  it("drops 'in <the city the meeting was held in>' after the title", () => {
    expect(
      atVenue("The Council issued a Statement on Regional Economic Cooperation in Zhengzhou.", "Zhengzhou"),
    ).toEqual([["statement", "Statement on Regional Economic Cooperation", "adopted"]]);
    expect(atVenue("The presidents signed the Declaration on Peace in the city of Kazan.", "Kazan")).toEqual([
      ["declaration", "Declaration on Peace", "signed"],
    ]);
    expect(atVenue("The leaders adopted the Plan of Action on Trade in Astana on Friday.", "Astana")).toEqual(
      [["action_plan", "Plan of Action on Trade", "adopted"]],
    );
  });

  it("keeps a place that is not the meeting's city: it may be what the document is about", () => {
    expect(atVenue("The Council issued a Statement on Peace in Afghanistan.", "Zhengzhou")).toEqual([
      ["statement", "Statement on Peace in Afghanistan", "adopted"],
    ]);
    expect(found("The Council issued a Statement on Regional Economic Cooperation in Zhengzhou.")).toEqual([
      ["statement", "Statement on Regional Economic Cooperation in Zhengzhou", "adopted"],
    ]);
  });
});

describe("an occasion after a title", () => {
  it("leaves 'on the occasion of …', 'in connection with …' out of a title that has its subject", () => {
    expect(
      found("The presidents signed the Treaty on Friendship on the occasion of the state visit."),
    ).toEqual([["treaty", "Treaty on Friendship", "signed"]]);
    expect(
      found("The leaders signed the Declaration on Security in connection with the tension in the region."),
    ).toEqual([["declaration", "Declaration on Security", "signed"]]);
    expect(
      found("The ministers adopted the Plan on Tourism, on the occasion of the Year of Culture."),
    ).toEqual([["plan", "Plan on Tourism", "adopted"]]);
  });

  it("keeps the occasion right after the type word or its authors: it is the title's subject", () => {
    expect(
      found(
        "The heads of state issued a statement in connection with the 70th anniversary of the United Nations.",
      ),
    ).toEqual([
      ["statement", "Statement in connection with the 70th anniversary of the United Nations", "adopted"],
    ]);
    expect(
      found(
        "The presidents signed the Statement of the Heads of State in connection with the 60th anniversary of the United Nations.",
      ),
    ).toEqual([
      [
        "statement",
        "Statement of the Heads of State in connection with the 60th anniversary of the United Nations",
        "signed",
      ],
    ]);
    expect(
      found("The leaders adopted an Appeal on the occasion of the 80th anniversary of Victory."),
    ).toEqual([["message", "Appeal on the occasion of the 80th anniversary of Victory", "adopted"]]);
  });
});

describe("an occasion in the writer's words, after a title named by its authors", () => {
  it("leaves an anniversary told with a possessive or 'coming' out of the title", () => {
    expect(
      found(
        "They signed the Declaration of the Collective Security Council in connection with the Organisation's coming tenth anniversary.",
      ),
    ).toEqual([["declaration", "Declaration of the Collective Security Council", "signed"]]);
    expect(
      found(
        "The leaders adopted the Statement of the Heads of State on the occasion of the Union's anniversary.",
      ),
    ).toEqual([["statement", "Statement of the Heads of State", "adopted"]]);
    expect(
      found("The presidents issued the Appeal of the Council in connection with the upcoming Year of Peace."),
    ).toEqual([["message", "Appeal of the Council", "adopted"]]);
  });
});

describe("an uncounted group after a title", () => {
  it("keeps 'and a number of decisions on …', 'and several protocols on …' out of the title before it", () => {
    expect(
      found(
        "The presidents signed the Declaration on Security and a number of decisions on military cooperation.",
      ),
    ).toEqual([["declaration", "Declaration on Security", "signed"]]);
    expect(
      found("The leaders adopted the Concept of Migration and several protocols on border control."),
    ).toEqual([["concept", "Concept of Migration", "adopted"]]);
    expect(found("The ministers approved the Plan on Energy, and various decisions on the budget.")).toEqual([
      ["plan", "Plan on Energy", "approved"],
    ]);
  });

  it("still reads a group whose items a repeated 'on' names", () => {
    expect(
      found(
        "The presidents signed the Declaration on Security and several agreements on trade and on energy.",
      ),
    ).toEqual([
      ["declaration", "Declaration on Security", "signed"],
      ["agreement", "Agreement on trade", "signed"],
      ["agreement", "Agreement on energy", "signed"],
    ]);
  });
});

describe("'issued on the outcome of the talks' after a title (outcomes round)", () => {
  it.each([
    [
      "A Joint Statement was issued on the outcome of the talks.",
      ["statement", "Joint Statement", "adopted"],
    ],
    [
      "A joint communique was adopted on the results of the summit.",
      ["communique", "Joint communique", "adopted"],
    ],
    [
      "The leaders signed the Joint Declaration issued on the outcome of the talks.",
      ["declaration", "Joint Declaration", "signed"],
    ],
    [
      "The presidents approved the Communique issued upon the conclusion of the summit.",
      ["communique", "Communique", "approved"],
    ],
  ])("tells when the document was issued, not its title: %s", (sentence, document) => {
    expect(found(sentence)).toEqual([document]);
  });

  it.each([
    [
      "The leaders issued a Joint Statement on the outcome of the talks.",
      ["statement", "Joint Statement on the outcome of the talks", "adopted"],
    ],
    [
      "The Council also issued a Joint Communiqué on the results of the meeting.",
      ["communique", "Joint Communiqué on the results of the meeting", "adopted"],
    ],
    [
      "An agreement was signed on the establishment of a bank.",
      ["agreement", "Agreement on the establishment of a bank", "signed"],
    ],
  ])(
    "keeps 'on the outcome …' right after the type word, where it is the title's: %s",
    (sentence, document) => {
      expect(found(sentence)).toEqual([document]);
    },
  );
});

describe("who drafted or signed a document, after its title (outcomes round)", () => {
  it.each([
    [
      "The Leaders adopted the Declaration on Youth prepared by the ministers.",
      ["declaration", "Declaration on Youth", "adopted"],
    ],
    [
      "The leaders signed the Agreement on Trade drafted by experts.",
      ["agreement", "Agreement on Trade", "signed"],
    ],
    [
      "The leaders witnessed the signing of the Protocol on Trade by the economic ministers.",
      ["protocol", "Protocol on Trade", "signed"],
    ],
  ])("is no part of the title: %s", (sentence, document) => {
    expect(found(sentence)).toEqual([document]);
  });

  it("keeps 'by' with what is no agent", () => {
    expect(found("The leaders adopted the Convention on Pollution by Ships.")).toEqual([
      ["other", "Convention on Pollution by Ships", "adopted"],
    ]);
  });
});
