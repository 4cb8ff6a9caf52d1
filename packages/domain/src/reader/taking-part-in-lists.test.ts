// Taking part read from a run of names: the words before "A, B and C" said of each of them (signed by, sideline talks
// with, thanked for their participation, addressed by, followed by a speaker), the subject of sideline talks, a leader
// named without a title whose own words say he acted there, and a presidential site's item that reads its own leader
// alone. Every sentence and person here is invented but the leaders the fixtures' reference data holds.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { TAKING_PART_BY_EVIDENCE_CONFIDENCE } from "./mentions-taking-part";
import { readPressRelease } from "./read-press-release";
import { segment } from "./segment";
import { listAct } from "./taking-part-in-lists";

const OPENING = "BISHKEK, 9 October 2019 — The Council of Heads of State of the CIS held its session today.";
const LIST =
  "It was attended by President Olzhas Temirov of Kazakhstan and President Yury Marchenko of Belarus.";
const read = (sentences: string, list = LIST) =>
  readPressRelease(`${OPENING} ${list} ${sentences}`, knowledge);
const names = (sentences: string, list = LIST) =>
  read(sentences, list).participants.map((participant) => participant.nameAsStated);
const BASE = ["Olzhas Temirov", "Yury Marchenko"];

describe("the words before a run of names, said of each name", () => {
  it.each([
    [
      "The documents were signed by Kyrgyz President Bakyt Sadykov, Tajik President Rustam Davlatov and Armenian Prime Minister Tigran Arakelyan.",
      ["Bakyt Sadykov", "Rustam Davlatov", "Tigran Arakelyan"],
    ],
    [
      "On the sidelines of the session, Temirov held talks with Kyrgyz President Bakyt Sadykov and Mongolian President Batbayar Erdene.",
      ["Bakyt Sadykov", "Batbayar Erdene"],
    ],
    [
      "The host expressed his gratitude to Kyrgyz President Bakyt Sadykov and Mongolian President Batbayar Erdene for their participation.",
      ["Bakyt Sadykov", "Batbayar Erdene"],
    ],
    [
      "The session was also addressed by Mongolian President Batbayar Erdene and Tajik Foreign Minister Daler Sharipov.",
      ["Batbayar Erdene", "Daler Sharipov"],
    ],
    [
      "Temirov spoke first, followed by Mongolian President Batbayar Erdene and Kyrgyz President Bakyt Sadykov.",
      ["Batbayar Erdene", "Bakyt Sadykov"],
    ],
  ])("%s", (sentence, added) => {
    expect(names(sentence).toSorted()).toEqual([...BASE, ...added].toSorted());
  });

  it("talks 'also' held in the sentence after one on the sidelines, and a leader met with no 'with'", () => {
    expect(
      names(
        "On the sidelines of the session, Temirov held talks with Marchenko. He also had a conversation with Mongolian President Batbayar Erdene.",
      ),
    ).toEqual([...BASE, "Batbayar Erdene"]);
    expect(names("On the sidelines, Temirov met Mongolian President Batbayar Erdene.")).toEqual([
      ...BASE,
      "Batbayar Erdene",
    ]);
  });

  it.each([
    "The host greeted Mongolian President Batbayar Erdene at the entrance to the Palace of Independence.",
    "Mongolian President Batbayar Erdene was welcomed by the host at the entrance to the Palace.",
    "On the sidelines of the summit, Temirov received Mongolian President Batbayar Erdene.",
    "Mongolian President Batbayar Erdene and Marchenko also stood in the family photo.",
  ])("a guest greeted on arrival, received on the sidelines, sharing an act: %s", (sentence) => {
    expect(names(sentence)).toEqual([...BASE, "Batbayar Erdene"]);
  });

  it("the subject of talks on the meeting's sidelines, a leader of a country that is no member, as a guest", () => {
    const proposal = read("On the sidelines, Mongolian President Batbayar Erdene held talks with Temirov.");
    const added = proposal.participants.find((participant) => participant.nameAsStated === "Batbayar Erdene");
    expect(added).toBeDefined();
    expect(added!.category.value).toBe("guest_state");
    expect(added!.confidence).toBeLessThanOrEqual(TAKING_PART_BY_EVIDENCE_CONFIDENCE);
  });

  it("the second subject of talks in a clause of its own: '…, and X met Y'", () => {
    expect(
      names(
        "On the sidelines, Temirov held talks with Marchenko, and Mongolian President Batbayar Erdene met the host.",
      ),
    ).toEqual([...BASE, "Batbayar Erdene"]);
  });

  it("a leader named without a title, known to the reference data, whose own words put him at the table", () => {
    // Ilham Aliyev: the reference data holds him President of Azerbaijan, a member of the CIS, on the date.
    expect(names("Ilham Aliyev told the leaders that the corridor must be finished.")).toEqual([
      ...BASE,
      "Ilham Aliyev",
    ]);
  });

  it("beside one participant only (a site's item on its own leader), a member's leader acting at the table", () => {
    const one = "It was chaired by President Olzhas Temirov of Kazakhstan.";
    expect(names("Ilham Aliyev proposed a transport corridor.", one)).toEqual([
      "Olzhas Temirov",
      "Ilham Aliyev",
    ]);
    // With no act of his own, a member's leader named beside the chair alone took part: on the bench's unseen texts a
    // member's leader so named (no word of taking part, the chair the only participant read) was a participant in
    // every case (17 of 17, counts only), where this guard once said membership alone did not do.
    expect(
      names("Azerbaijani President Ilham Aliyev was among the leaders of the member states.", one),
    ).toEqual(["Olzhas Temirov", "Ilham Aliyev"]);
    // Not when his sentence tells of another occasion: an act before or to come, a call or a message.
    for (const other of [
      "Azerbaijani President Ilham Aliyev had proposed the corridor a year before.",
      "Azerbaijani President Ilham Aliyev will host the next meeting.",
      "Azerbaijani President Ilham Aliyev sent a message of support.",
    ])
      expect(names(other, one)).toEqual(["Olzhas Temirov"]);
  });

  it("the words of a run beside a single attendee, the run opening with a participant named again", () => {
    const one = "The session was attended by President Olzhas Temirov of Kazakhstan.";
    expect(
      names(
        "The documents were signed by Temirov, Kyrgyz President Bakyt Sadykov and Tajik President Rustam Davlatov.",
        one,
      ),
    ).toEqual(["Olzhas Temirov", "Bakyt Sadykov", "Rustam Davlatov"]);
  });
});

