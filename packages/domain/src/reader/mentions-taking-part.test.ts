// Mentions taking part: a person the release names with no word of attending, whom the words around them and the
// reference data say took part — a leader of a member of the meeting's organization whose country no participant is
// from yet, or the head of the organization's own secretariat acting at the table. Every sentence and person here is
// invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import {
  TAKING_PART_BY_EVIDENCE_CONFIDENCE,
  takesPart,
  type TakingPartEvidence,
} from "./mentions-taking-part";
import { NO_WORD_OF_TAKING_PART } from "./participants";
import { readPressRelease } from "./read-press-release";

const OPENING = "BISHKEK, 9 October 2019 — The Council of Heads of State of the CIS held its session today.";
const LIST =
  "It was attended by President Olzhas Temirov of Kazakhstan and President Yury Marchenko of Belarus.";
const read = (sentences: string) => readPressRelease(`${OPENING} ${LIST} ${sentences}`, knowledge);
const names = (sentences: string) =>
  read(sentences).participants.map((participant) => participant.nameAsStated);
const BASE = ["Olzhas Temirov", "Yury Marchenko"];

describe("a member's leader acting at the table, with no word of attending", () => {
  it.each([
    [
      "Kyrgyz President Bakyt Sadykov said his country will open a trade house in every member state.",
      "Bakyt Sadykov",
    ],
    [
      "In his remarks, Tajik President Rustam Davlatov stressed that the water council will need a budget of its own.",
      "Rustam Davlatov",
    ],
    [
      "On transit, Armenian President Tigran Arakelyan proposed a road corridor that will be finished by 2030.",
      "Tigran Arakelyan",
    ],
  ])("%s", (sentence, added) => {
    expect(names(sentence)).toEqual([...BASE, added]);
  });

  it.each([
    [
      "The Secretary General, Sergei Lebedko, presented the report on the Commonwealth's work.",
      "Sergei Lebedko",
    ],
    [
      "The council's Executive Secretary, Anna Voronova, said the secretariat will follow up.",
      "Anna Voronova",
    ],
  ])("the organization's own officer acting there: %s", (sentence, added) => {
    expect(names(sentence)).toEqual([...BASE, added]);
  });

  it("is proposed less certain than those read from a verb of attending, with its span, and leaves the mentions list", () => {
    const sentence =
      "Kyrgyz President Bakyt Sadykov said his country will open a trade house in every member state.";
    const proposal = read(sentence);
    const added = proposal.participants.find((participant) => participant.nameAsStated === "Bakyt Sadykov")!;
    const others = proposal.participants.filter((participant) => participant !== added);
    expect(added.confidence).toBe(TAKING_PART_BY_EVIDENCE_CONFIDENCE);
    expect(others.every((participant) => participant.confidence > added.confidence)).toBe(true);
    expect(proposal.source.text.slice(added.evidence.start, added.evidence.end)).toBe(
      "Kyrgyz President Bakyt Sadykov",
    );
    expect(added.category.value).toBe("member_state");
    expect(added.protocolOrder).toBe(3);
    expect(proposal.personMentions.map((mention) => mention.nameAsStated)).not.toContain("Bakyt Sadykov");
  });

  it("a member's foreign minister acting at the table for a country no one else is there from", () => {
    expect(
      names("Tajik Foreign Minister Daler Sharipov presented his country's plan for the water council."),
    ).toEqual([...BASE, "Daler Sharipov"]);
  });

  it("the leader before a minister of his country named earlier in the text", () => {
    expect(
      names(
        "Kyrgyz Foreign Minister Aibek Usenov presented the draft. Kyrgyz President Bakyt Sadykov said the zone will grow.",
      ),
    ).toEqual([...BASE, "Bakyt Sadykov"]);
  });

  it("one leader per country: the second of a country not yet at the table stays a mention", () => {
    expect(
      names(
        "Kyrgyz President Bakyt Sadykov said his country will open a trade house. Kyrgyz Prime Minister Azamat Toktogulov said the budget will grow.",
      ),
    ).toEqual([...BASE, "Bakyt Sadykov"]);
  });
});

