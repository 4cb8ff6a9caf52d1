// The roles round (issue 12): plural bodies, organs named without their parent's abbreviation, a chair who chairs as
// host, the handover at the close of a meeting of several days, a range of years after another side, a clause closed
// by a semicolon before "X chaired", a leader called by the first of their names, a delegation's country after "led
// the delegation of", taking a seat and coming "for the summits, among them …", a format and a colon before a list,
// and country names that take "the". Every person here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { ids, worldKnowledge } from "./fixtures/world-knowledge";
import type { ReaderKnowledge } from "./knowledge";
import { findDates } from "./dates";
import { readBody } from "./meeting";
import { organizationMentions } from "./mentions";
import { readPressRelease } from "./read-press-release";
import { segment } from "./segment";
import { withArticle } from "./titles";

const CIS =
  "MINSK, 14 March 2019 — The Council of Heads of State of the Commonwealth of Independent States met today.";
const ASEAN = "JAKARTA, 14 March 2019 — The ASEAN Summit was held today.";

const read = (text: string, knowledge: ReaderKnowledge = eurasiaKnowledge) =>
  readPressRelease(`Leaders meet\n\n14 March 2019\n\n${text}`, knowledge);

const nameOf = (participant: { person: unknown }) => {
  const person = participant.person as { value?: { label?: string; proposed?: { name?: string } } };
  return person.value?.label ?? person.value?.proposed?.name;
};

const postOf = (participant: { post: unknown }) => {
  const post = participant.post as { value?: { label?: string; proposed?: { label?: string } } } | null;
  return post?.value?.label ?? post?.value?.proposed?.label ?? null;
};

const handover = (text: string) =>
  read(text).chairmanships.map(
    (term) => `${term.countryId} ${term.startDate ?? "?"} → ${term.endDate ?? "…"}`,
  );

describe("the body: two summits reported together, in the plural", () => {
  it.each([
    "JAKARTA, 14 March — The 28th and 29th ASEAN Summits were held in the capital today.",
    "JAKARTA, 14 March — The ASEAN Summits took place today in the capital.",
    "JAKARTA, 14 March — Leaders opened the 40th and 41st ASEAN Summits this morning.",
  ])("%s", (text) => {
    const sentences = segment(text).flatMap((paragraph) => paragraph.sentences);
    expect(readBody(text, sentences, worldKnowledge, null)?.id).toBe(ids.organization("asean-summit"));
  });

  it("still reads the organization when no summit of it is named", () => {
    const text = "JAKARTA, 14 March — ASEAN leaders held talks in the capital today.";
    const sentences = segment(text).flatMap((paragraph) => paragraph.sentences);
    expect(readBody(text, sentences, worldKnowledge, null)?.id).toBe(ids.organization("asean"));
  });
});

describe("an organ named without its parent's abbreviation", () => {
  it.each([
    "the Executive Committee of the Regional Anti-Terrorist Structure",
    "the Executive Committee of the SCO RATS",
    "the Executive Committee of the RATS",
    "the Executive Committee of the SCO Regional Anti-Terrorist Structure",
  ])("%s", (phrase) => {
    const text = `The Director of ${phrase} reported.`;
    expect(organizationMentions(text, eurasiaKnowledge).map((mention) => mention.id)).toContain(
      "orgscoratsexecutivecommittee",
    );
  });

  it("gives the known post of the organ's head", () => {
    const { participants } = read(
      "TASHKENT, 14 March 2019 — The Council of Heads of State of the Shanghai Cooperation Organisation met today. The Director of the Executive Committee of the Regional Anti-Terrorist Structure, Lin Baoshan, attended.",
    );
    expect(participants.map((participant) => participant.post?.value)).toEqual([
      expect.objectContaining({ status: "matched", id: "pstdirectorofthescoratsexecutive" }),
    ]);
  });
});

describe("the Eurasian Economic Community, not the Union", () => {
  it.each([
    "The Secretary General of the Eurasian Economic Community, Arslan Kemelov, was also present.",
    "Secretary General of the Eurasian Economic Community Arslan Kemelov also attended.",
    "Arslan Kemelov, Secretary General of the Eurasian Economic Community, also took part.",
  ])("%s", (sentence) => {
    const { participants } = read(
      `MOSCOW, 14 March 2011 — The Interstate Council of the Eurasian Economic Community met today. ${sentence}`,
    );
    expect(participants.map((participant) => [nameOf(participant), postOf(participant)])).toEqual([
      ["Arslan Kemelov", "Secretary-General of the Eurasian Economic Community"],
    ]);
  });

  it("reads the Community's Interstate Council as the body", () => {
    const { body } = read(
      "MOSCOW, 14 March 2011 — The Interstate Council of the Eurasian Economic Community met today at the level of heads of state.",
    );
    expect(body?.value).toMatchObject({
      status: "matched",
      id: ids.organization("eurasec-interstate-council"),
    });
  });
});

