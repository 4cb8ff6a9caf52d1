// People the release names with a title who do not become participants: listed for the editor with why the reader
// left them out, never one of the participants, in text order. Every sentence and person here is invented (the one
// known person is looked up in the test knowledge only to show the candidates a mention carries).
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const LIST =
  "The session was attended by President Arman Teselov of Kazakhstan and President Daniil Vorkut of Belarus.";
const read = (sentences: string) =>
  readPressRelease(
    `MINSK, 14 March 2019 — The Council of Heads of State of the CIS met today. ${LIST} ${sentences}`,
    knowledge,
  );
const mentionsOf = (sentences: string) =>
  read(sentences).personMentions.map(({ nameAsStated, postAsStated, country, reason }) => ({
    nameAsStated,
    postAsStated,
    countryId: country?.countryId ?? null,
    reason,
  }));

describe("people named but not proposed, each with why", () => {
  it("a minister met in talks before the session", () => {
    expect(
      mentionsOf(
        "On the eve of the session, Teselov held talks with Foreign Minister Ilgiz Marsov of Kyrgyzstan.",
      ),
    ).toEqual([
      {
        nameAsStated: "Ilgiz Marsov",
        postAsStated: "Foreign Minister of Kyrgyzstan",
        countryId: "ctykgx0001",
        reason: "named as merely mentioned: talks with",
      },
    ]);
  });

  it("a minister who briefed the leaders, a verb the reader does not take for taking part", () => {
    expect(
      mentionsOf("Armenian Finance Minister Sona Hakobyan briefed the leaders on the common budget."),
    ).toEqual([
      {
        nameAsStated: "Sona Hakobyan",
        postAsStated: "Armenian Finance Minister",
        countryId: "ctyamx0001",
        reason: "no word of taking part",
      },
    ]);
  });

  it("a minister who reported, left out as a member of his leader's delegation", () => {
    expect(
      mentionsOf("Kazakh Foreign Minister Aset Nurlanov reported to the leaders on the draft budget."),
    ).toEqual([
      {
        nameAsStated: "Aset Nurlanov",
        postAsStated: "Kazakh Foreign Minister",
        countryId: "ctykzx0001",
        reason: "a member of a leader's delegation, named beside the leader",
      },
    ]);
  });

  it("a late founder honoured", () => {
    expect(
      mentionsOf(
        "The leaders honoured the memory of the late President Bolat Usenov, the founder of the union.",
      ),
    ).toEqual([
      {
        nameAsStated: "Bolat Usenov",
        postAsStated: "President",
        countryId: null,
        reason: "named as merely mentioned: the late",
      },
    ]);
  });

  it("the chair of an earlier meeting", () => {
    expect(
      mentionsOf("At the previous session in 2016, President Orel Kandaurov of Armenia chaired the meeting."),
    ).toMatchObject([{ nameAsStated: "Orel Kandaurov", reason: "an earlier meeting" }]);
  });

  it("in text order, each person once, with the span of title and name and the sentence", () => {
    const later = "Foreign Minister Ilgiz Marsov of Kyrgyzstan thanked the hosts a week earlier.";
    const first = "Armenian Finance Minister Sona Hakobyan briefed the leaders on the common budget.";
    const proposal = read(`${first} ${later} Teselov met Mr Marsov's deputy, Deputy Minister Kanat Ilyasov.`);
    expect(proposal.personMentions.map((mention) => mention.nameAsStated)).toEqual([
      "Sona Hakobyan",
      "Ilgiz Marsov",
      "Kanat Ilyasov",
    ]);
    const [mention] = proposal.personMentions;
    const text = proposal.source.text;
    expect(text.slice(mention!.evidence.start, mention!.evidence.end)).toBe(
      "Armenian Finance Minister Sona Hakobyan",
    );
    expect(text.slice(mention!.person.evidence.start, mention!.person.evidence.end)).toBe("Sona Hakobyan");
    expect(text.slice(mention!.sentence.start, mention!.sentence.end)).toContain(first.slice(0, -1));
  });

  it("carries the known people the name may be, as a participant does", () => {
    const [mention] = read(
      "Teselov recalled his talks with CIS Executive Secretary Sergey Lebedev in the spring.",
    ).personMentions;
    expect(mention?.person.value).toMatchObject({ status: "matched", id: "persergeylebedev" });
    expect(mention?.person.value.candidates[0]?.id).toBe("persergeylebedev");
  });
});

