// A leader's post in apposition to a styled name ("The Emir of Qatar, Sheikh X, said …", "Sheikh X, Crown Prince and
// Prime Minister of Y, delivered …"): it gives a person named with no word of taking part his country, his post and
// the clause he acts in, as a title before the name does; the decision is then the same. Every sentence and person here
// is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { styles3Knowledge } from "./fixtures/styles3-knowledge";
import {
  apposedLeaderPost,
  TAKING_PART_BY_EVIDENCE_CONFIDENCE,
  takesPart,
  type TakingPartEvidence,
} from "./mentions-taking-part";
import { NO_WORD_OF_TAKING_PART } from "./participants";
import { readPressRelease } from "./read-press-release";

// A body the knowledge does not hold: no membership of it is known.
const OPENING = "ASHGABAT, 28 November 2021 — The summit of the Caspian Transit Forum was held today.";
const LIST =
  "It was attended by President Olzhas Temirov of Kazakhstan and President Yury Marchenko of Belarus.";
const read = (sentences: string, list = LIST, opening = OPENING) =>
  readPressRelease(`${opening} ${list} ${sentences}`, knowledge);
const names = (sentences: string, list = LIST, opening = OPENING) =>
  read(sentences, list, opening).participants.map((participant) => participant.nameAsStated);
const BASE = ["Olzhas Temirov", "Yury Marchenko"];

describe("with no membership of the body known, a leader whose post in apposition names his country, acting there", () => {
  it.each([
    "The Emir of Qatar, Sheikh Hamad Al Thani, said the transit corridor will need a fund.",
    "Sheikh Hamad Al Thani, Crown Prince and Prime Minister of the State of Qatar, proposed a fund for the corridor.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual([...BASE, "Hamad Al Thani"]);
  });

  it("is proposed below those read from a verb of attending, with its span", () => {
    const proposal = read(
      "The Emir of Qatar, Sheikh Hamad Al Thani, said the transit corridor will need a fund.",
    );
    const added = proposal.participants.find((participant) =>
      participant.nameAsStated.includes("Hamad Al Thani"),
    )!;
    expect(added.confidence).toBeLessThanOrEqual(TAKING_PART_BY_EVIDENCE_CONFIDENCE);
    expect(proposal.source.text.slice(added.evidence.start, added.evidence.end)).toBe(added.titleAsStated);
    expect(added.country?.value.countryId).toBe("ctyqax0001");
  });
});

describe("guards: no act at the table, words that put the leader away, or a body whose members are known", () => {
  it.each([
    // with no membership known, a post in apposition alone is not enough: he must act at the table
    "The Emir of Qatar, Sheikh Hamad Al Thani, is a keen supporter of the corridor.",
    "Kyrgyz President Bakyt Sadykov shared his country's experience of water management.",
    "Kyrgyz President Bakyt Sadykov did not come to the summit.",
    "The Emir of Qatar, Sheikh Hamad Al Thani, who stayed at home, said the corridor will need a fund.",
    "Temirov later spoke by telephone with the Emir of Qatar, Sheikh Hamad Al Thani.",
    "The late Emir of Qatar, Sheikh Hamad Al Thani, said in 2011 that the corridor will need a fund.",
    "The Emir of Qatar, Sheikh Hamad Al Thani, will host the next summit in Doha.",
    // not a leader's post in apposition, or a second leader of a country already at the table
    "The Foreign Minister of Qatar, Sheikh Hamad Al Thani, said the corridor will need a fund.",
    "The Prime Minister of Kazakhstan, Serik Abenov, said the common market will grow.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(BASE);
  });

  it("not a leader of a country the reference data holds as none of the body's members, with no act at the table", () => {
    const cis = "BISHKEK, 9 October 2019 — The Council of Heads of State of the CIS held its session today.";
    expect(
      names("The Emir of Qatar, Sheikh Hamad Al Thani, is a keen supporter of the corridor.", LIST, cis),
    ).toEqual(BASE);
    // Acting at the table, such a leader is read as a guest (leaders-of-other-countries-acting.test.ts).
  });
});