describe("a chair who chairs as host holds no chairmanship that ends", () => {
  it.each([
    "President Daniil Vorkut of Russia, as host, chaired the talks. Belarus takes over the chairmanship in 2020.",
    "President Daniil Vorkut of Russia chaired as host. Belarus takes over the chairmanship in 2020.",
    "The host, President Daniil Vorkut of Russia, chaired the meeting. The chairmanship will pass to Belarus in 2020.",
    "President Daniil Vorkut of Russia chaired the talks as the host country. From 1 January 2020 the chairmanship passes to Belarus.",
  ])("%s", (sentences) => {
    const terms = handover(`${CIS} ${sentences}`);
    expect(terms).toHaveLength(1);
    expect(terms[0]).toMatch(new RegExp(`^${ids.country("BY")} 2020`));
  });

  it("still ends the term of a chair whose sentence names the office too", () => {
    expect(
      handover(
        `${CIS} President Daniil Vorkut of Russia, as host and holder of the chairmanship, chaired the talks. Belarus takes over the chairmanship in 2020.`,
      ),
    ).toEqual([`${ids.country("RU")} ? → 2020`, `${ids.country("BY")} 2020 → …`]);
  });
});

describe("the handover at the close of a meeting of several days", () => {
  const opening = "TASHKENT, 14 March 2019 — The SCO Council of Heads of State met on 13 and 14 March 2019.";
  it.each([
    "With the close of the summit the chairmanship passed from Uzbekistan to Kazakhstan.",
    "At the closing ceremony Uzbekistan handed over the chairmanship to Kazakhstan.",
    "At the end of the meeting the chairmanship passed from Uzbekistan to Kazakhstan.",
  ])("%s", (sentence) => {
    expect(
      handover(`${opening} President Timur Aliev of Uzbekistan chaired the summit. ${sentence}`),
    ).toEqual([`${ids.country("UZ")} ? → 2019-03-14`, `${ids.country("KZ")} 2019-03-14 → …`]);
  });

  it("dates a handover the sentence does not place to the day the meeting closed", () => {
    expect(
      handover(
        `${opening} President Timur Aliev of Uzbekistan chaired the summit. The chairmanship passed from Uzbekistan to Kazakhstan.`,
      ),
    ).toEqual([`${ids.country("UZ")} ? → 2019-03-14`, `${ids.country("KZ")} 2019-03-14 → …`]);
  });
});

describe("a range of years after the other side is the incoming term's", () => {
  it.each([
    [
      "President Daniil Vorkut of Belarus chaired. The chairmanship of the CIS passed from Belarus to Russia for 2019–2020.",
      [`${ids.country("BY")} ? → 2019-03-14`, `${ids.country("RU")} 2019-03-14 → …`],
    ],
    [
      "President Daniil Vorkut of Belarus chaired. Russia takes over the chairmanship for 2020–2021.",
      [`${ids.country("BY")} ? → 2020`, `${ids.country("RU")} 2020 → …`],
    ],
    [
      "President Daniil Vorkut of Belarus chaired the session. Russia will hold the chairmanship for 2020-2021.",
      [`${ids.country("BY")} ? → 2020`, `${ids.country("RU")} 2020 → …`],
    ],
  ])("%s", (sentences, terms) => {
    expect(handover(`${CIS} ${sentences}`)).toEqual(terms);
  });
});

describe("a semicolon closes the clause before 'X chaired'", () => {
  it.each([
    'Malaysia chose the theme "Unity and Growth"; Prime Minister Arif Hamzah of Malaysia chaired the meetings.',
    "The host set the agenda of Trade and Security; Prime Minister Arif Hamzah of Malaysia chaired the meetings.",
    "Malaysia, the presiding state, chose the theme “Unity and Growth”; Prime Minister Arif Hamzah of Malaysia chaired.",
  ])("%s", (sentence) => {
    const { participants } = read(`${ASEAN} ${sentence}`, worldKnowledge);
    expect(participants.map((participant) => [nameOf(participant), participant.role.value])).toEqual([
      ["Arif Hamzah", "chair"],
    ]);
  });
});

