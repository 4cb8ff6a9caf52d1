// An item that reports a meeting of a body only by what its members' leaders said there, with no one read from a verb
// of attending or a list ("The council met today. A proposed …. B said …"): two leaders of members the reference data
// holds, each acting at the table in his own clause, took part; one alone, or leaders the words put away, do not.
// And a leader the reference data holds, named under a style only ("Sheikh X said …"), takes the post it holds him
// in. Every sentence and person here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { styles3Knowledge } from "./fixtures/styles3-knowledge";
import { TAKING_PART_BY_EVIDENCE_CONFIDENCE } from "./mentions-taking-part";
import { readPressRelease } from "./read-press-release";

const OPENING = "BISHKEK, 9 October 2019 — The Council of Heads of State of the CIS held its session today.";
const names = (sentences: string) => {
  try {
    return readPressRelease(`${OPENING} ${sentences}`, knowledge).participants.map(
      (participant) => participant.nameAsStated,
    );
  } catch {
    // A text that names no participant and reads like no meeting is refused: no one read.
    return [];
  }
};

describe("two members' leaders acting at the table, with no one else read", () => {
  it("both take part, below any participant read otherwise, as the reference data holds their posts", () => {
    const text = `${OPENING} Alexander Lukashenko said the union will need a fund. Nikol Pashinyan proposed a common energy market.`;
    const proposal = readPressRelease(text, knowledge);
    expect(proposal.participants.map((participant) => participant.nameAsStated)).toEqual([
      "Alexander Lukashenko",
      "Nikol Pashinyan",
    ]);
    for (const participant of proposal.participants) {
      expect(participant.confidence).toBeLessThanOrEqual(TAKING_PART_BY_EVIDENCE_CONFIDENCE);
      expect(participant.category.value).toBe("member_state");
      expect(text.slice(participant.evidence.start, participant.evidence.end)).toBe(
        participant.titleAsStated,
      );
    }
  });
});

describe("guards: one leader alone, a leader of no member, leaders put away or not acting there", () => {
  it.each([
    "Alexander Lukashenko said the union will need a fund.",
    "Alexander Lukashenko said the union will need a fund. Viktor Orban proposed a common energy market.",
    "Alexander Lukashenko said the union will need a fund. Nikol Pashinyan told reporters that a common energy market will come.",
    "Alexander Lukashenko will say the union needs a fund. Nikol Pashinyan will propose a common energy market.",
    "Alexander Lukashenko arrived on Monday. Nikol Pashinyan is expected on Tuesday.",
    "In 2011 Alexander Lukashenko said the union will need a fund. In 2012 Nikol Pashinyan proposed a common energy market.",
  ])("%s", (sentences) => {
    expect(names(sentences)).toEqual([]);
  });
});

describe("a leader the reference data holds, named under a style only, takes the post it holds him in", () => {
  it("Sheikh Tamim … said …", () => {
    const text =
      "KUWAIT, 5 December 2023 — The 44th session of the Supreme Council of the Gulf Cooperation Council was held today. " +
      "It was attended by King Hamad bin Isa Al Khalifa of Bahrain and Saudi Crown Prince Mohammed bin Salman. " +
      "Sheikh Tamim bin Hamad Al Thani said a common market will need ten more years.";
    const added = readPressRelease(text, styles3Knowledge).participants.find((participant) =>
      participant.nameAsStated.includes("Tamim"),
    );
    expect(added?.post?.value.status === "matched" ? added.post.value.id : null).toBe("pstemirofqatar");
    expect(added?.country?.value.countryId).toBe("ctyqax0001");
  });
});