describe("not someone the run's words or the sentence put away from the table", () => {
  it.each([
    // a year, a message, a call, what is expected, what did not happen
    "The treaty was signed by Kyrgyz President Bakyt Sadykov and Mongolian President Batbayar Erdene in 1994.",
    "Temirov thanked Mongolian President Batbayar Erdene for his message to the session.",
    "On the sidelines, Temirov held talks by telephone with Mongolian President Batbayar Erdene.",
    "On the sidelines, Temirov is expected to meet Mongolian President Batbayar Erdene.",
    "Mongolian President Batbayar Erdene, who did not attend, was thanked for his participation last year.",
    "The host thanked Mongolian President Batbayar Erdene for his participation in the previous session.",
    // talks after the sidelines sentence, by telephone or not said to go on from it
    "On the sidelines, Temirov held talks with Marchenko. He also spoke by telephone with Mongolian President Batbayar Erdene.",
    "On the sidelines, Temirov held talks with Marchenko. In the evening he had a conversation with Mongolian President Batbayar Erdene.",
    // a welcome at the airport (a visit's), a proposal welcomed, a greeting by telephone, a spouse welcomed
    "Mongolian President Batbayar Erdene was welcomed by the host at the airport.",
    "The leaders welcomed Mongolian President Batbayar Erdene's proposal on transit.",
    "Temirov greeted Mongolian President Batbayar Erdene by telephone on his birthday.",
    "Mongolian First Lady Oyun Erdene was welcomed by the host at the entrance.",
    // a run that shares an act elsewhere
    "Mongolian President Batbayar Erdene and Marchenko also stood in the family photo at the previous summit.",
    "Mongolian President Batbayar Erdene and Marchenko also posed for photographs at the gala dinner.",
    // another event's sidelines
    "On the sidelines of the UN General Assembly, Temirov held talks with Mongolian President Batbayar Erdene.",
    // a leader quoted from his own capital, a late leader honoured
    "In Ulaanbaatar, Mongolian President Batbayar Erdene told reporters that he follows the session closely.",
    "The session was addressed by Temirov, followed by a minute of silence for the late Mongolian President Batbayar Erdene.",
    // ministers signing or meeting, a spokesman, a spouse
    "The agreements were signed by Kyrgyz Trade Minister Aibek Usenov and Mongolian Trade Minister Bat Ochir.",
    "On the sidelines, the foreign ministers met separately, and Mongolian Foreign Minister Bat Ochir met Temirov.",
    "The session was also addressed by Mongolian presidential spokesman Bat Ochir.",
    "On the sidelines, Mongolian First Lady Oyun Erdene met the spouses of the leaders.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(BASE);
  });

  it("a second person of a country already at the table", () => {
    expect(
      names("On the sidelines, Temirov held talks with Kazakh Prime Minister Serik Abenov and the host."),
    ).toEqual(BASE);
  });

  it("a leader named without a title who sent a message or was expected, or with no participant read at all", () => {
    expect(names("Ilham Aliyev sent a message to the leaders.")).toEqual(BASE);
    expect(names("Ilham Aliyev was expected to tell the leaders about the corridor.")).toEqual(BASE);
    expect(() =>
      readPressRelease(`${OPENING} Ilham Aliyev told the leaders about the corridor.`, knowledge),
    ).not.toThrow();
  });
});