describe("a leader called by the first of their names", () => {
  it.each([
    "Prime Minister Arif Hamzah of Malaysia chaired the summit. At its close Prime Minister Arif handed over the chairmanship to the Philippines.",
    "President Bayu Santoso of Indonesia took part. President Bayu spoke on trade at the summit.",
    "Prime Minister Somchai Rattana of Thailand attended. Prime Minister Somchai addressed the meeting.",
  ])("%s", (sentences) => {
    expect(read(`${ASEAN} ${sentences}`, worldKnowledge).participants).toHaveLength(1);
  });

  it("keeps apart a one-word name whose post differs", () => {
    const { participants } = read(
      `${ASEAN} President Bayu Santoso of Indonesia took part. Foreign Minister Bayu addressed the meeting.`,
      worldKnowledge,
    );
    expect(participants.map(nameOf)).toEqual(["Bayu Santoso", "Bayu"]);
  });
});

describe("the country of the delegation a titled person led", () => {
  it.each([
    "State Counsellor Daw Khin Mya led the delegation of Myanmar.",
    "State Counsellor Daw Khin Mya headed the delegation of Myanmar at the summit.",
    "State Counsellor Daw Khin Mya led the Myanmar delegation.",
  ])("%s", (sentence) => {
    const [participant] = read(`${ASEAN} ${sentence}`, worldKnowledge).participants;
    expect(postOf(participant!)).toBe("State Counsellor of Myanmar");
    expect(participant!.category.value).toBe("member_state");
  });
});

describe("taking one's seat, and the leaders named after 'among them'", () => {
  it.each([
    "Prime Minister Ana Belo of Timor-Leste took her seat as the leader of the eleventh member state.",
    "Prime Minister Ana Belo of Timor-Leste took up her seat at the table.",
    "Prime Minister Ana Belo of Timor-Leste then took her seat among the leaders.",
  ])("%s", (sentence) => {
    expect(read(`${ASEAN} ${sentence}`, worldKnowledge).participants.map(nameOf)).toEqual(["Ana Belo"]);
  });

  it.each([
    "The leaders of the dialogue partners came for the summits, among them President Tom Reed of the United States and Premier Wang Lei of China.",
    "Partners' leaders arrived for the related summits, including President Tom Reed of the United States and Premier Wang Lei of China.",
    "The guests came for the ASEAN Plus Three meeting, notably President Tom Reed of the United States and Premier Wang Lei of China.",
  ])("%s", (sentence) => {
    expect(read(`${ASEAN} ${sentence}`, worldKnowledge).participants.map(nameOf)).toEqual([
      "Tom Reed",
      "Wang Lei",
    ]);
  });

  it("reads no one named after 'among them' when the group did something else", () => {
    expect(
      read(
        `${ASEAN} The leaders praised several partners, among them President Tom Reed of the United States.`,
        worldKnowledge,
      ).participants,
    ).toEqual([]);
  });
});

describe("a list after a format of the meeting and a colon", () => {
  it.each([
    "The heads of state first met in a narrow circle: President Arman Teselov of Kazakhstan, President Daniil Vorkut of Belarus and President Ruslan Abdykov of Kyrgyzstan.",
    "The leaders met in restricted format: President Arman Teselov of Kazakhstan, President Daniil Vorkut of Belarus and President Ruslan Abdykov of Kyrgyzstan.",
    "The heads of the member states — President Timur Aliev of Uzbekistan, who chaired, among them — met in a narrow format: President Arman Teselov of Kazakhstan, President Daniil Vorkut of Belarus and President Ruslan Abdykov of Kyrgyzstan.",
  ])("%s", (sentence) => {
    expect(read(`${CIS} ${sentence}`).participants.map(nameOf)).toEqual(
      expect.arrayContaining(["Arman Teselov", "Daniil Vorkut", "Ruslan Abdykov"]),
    );
  });
});

