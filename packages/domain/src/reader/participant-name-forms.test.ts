// Participant names in their long and short forms: patronymics (Russian, Kazakh, Kyrgyz, Azerbaijani), styles inside a
// Malay name, and a state whose name holds another country's demonym or name. Every
// person here is invented unless the knowledge holds them (Putin, Tokayev, Aliyev).
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { withoutPatronymic } from "./names";
import { readPressRelease } from "./read-press-release";

const read = (sentences: string, opening = "The Council of Heads of State of the CIS met today.") =>
  readPressRelease(`ASTANA, 14 March 2019 — ${opening} ${sentences}`, knowledge).participants.map(
    (participant) => {
      const person = participant.person.value;
      const post = participant.post?.value;
      return {
        name: person.status === "matched" ? person.label : person.proposed.name,
        matched: person.status === "matched",
        post: post ? (post.status === "matched" ? post.label : post.proposed.label) : null,
      };
    },
  );
const names = (sentences: string, opening?: string) => read(sentences, opening).map((p) => p.name);

describe("a patronymic between the given and the family name", () => {
  it.each([
    ["Askar Akayevich Akayev", "Askar Akayev"],
    ["Kassym-Jomart Kemeluly Tokayev", "Kassym-Jomart Tokayev"],
    ["Ilham Heydar oglu Aliyev", "Ilham Aliyev"],
    ["Sadyr Nurgozhoevich Japarov", "Sadyr Japarov"],
    ["Valentina Ivanovna Matviyenko", "Valentina Matviyenko"],
    ["Almazbek Sharshen uulu Atambayev", "Almazbek Atambayev"],
  ])("%s → %s", (long, short) => {
    expect(withoutPatronymic(long)).toBe(short);
  });

  it.each(["Nguyen Tan Dung", "Lee Hsien Loong", "Benigno S. Aquino III", "Vladimirovich Petrov"])(
    "leaves %s as it is",
    (name) => {
      expect(withoutPatronymic(name)).toBe(name);
    },
  );

  it.each([
    "The meeting was attended by Vladimir Vladimirovich Putin, President of the Russian Federation, and Daniil Borisovich Vorkut, President of Belarus.",
    "Taking part were President of the Russian Federation Vladimir Vladimirovich Putin and President of Belarus Daniil Borisovich Vorkut.",
    "The session was attended by the President of the Russian Federation, Vladimir Vladimirovich Putin; and the President of Belarus, Daniil Borisovich Vorkut.",
  ])("a known leader is found and an unknown one proposed without it: %s", (sentence) => {
    expect(read(sentence)).toEqual([
      expect.objectContaining({ name: "Vladimir Putin", matched: true }),
      expect.objectContaining({ name: "Daniil Vorkut", matched: false }),
    ]);
  });

  it.each([
    "Arman Serikuly Teselov, President of Kazakhstan, attended the summit. President Teselov spoke on transit.",
    "Arman Serikuly Teselov, President of Kazakhstan, attended the summit. A.S.Teselov spoke at the session.",
    "President of Kazakhstan Arman Serikuly Teselov took part in the meeting. Speaking at the session, President Arman Teselov proposed a transit hub.",
  ])("the long and the short form are one participant: %s", (sentence) => {
    expect(names(sentence)).toEqual(["Arman Serikuly Teselov"].map(withoutPatronymic));
  });
});

describe("a style between two words of a name", () => {
  it.each([
    [
      "Dato' Sri Mohd Najib Tun Abdul Razak, Prime Minister of Malaysia, attended the summit.",
      "Mohd Najib Tun Abdul Razak",
    ],
    ["The summit was attended by Dato' Seri Azlan Tun Hamid, Prime Minister of Malaysia.", "Azlan Tun Hamid"],
    [
      "Pehin Datu Rahman Haji Osman, Prime Minister of Malaysia, took part in the meeting.",
      "Datu Rahman Haji Osman",
    ],
  ])("%s", (sentence, name) => {
    expect(names(sentence, "The 20th ASEAN Summit was held today.")).toEqual([name]);
  });

  it("a style before the name is still no part of it", () => {
    expect(
      names(
        "Taking part was Tun Azlan Hamid, Prime Minister of Malaysia.",
        "The 20th ASEAN Summit was held today.",
      ),
    ).toEqual(["Azlan Hamid"]);
  });
});