describe("not someone the words or the reference data put away from the table", () => {
  it.each([
    // talks with, a message from
    "Temirov said his talks with Kyrgyz President Bakyt Sadykov will continue in the spring.",
    "A message from Kyrgyz President Bakyt Sadykov, who will host the next session, was read out to the leaders.",
    // (a leader of a country that is none of the members, acting at the table, is read as a guest since 7 December
    // 2026: leaders-of-other-countries-acting.test.ts)
    // a second person of a country already represented
    "Kazakh Prime Minister Serik Abenov said the common market will grow.",
    // at another event, another time, to the press, absent
    "At the business forum the day before, Kyrgyz President Bakyt Sadykov said investment will rise.",
    "Kyrgyz President Bakyt Sadykov will host the next session in Osh.",
    "Kyrgyz President Bakyt Sadykov told reporters after the session that the trade house will open soon.",
    "Kyrgyz President Bakyt Sadykov did not come; his deputy will report to him.",
    "Kyrgyz President Bakyt Sadykov, who cancelled his trip, said the trade house will open soon.",
    "In 2011 Kyrgyz President Bakyt Sadykov proposed a free trade zone that will now be widened.",
    "The idea goes back to former Kyrgyz President Bakyt Sadykov, who said the zone will grow.",
    "Kyrgyz President Bakyt Sadykov said in a television interview that the zone will grow.",
    // another organization's officer
    "NATO's Secretary General, Jens Halvorsen, said the alliance will watch the region.",
    "UN Secretary-General Anton Guerra said the region will matter more.",
    // the own officer not acting there
    "The report of the Secretary General, Sergei Lebedko, will be discussed next year.",
    // not a leader's post, nor a minister standing in who does nothing at the table
    "Kyrgyz Trade Minister Aibek Usenov said the zone will grow.",
    "The leaders thanked Kyrgyz Foreign Minister Aibek Usenov for the draft.",
    "Kyrgyz Foreign Minister Aibek Usenov briefed journalists after the session.",
    // a minister of a country already at the table
    "Kazakh Foreign Minister Nurlan Zhakupov presented the draft declaration.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(BASE);
  });
});

describe("the decision on the evidence", () => {
  const evidence: TakingPartEvidence = {
    countryId: "ctykgx0001",
    leader: true,
    standIn: false,
    member: true,
    represented: false,
    ownOfficer: false,
    act: " said ",
    away: false,
    listAct: null,
    untitledTookPart: false,
  };

  it("a member's leader not yet represented, with no word of taking part, takes part", () => {
    expect(takesPart(NO_WORD_OF_TAKING_PART, evidence)).toBe(true);
    // With no act of his own, the membership and the words around him decide.
    expect(takesPart(NO_WORD_OF_TAKING_PART, { ...evidence, act: null })).toBe(true);
  });

  it("never when another reason left them out, or the words put them away", () => {
    expect(takesPart("an earlier meeting", evidence)).toBe(false);
    expect(takesPart("named as merely mentioned: talks with", evidence)).toBe(false);
    expect(takesPart(null, evidence)).toBe(false);
    expect(takesPart(NO_WORD_OF_TAKING_PART, { ...evidence, away: true })).toBe(false);
  });

  it("never a second person of a represented country or a non-leader", () => {
    expect(takesPart(NO_WORD_OF_TAKING_PART, { ...evidence, represented: true })).toBe(false);
    expect(takesPart(NO_WORD_OF_TAKING_PART, { ...evidence, leader: false })).toBe(false);
  });

  it("a non-member's leader: only acting there, and not while a membership of his country is out of force", () => {
    const guest = { ...evidence, member: false };
    expect(takesPart(NO_WORD_OF_TAKING_PART, guest)).toBe(true);
    expect(takesPart(NO_WORD_OF_TAKING_PART, { ...guest, act: null })).toBe(false);
    expect(takesPart(NO_WORD_OF_TAKING_PART, { ...guest, membershipNotInForce: true })).toBe(false);
    expect(takesPart(NO_WORD_OF_TAKING_PART, { ...guest, away: true })).toBe(false);
  });

  it("a leader of no country the reference data holds: only acting there, and by no short form of a participant's name", () => {
    const countryless = { ...evidence, countryId: null, member: false };
    expect(takesPart(NO_WORD_OF_TAKING_PART, countryless)).toBe(true);
    expect(takesPart(NO_WORD_OF_TAKING_PART, { ...countryless, act: null })).toBe(false);
    expect(takesPart(NO_WORD_OF_TAKING_PART, { ...countryless, namesAParticipant: true })).toBe(false);
    expect(takesPart(NO_WORD_OF_TAKING_PART, { ...countryless, leader: false })).toBe(false);
    expect(takesPart(NO_WORD_OF_TAKING_PART, { ...countryless, away: true })).toBe(false);
  });

  it("a member's foreign minister standing in, only acting there", () => {
    const minister = { ...evidence, leader: false, standIn: true };
    expect(takesPart(NO_WORD_OF_TAKING_PART, minister)).toBe(true);
    expect(takesPart(NO_WORD_OF_TAKING_PART, { ...minister, act: null })).toBe(false);
    expect(takesPart(NO_WORD_OF_TAKING_PART, { ...minister, represented: true })).toBe(false);
    expect(takesPart(NO_WORD_OF_TAKING_PART, { ...minister, member: false })).toBe(false);
  });

  it("the head of the organization's own secretariat: named in a release about its meeting, unless put away from it", () => {
    const officer = { ...evidence, countryId: null, leader: false, member: false, ownOfficer: true };
    expect(takesPart(NO_WORD_OF_TAKING_PART, officer)).toBe(true);
    expect(takesPart(NO_WORD_OF_TAKING_PART, { ...officer, act: null })).toBe(true);
    expect(takesPart(NO_WORD_OF_TAKING_PART, { ...officer, act: null, away: true })).toBe(false);
    expect(takesPart(NO_WORD_OF_TAKING_PART, { ...officer, ownOfficer: false, act: null })).toBe(false);
  });
});