describe("known people named without a title", () => {
  it("a person the knowledge holds, named by full name alone, is a mention with the record matched", () => {
    const proposal = read("Before the session, Teselov spoke by telephone with Ilham Aliyev about transit.");
    expect(proposal.personMentions).toMatchObject([
      {
        nameAsStated: "Ilham Aliyev",
        postAsStated: null,
        country: null,
        person: { value: { status: "matched", id: "perilhamaliyev" } },
        reason: "named as merely mentioned: telephone with",
      },
    ]);
  });

  it("by another name the knowledge holds", () => {
    expect(
      read("The leaders recalled the visit of Recep Tayyip Erdogan to the region.").personMentions.map(
        (mention) => mention.person.value,
      ),
    ).toMatchObject([{ status: "matched", id: "perreceptayyiperdogan" }]);
  });

  it("not capitalised words that are no known person's name, nor a name only like a known one", () => {
    expect(
      read(
        "The Eurasian Economic Union and the Customs Code were discussed; Ilham Alimov of the Transit Board presented the figures.",
      ).personMentions,
    ).toEqual([]);
  });

  it("not a participant named again without a title", () => {
    expect(read("Arman Teselov opened the discussion.").personMentions).toEqual([]);
  });
});

describe("people named with an honorific alone", () => {
  it("an honorific before the name makes a mention, the honorific its title", () => {
    expect(mentionsOf("Teselov thanked Mr Ilgiz Marsov for his work on the customs code.")).toEqual([
      {
        nameAsStated: "Ilgiz Marsov",
        postAsStated: "Mr",
        countryId: null,
        reason: "named as merely mentioned: Teselov thanked",
      },
    ]);
  });

  it("not the capitalised words before an honorific that follows them", () => {
    expect(
      mentionsOf("The report on Military Cooperation, Mr Marsov said, was approved.").map(
        (mention) => mention.nameAsStated,
      ),
    ).toEqual(["Marsov"]);
  });

  it("not a participant named again with an honorific and the family name", () => {
    expect(mentionsOf("Mr Teselov thanked the hosts.")).toEqual([]);
  });

  it("and the participants themselves are read as before: the honorific alone still makes no participant", () => {
    expect(
      read("Teselov thanked Mr Ilgiz Marsov for his work on the customs code.").participants.map(
        (participant) => participant.nameAsStated,
      ),
    ).toEqual(["Arman Teselov", "Daniil Vorkut"]);
  });
});

describe("a participant is never a mention", () => {
  it("not when named again with another title, nor by the family name alone", () => {
    const proposal = read(
      "Kazakh President Arman Teselov said the union would grow. President Teselov thanked the hosts.",
    );
    expect(proposal.participants.map((participant) => participant.nameAsStated)).toEqual([
      "Arman Teselov",
      "Daniil Vorkut",
    ]);
    expect(proposal.personMentions).toEqual([]);
  });

  it("not a person named taking part, beside a mention in the same sentence", () => {
    const proposal = read(
      "Kyrgyz President Ruslan Abdykov also took part, after talks with Turkmen Foreign Minister Merdan Ataev.",
    );
    expect(proposal.participants.map((participant) => participant.nameAsStated)).toContain("Ruslan Abdykov");
    expect(proposal.personMentions.map((mention) => mention.nameAsStated)).toEqual(["Merdan Ataev"]);
  });

  it("no mentions when everyone titled took part", () => {
    expect(read("").personMentions).toEqual([]);
  });
});