describe("a state whose name holds another country's demonym or name", () => {
  it.each([
    [
      "Ersan Kaplan, President of the Turkish Republic of Northern Cyprus, attended as an observer.",
      "President of the Turkish Republic of Northern Cyprus",
    ],
    [
      "Taking part as an observer was Ersan Kaplan, President of the Turkish Republic of Northern Cyprus.",
      "President of the Turkish Republic of Northern Cyprus",
    ],
    ["Ersan Kaplan, Chairman of Inner Mongolia, attended the summit.", "Chairman of Inner Mongolia"],
  ])("%s", (sentence, post) => {
    expect(
      read(sentence, "The Council of Heads of State of the Organization of Turkic States met today."),
    ).toEqual([expect.objectContaining({ name: "Ersan Kaplan", post })]);
  });
});

describe("a shorter form of a name given in full is the same participant", () => {
  const opening = "The 20th ASEAN Summit was held today.";
  it.each([
    "Dato' Sri Mohd Azlan Tun Abdul Hamid, Prime Minister of Malaysia, attended the summit. Speaking at the summit, Prime Minister Azlan called for unity.",
    "Sheikh Hamdan bin Rashid Al Falasi, Prime Minister of Malaysia, attended the summit. Sheikh Hamdan addressed the summit on trade.",
    "Sheikh Hamdan bin Rashid Al Falasi, Prime Minister of Malaysia, attended the summit. Speaking at the summit, Prime Minister Sheikh Hamdan bin Rashid called for unity.",
    "Samdech Akka Moha Sena Padei Techo Vann Sok, Prime Minister of Cambodia, attended the summit. In his speech at the summit, Samdech Techo Vann Sok called for unity.",
  ])("%s", (sentence) => {
    expect(names(sentence, opening)).toHaveLength(1);
  });

  it.each([
    "Dato' Sri Mohd Azlan Tun Abdul Hamid, Prime Minister of Malaysia, attended the summit. Speaking at the summit, ASEAN Secretary-General Azlan called for unity.",
    "Dato' Sri Mohd Azlan Tun Abdul Hamid, Prime Minister of Malaysia, attended the summit. Speaking at the summit, President Azlan of Indonesia called for unity.",
  ])("not when the title says it is someone else: %s", (sentence) => {
    expect(names(sentence, opening)).toHaveLength(2);
  });
});

describe("a family name written in capitals is proposed as a name", () => {
  it.each([
    ["The summit was attended by H.E. NGUYEN Van Thanh, Prime Minister of Viet Nam.", "Nguyen Van Thanh"],
    ["The summit was attended by Prime Minister NGUYEN Van Thanh of Viet Nam.", "Nguyen Van Thanh"],
    ["Taking part was H.E. Dr. TRAN Minh Quoc, President of Viet Nam.", "Tran Minh Quoc"],
  ])("%s", (sentence, name) => {
    expect(names(sentence, "The 20th ASEAN Summit was held today.")).toEqual([name]);
  });

  it("and called by its family name later, is the same participant", () => {
    expect(
      names(
        "The summit was attended by H.E. NGUYEN Van Thanh, Prime Minister of Viet Nam. Speaking at the summit, Prime Minister Nguyen called for unity.",
        "The 20th ASEAN Summit was held today.",
      ),
    ).toEqual(["Nguyen Van Thanh"]);
  });
});

describe("a known leader called by initials of a hyphenated given name, or by the first given name and a title", () => {
  const at = (sentence: string) =>
    readPressRelease(
      `JAKARTA, 5 September 2023 — The 43rd ASEAN Summit was held today. ${sentence}`,
      knowledge,
    )
      .participants.map((participant) => participant.person.value)
      .map((person) => (person.status === "matched" ? person.label : `new:${person.proposed.name}`));

  it.each([
    ["Taking part was E.Sh.Rahmon, President of Tajikistan.", "Emomali Rahmon"],
    ["Taking part was K.-J.Tokayev, President of Kazakhstan.", "Kassym-Jomart Tokayev"],
    ["Taking part was Sh.M.Mirziyoyev, President of Uzbekistan.", "Shavkat Mirziyoyev"],
  ])("%s", (sentence, name) => {
    expect(at(sentence)).toEqual([name]);
  });

  it.each([
    ["Taking part was Emir Tamim of Qatar.", "Tamim bin Hamad Al Thani"],
    ["Taking part was Prime Minister Anwar of Malaysia.", "Anwar Ibrahim"],
    ["Taking part was President Joko of Indonesia.", "Joko Widodo"],
  ])("%s", (sentence, name) => {
    expect(at(sentence)).toEqual([name]);
  });

  it("not a given name with no title to say which post", () => {
    expect(
      at("Taking part was Anwar, who arrived from Kuala Lumpur, and President Joko of Indonesia."),
    ).not.toContain("Anwar Ibrahim");
  });
});