describe("the decision on the evidence, with no membership known", () => {
  const evidence: TakingPartEvidence = {
    countryId: "ctyqax0001",
    leader: true,
    standIn: false,
    member: false,
    represented: false,
    ownOfficer: false,
    act: " said",
    away: false,
    listAct: null,
    untitledTookPart: false,
    apposedPost: { start: 4, end: 17 },
  };

  it("a leader whose post in apposition names his country, acting there, takes part", () => {
    expect(takesPart(NO_WORD_OF_TAKING_PART, evidence)).toBe(true);
  });

  it("never without an act, away, represented, or for another reason", () => {
    expect(takesPart(NO_WORD_OF_TAKING_PART, { ...evidence, act: null })).toBe(false);
    expect(takesPart(NO_WORD_OF_TAKING_PART, { ...evidence, away: true })).toBe(false);
    expect(takesPart(NO_WORD_OF_TAKING_PART, { ...evidence, represented: true })).toBe(false);
    expect(takesPart("named as merely mentioned: talks with", evidence)).toBe(false);
  });
});

describe("a leader's post in apposition to a styled name", () => {
  const post = (sentence: string, name: string) => {
    const start = sentence.indexOf(name);
    const found = apposedLeaderPost(
      sentence,
      knowledge,
      { start: 0, end: sentence.length },
      { start, end: start + name.length },
    );
    return found ? { country: found.countryId, post: sentence.slice(found.start, found.end) } : null;
  };

  it.each([
    ["The Emir of Qatar, Sheikh Hamad Al Thani, said the council will meet again.", "Emir of Qatar"],
    [
      "Sheikh Hamad Al Thani, Amir of the State of Qatar, said the council will meet again.",
      "Amir of the State of Qatar",
    ],
    [
      "King Salim of Bahrain and the Emir of Qatar, Sheikh Hamad Al Thani, stood beside the host.",
      "Emir of Qatar",
    ],
  ])("%s", (sentence, stated) => {
    expect(post(sentence, "Sheikh Hamad Al Thani")).toEqual({ country: "ctyqax0001", post: stated });
  });

  it.each([
    "The late Emir of Qatar, Sheikh Hamad Al Thani, founded the council.",
    "The former Emir of Qatar, Sheikh Hamad Al Thani, sent greetings.",
    "The Foreign Minister of Qatar, Sheikh Hamad Al Thani, said the council will meet again.",
    "Sheikh Hamad Al Thani, Ruler of Dubai, said the council will meet again.",
    "The Emir of Qatar and Kuwait, Sheikh Hamad Al Thani, said the council will meet again.",
    "Sheikh Hamad Al Thani said the council will meet again.",
  ])("none: %s", (sentence) => {
    expect(post(sentence, "Sheikh Hamad Al Thani")).toBeNull();
  });

  it("gives the participant the post in apposition, and its country", () => {
    const text =
      "KUWAIT, 5 December 2023 — The 44th session of the Supreme Council of the Gulf Cooperation Council was held today. " +
      "It was attended by King Hamad bin Isa Al Khalifa of Bahrain and Saudi Crown Prince Mohammed bin Salman. " +
      "The Amir of Kuwait, Sheikh Nasser Al-Sabah, called for a common market by 2030.";
    const proposal = readPressRelease(text, styles3Knowledge);
    const added = proposal.participants.find((participant) => participant.nameAsStated.includes("Nasser"));
    expect(added?.country?.value.countryId).toBe("ctykwx0001");
    expect(added?.post?.value.status === "new" ? added.post.value.proposed.label : null).toBe(
      "Amir of Kuwait",
    );
    expect(added?.category.value).toBe("member_state");
  });

  it("guard: not a late ruler's post in apposition", () => {
    const text =
      "KUWAIT, 5 December 2023 — The 44th session of the Supreme Council of the Gulf Cooperation Council was held today. " +
      "It was attended by King Hamad bin Isa Al Khalifa of Bahrain and Saudi Crown Prince Mohammed bin Salman. " +
      "The late Amir of Kuwait, Sheikh Nasser Al-Sabah, called for a common market in 2010.";
    const proposal = readPressRelease(text, styles3Knowledge);
    expect(proposal.participants.some((participant) => participant.nameAsStated.includes("Nasser"))).toBe(
      false,
    );
  });
});