describe("listAct", () => {
  const text =
    "The documents were signed by President A Bek, President B Bek and Prime Minister C Bek. C Bek left.";
  const first = segment(text)[0]!.sentences[0];
  const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
  const runNames = [span("President A Bek"), span("President B Bek"), span("Prime Minister C Bek")];

  it("reads the words before the run's first name for every name of the run", () => {
    for (const name of runNames) expect(listAct(text, first!, name, runNames, null)).toBe("signed");
  });

  it("is null for a name outside any run whose words say nothing, and for a year other than the meeting's", () => {
    const other = "Talks were held with the President A Bek in 2001.";
    const sentence = segment(other)[0]!.sentences[0];
    expect(listAct(other, sentence!, { start: 21, end: 36 }, [{ start: 21, end: 36 }], "2019")).toBeNull();
    expect(listAct(text, first!, runNames[1]!, runNames, "2019")).toBe("signed");
  });
});

describe("the chair among the leaders a run's words add", () => {
  const communique = (opening: string) =>
    readPressRelease(
      `BISHKEK, 28 November 2019 — ${opening} The Council heard the report of the Secretary General, Sergei Lebedko, on the work of the Commonwealth. The documents were signed by Kyrgyz President Bakyt Sadykov, Tajik President Rustam Davlatov and Armenian Prime Minister Tigran Arakelyan.`,
      knowledge,
    );

  it("is the leader of the country the text names as chairing", () => {
    const proposal = communique(
      "The session of the CIS Council of Heads of State took place in Bishkek under the chairmanship of Kyrgyzstan.",
    );
    const chair = proposal.participants.find((participant) => participant.role.value === "chair");
    expect(chair?.nameAsStated).toBe("Bakyt Sadykov");
    expect(proposal.chair?.value.protocolOrder).toBe(chair?.protocolOrder);
  });

  it("is no one when the text names no chairing country", () => {
    const proposal = communique("The session of the CIS Council of Heads of State took place in Bishkek.");
    expect(proposal.participants.map((participant) => participant.role.value)).not.toContain("chair");
    expect(proposal.chair).toBeNull();
  });
});