describe("country names that take 'the' in a new post's label", () => {
  it.each([
    ["United States", "the United States"],
    ["United Kingdom", "the United Kingdom"],
    ["Netherlands", "the Netherlands"],
    ["Marshall Islands", "the Marshall Islands"],
    ["Dominican Republic", "the Dominican Republic"],
    ["France", "France"],
    ["Sri Lanka", "Sri Lanka"],
  ])("%s", (name, label) => {
    expect(withArticle(name)).toBe(label);
  });

  it("labels the post of a country the reference data lacks with the article", () => {
    const { participants } = read(
      `${ASEAN} President Tom Reed of the United States and Prime Minister Jan de Vries of the Netherlands took part.`,
      worldKnowledge,
    );
    expect(participants.map(postOf)).toEqual([
      "President of the United States",
      "Prime Minister of the Netherlands",
    ]);
  });
});

describe("knowledge: ASEAN and SCO memberships over time", () => {
  it("reads Myanmar's leader as an ASEAN member", () => {
    const [participant] = read(
      `${ASEAN} President Min Aung of Myanmar took part.`,
      worldKnowledge,
    ).participants;
    expect(participant!.category.value).toBe("member_state");
  });

  it.each([
    ["2010", "observer_state"],
    ["2016", "observer_state"],
    ["2018", "member_state"],
  ])("reads India at the SCO in %s as %s", (year, category) => {
    const [participant] = read(
      `TASHKENT, 14 June ${year} — The Council of Heads of State of the Shanghai Cooperation Organisation met today. Prime Minister Ravi Menon of India took part.`,
      worldKnowledge,
    ).participants;
    expect(participant!.category.value).toBe(category);
  });

  it.each([
    ["14 March 2024", "observer_state"],
    ["27 October 2025", "member_state"],
  ])("reads Timor-Leste at ASEAN on %s as %s", (date, category) => {
    const [participant] = read(
      `JAKARTA, ${date} — The ASEAN Summit was held today. Prime Minister Ana Belo of Timor-Leste took part.`,
      worldKnowledge,
    ).participants;
    expect(participant!.category.value).toBe(category);
  });
});

describe("a title that is only a country names no post", () => {
  const SCO = "TASHKENT, 14 March 2019 — The SCO Council of Heads of State met today.";
  it.each([
    "The heads of delegations were: Armenia – Arsen Melikyan; Belarus – Daniil Vorkut; Kyrgyzstan – Ruslan Abdykov.",
    "Taking part were Armenia – Arsen Melikyan, Belarus – Daniil Vorkut and Kyrgyzstan – Ruslan Abdykov.",
    "The delegations were led by: Armenia – Arsen Melikyan, Belarus – Daniil Vorkut, Kyrgyzstan – Ruslan Abdykov.",
  ])("%s", (sentence) => {
    const { participants } = read(`${SCO} ${sentence}`);
    const melikyan = participants.find((participant) => nameOf(participant) === "Arsen Melikyan");
    expect(melikyan?.post).toBeNull();
    expect(melikyan?.country?.value.countryId).toBe(ids.country("AM"));
  });
});

describe("guests and observers who 'included' or 'were' the people after them", () => {
  const SCO =
    "TASHKENT, 14 March 2019 — The SCO Council of Heads of State met today. President Arman Teselov of Kazakhstan took part.";
  it.each([
    [
      "Invited guests included President Batyr Orazov of Turkmenistan and President Elnur Mammadov of Azerbaijan.",
      "guest_state",
    ],
    [
      "Guests were President Batyr Orazov of Turkmenistan and President Elnur Mammadov of Azerbaijan.",
      "guest_state",
    ],
    [
      "Special guests also included President Batyr Orazov of Turkmenistan and President Elnur Mammadov of Azerbaijan.",
      "guest_state",
    ],
    [
      "Observers included President Batyr Orazov of Turkmenistan and President Elnur Mammadov of Azerbaijan.",
      "observer_state",
    ],
  ])("%s", (sentence, category) => {
    const { participants } = read(`${SCO} ${sentence}`);
    expect(participants.map((participant) => [nameOf(participant), participant.category.value])).toEqual([
      ["Arman Teselov", "member_state"],
      ["Batyr Orazov", category],
      ["Elnur Mammadov", category],
    ]);
  });

  it("reads no one after 'the guests were welcomed by'", () => {
    expect(
      read(`${SCO} The guests were welcomed by President Batyr Orazov of Turkmenistan.`).participants.map(
        nameOf,
      ),
    ).toEqual(["Arman Teselov"]);
  });
});

describe("the people under a sub-heading that names a capacity", () => {
  const SCO = "TASHKENT, 14 March 2019 — The SCO Council of Heads of State met today.";
  it.each([
    ["Observer states", "observer_state"],
    ["Guests of the Chair", "guest_state"],
    ["Dialogue partners", "dialogue_partner"],
  ])("%s", (heading, category) => {
    const { participants } = read(
      `${SCO} President Arman Teselov of Kazakhstan took part.\n\n${heading}\n\nPresident Batyr Orazov of Turkmenistan and President Elnur Mammadov of Azerbaijan took part.`,
    );
    expect(participants.map((participant) => participant.category.value)).toEqual([
      "member_state",
      category,
      category,
    ]);
  });

  it("ends at a heading that names no capacity", () => {
    const { participants } = read(
      `${SCO}\n\nObserver states\n\nPresident Batyr Orazov of Turkmenistan took part.\n\nThe talks\n\nPresident Arman Teselov of Kazakhstan took part.`,
    );
    expect(participants.map((participant) => participant.category.value)).toEqual([
      "observer_state",
      "member_state",
    ]);
  });
});

describe("the people a relative clause says attended", () => {
  it.each([
    [
      "Belarus hosted the summit, which President Arman Teselov of Kazakhstan and President Ruslan Abdykov of Kyrgyzstan attended.",
      ["Arman Teselov", "Ruslan Abdykov"],
    ],
    [
      "The talks, which President Arman Teselov of Kazakhstan attended, were held in Minsk.",
      ["Arman Teselov"],
    ],
    [
      "President Daniil Vorkut of Belarus opened the talks, which President Arman Teselov of Kazakhstan attended.",
      ["Daniil Vorkut", "Arman Teselov"],
    ],
  ])("%s", (sentence, names) => {
    expect(read(`${CIS} ${sentence}`).participants.map(nameOf)).toEqual(names);
  });
});

describe("the chair 'with X presiding'", () => {
  it.each([
    "MINSK, 14 March 2019 — The Council of Heads of State of the Commonwealth of Independent States met today with President Daniil Vorkut of Belarus presiding.",
    "MINSK, 14 March 2019 — The Council of Heads of State of the Commonwealth of Independent States met today, with President Daniil Vorkut of Belarus chairing.",
    "MINSK, 14 March 2019 — The session of the Council of Heads of State of the Commonwealth of Independent States was held with President Daniil Vorkut of Belarus presiding over it.",
  ])("%s", (text) => {
    const { participants } = read(`${text} President Arman Teselov of Kazakhstan took part.`);
    expect(participants.map((participant) => [nameOf(participant), participant.role.value])).toEqual([
      ["Daniil Vorkut", "chair"],
      ["Arman Teselov", "head_of_delegation"],
    ]);
  });

  it("leaves a later meeting 'with X presiding' to that meeting", () => {
    const { participants } = read(
      `${CIS} President Arman Teselov of Kazakhstan took part. The next summit will be held with President Daniil Vorkut of Belarus presiding.`,
    );
    expect(participants.map(nameOf)).toEqual(["Arman Teselov"]);
  });
});

describe("a meeting over two days of two months", () => {
  const span = (text: string) =>
    findDates(text).map(
      ({ start, end }) =>
        `${start.year ?? "?"}-${start.month}-${start.day} → ${end.year ?? "?"}-${end.month}-${end.day}`,
    );
  it.each([
    ["held on 28 February and 1 March 2009", "2009-2-28 → 2009-3-1"],
    ["held from 28 February to 1 March 2009", "2009-2-28 → 2009-3-1"],
    ["held on 28 February – 1 March 2009", "2009-2-28 → 2009-3-1"],
    ["held on February 28 and March 1, 2009", "2009-2-28 → 2009-3-1"],
    ["held from February 28 to March 1, 2009", "2009-2-28 → 2009-3-1"],
    ["held on November 30–December 1, 2013", "2013-11-30 → 2013-12-1"],
    ["held on 28–29 February 2016", "2016-2-28 → 2016-2-29"],
    ["held on February 28 and March 1", "?-2-28 → ?-3-1"],
  ])("%s", (text, expected) => {
    expect(span(text)).toEqual([expected]);
  });

  it("reads the meeting's first day from the first of the two", () => {
    const { startDate, endDate } = read(
      "UFA, 2 March 2009 — The Council of Heads of State of the Commonwealth of Independent States met on February 28 and March 1, 2009.",
    );
    expect([startDate?.value, endDate?.value]).toEqual(["2009-02-28", "2009-03-01"]);
  });
});
