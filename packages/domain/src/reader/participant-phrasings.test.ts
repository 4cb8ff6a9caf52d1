// Participant phrasings of real releases read in the third participants round: lists opened by "Among the leaders
// who attended were", a host named with a comma title before "hosted", and the others added with them below. Every
// person here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const read = (sentences: string, opening = "The Council of Heads of State of the CIS met today.") =>
  readPressRelease(`ASTANA, 14 March 2019 — ${opening} ${sentences}`, knowledge).participants.map(
    (participant) => {
      const person = participant.person as { value?: { label?: string; proposed?: { name?: string } } };
      return {
        name: person.value?.label ?? person.value?.proposed?.name,
        role: participant.role.value,
        category: participant.category.value,
      };
    },
  );
const SCO_SUMMIT = "The Council of Heads of State of the Shanghai Cooperation Organisation met today.";
const names = (sentences: string, opening?: string) => read(sentences, opening).map((p) => p.name);

describe("a list after 'among the leaders who attended were'", () => {
  it.each([
    "Among the leaders who attended were President Arman Teselov of Kazakhstan and President Daniil Vorkut of Belarus.",
    "Among the heads of state who took part were President Arman Teselov of Kazakhstan and President Daniil Vorkut of Belarus.",
    "Among the other leaders who were present at the talks were President Arman Teselov of Kazakhstan and President Daniil Vorkut of Belarus.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(["Arman Teselov", "Daniil Vorkut"]);
  });

  it("not the leaders who only sent greetings", () => {
    expect(names("Among the leaders who sent greetings were President Arman Teselov of Kazakhstan.")).toEqual(
      [],
    );
  });
});

describe("a host named with a comma title before 'hosted'", () => {
  it.each([
    "Daniil Vorkut, President of Belarus, hosted the summit in Minsk. Taking part was President Arman Teselov of Kazakhstan.",
    "Daniil Vorkut, the President of Belarus, hosted the meeting. Taking part was President Arman Teselov of Kazakhstan.",
    "Daniil Vorkut, President of Belarus, opened the session. Taking part was President Arman Teselov of Kazakhstan.",
  ])("%s", (sentence) => {
    expect(read(sentence, "The Council of Heads of State of the CIS held a session.")).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: "Daniil Vorkut", role: "chair" })]),
    );
  });

  it("not the host of the next summit", () => {
    expect(
      names(
        "Taking part was President Arman Teselov of Kazakhstan. Daniil Vorkut, President of Belarus, will host the next summit.",
      ),
    ).toEqual(["Arman Teselov"]);
  });
});

describe("a colon list after a meeting with a group of leaders, or after a round-up's heading", () => {
  it.each([
    "The member states then met the leaders of the observer states in a separate session: President Arman Teselov of Kazakhstan and President Daniil Vorkut of Belarus.",
    "The heads of state also met with the heads of delegations of the guest countries: President Arman Teselov of Kazakhstan and President Daniil Vorkut of Belarus.",
    "Around the table: President Arman Teselov of Kazakhstan, Belarus's Daniil Vorkut and President Ruslan Abdykov of Kyrgyzstan.",
    "At the round table: President Arman Teselov of Kazakhstan and President Daniil Vorkut of Belarus.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(expect.arrayContaining(["Arman Teselov", "Daniil Vorkut"]));
  });

  it("gives the observers' heading to its list", () => {
    expect(
      read(
        "The member states then met the leaders of the observer states: President Arman Teselov of Kazakhstan and President Daniil Vorkut of Belarus.",
      ).map((p) => p.category),
    ).toEqual(["observer_state", "observer_state"]);
  });

  it("keeps a dash aside with a city out of the list", () => {
    expect(
      names(
        "Around the table: President Arman Teselov of Kazakhstan, Daniil Vorkut of Belarus — who flew in from Moscow on Wednesday — , and President Ruslan Abdykov of Kyrgyzstan.",
      ),
    ).toEqual(["Arman Teselov", "Daniil Vorkut", "Ruslan Abdykov"]);
  });

  it("not a list of topics after a meeting with business leaders", () => {
    expect(
      names(
        "The presidents met the leaders of the business councils of the member states: trade and transport were discussed.",
      ),
    ).toEqual([]);
  });
});

describe("the capacity a person named alone came in, after their verb", () => {
  it.each([
    ["President Hamid Sarwari of Afghanistan came as a guest of the host country.", "guest_state"],
    [
      "Gurban Atayev, President of Turkmenistan, which is not a member of the Commonwealth, took part as a guest of honour.",
      "guest_state",
    ],
    ["President Gurban Atayev of Turkmenistan attended the summit as an observer.", "observer_state"],
    ["President Hamid Sarwari of Afghanistan was present as a special guest of the chair.", "guest_state"],
  ])("%s", (sentence, category) => {
    // At an SCO summit, where the reference data holds Afghanistan as an observer: the text's words win.
    expect(read(sentence, SCO_SUMMIT)).toEqual([expect.objectContaining({ category })]);
  });

  it("not a country's relative clause that denies something else", () => {
    expect(
      names(
        "Gurban Atayev, President of Turkmenistan, which is not a member of the Commonwealth, took part.",
      ),
    ).toEqual(["Gurban Atayev"]);
  });

  it("still not someone who did not take part", () => {
    expect(names("President Hamid Sarwari of Afghanistan, who was ill, did not take part.")).toEqual([]);
  });
});

describe("a chair with a leader's title and no country is the host's leader", () => {
  const chairOf = (release: string) => {
    const proposal = readPressRelease(release, knowledge);
    const chair = proposal.participants.find((p) => p.role.value === "chair");
    const post = chair?.post?.value;
    return post?.status === "matched" ? post.id : post ? `new:${post.proposed.label}` : null;
  };

  it.each([
    [
      "YEREVAN, 14 October 2016 — The Collective Security Council of the CSTO met in the Armenian capital, with President Aram Vardanyan in the chair. President Daniil Vorkut of Belarus took part.",
      "pstpresidentofarmenia",
    ],
    [
      "TASHKENT, 17 June 2004 — The SCO heads of state met in the Uzbek capital, chaired by host President Rustam Aliev. President Daniil Vorkut of Belarus took part.",
      "pstpresidentofuzbekistan",
    ],
    [
      "Republic of Armenia, Ministry of Foreign Affairs, Press Release\n\nThe Collective Security Council of the CSTO met in Yerevan on 14 October 2016 under the chairmanship of President Aram Vardanyan. President Daniil Vorkut of Belarus took part.",
      "pstpresidentofarmenia",
    ],
  ])("%s", (release, post) => {
    expect(chairOf(release)).toBe(post);
  });

  it("not when the text names two capitals", () => {
    expect(
      chairOf(
        "YEREVAN, 14 October 2016 — The Collective Security Council of the CSTO met in the Armenian capital, with President Aram Vardanyan in the chair, a week after a meeting in the Belarusian capital. President Daniil Vorkut of Belarus took part.",
      ),
    ).toBe("new:President");
  });

  it("not a participant who is not the chair", () => {
    expect(
      read(
        "The leaders met in the Armenian capital. President Aram Vardanyan took part.",
        "The Collective Security Council of the CSTO met today.",
      ).map((p) => p.name),
    ).toEqual(["Aram Vardanyan"]);
  });
});

describe("an organization's name before one capitalised word is no person", () => {
  it.each([
    "President Arman Teselov of Kazakhstan took part. The leaders welcomed the ASEAN Outlook on the Indo-Pacific.",
    "President Arman Teselov of Kazakhstan took part. The leaders welcomed the SCO Charter and the CSTO Strategy.",
    "President Arman Teselov of Kazakhstan took part. The summit was attended by the CIS Secretariat.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(["Arman Teselov"]);
  });

  it("still an official named by the organization and a title", () => {
    expect(
      names(
        "The meeting was attended by President Arman Teselov of Kazakhstan and CIS Executive Secretary Oleg Marchuk.",
      ),
    ).toEqual(["Arman Teselov", "Oleg Marchuk"]);
  });
});

describe("a date opening the sentence is no part of its subject", () => {
  it.each([
    "On 3 November 2019, General Arman Teselov, President of Kazakhstan, presided over the session.",
    "On November 3, 2019, Arman Teselov, President of Kazakhstan, chaired the session.",
    "On Thursday, President Arman Teselov of Kazakhstan chaired the session.",
  ])("%s", (sentence) => {
    expect(read(sentence)).toEqual([expect.objectContaining({ name: "Arman Teselov", role: "chair" })]);
  });
});

describe("'his last summit as president' is this meeting", () => {
  it.each([
    "President Arman Teselov of Kazakhstan attended his last summit as president.",
    "President Arman Teselov of Kazakhstan, whose term ends in August, attended his last summit as head of state.",
    "President Arman Teselov of Kazakhstan took part in his final summit as president.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(["Arman Teselov"]);
  });

  it("not the last summit, which is another one", () => {
    expect(
      names(
        "President Arman Teselov of Kazakhstan took part. President Daniil Vorkut of Belarus attended the last summit, in 2018.",
      ),
    ).toEqual(["Arman Teselov"]);
  });
});

describe("a country that chairs the organization in the meeting's year chairs the meeting", () => {
  const chair = (sentence: string) => read(sentence).find((p) => p.role === "chair")?.name ?? null;
  const LIST = "President Daniil Vorkut of Belarus and President Arman Teselov of Kazakhstan took part.";

  it.each([
    `${LIST} Belarus chairs the Commonwealth's bodies in 2019.`,
    `${LIST} Belarus chairs the Commonwealth in 2019.`,
    `${LIST} Belarus presides over the Commonwealth's bodies during 2019.`,
  ])("%s", (sentence) => {
    expect(chair(sentence)).toBe("Daniil Vorkut");
  });

  it.each([
    `${LIST} Belarus chairs the Commonwealth in 2020.`,
    `${LIST} Belarus chaired the Commonwealth in 2018.`,
  ])("not another year's term: %s", (sentence) => {
    expect(chair(sentence)).toBeNull();
  });
});

describe("leaders welcomed by title after a sentence on the summit", () => {
  it.each([
    "The leaders met today for the summit. President Daniil Vorkut of Belarus welcomed President Arman Teselov of Kazakhstan and President Ruslan Abdykov of Kyrgyzstan.",
    "The summit opened this morning. President Daniil Vorkut of Belarus greeted President Arman Teselov of Kazakhstan, President Ruslan Abdykov of Kyrgyzstan and President Farrukh Nazarov of Tajikistan.",
    "The heads of state gathered for the session. President Daniil Vorkut of Belarus warmly welcomed President Arman Teselov of Kazakhstan and Prime Minister Ruslan Abdykov of Kyrgyzstan.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(
      expect.arrayContaining(["Daniil Vorkut", "Arman Teselov", "Ruslan Abdykov"]),
    );
  });

  it("not one leader welcomed, with no meeting named", () => {
    expect(
      names(
        "Officials said little. President Daniil Vorkut of Belarus welcomed President Arman Teselov of Kazakhstan.",
      ),
    ).toEqual([]);
  });
});

describe("a list after 'The other leaders … were'", () => {
  it.each([
    "President Daniil Vorkut of Belarus presided. The other leaders of the Commonwealth were President Arman Teselov of Kazakhstan and President Ruslan Abdykov of Kyrgyzstan.",
    "President Daniil Vorkut of Belarus presided. The other heads of state were President Arman Teselov of Kazakhstan and President Ruslan Abdykov of Kyrgyzstan.",
    "President Daniil Vorkut of Belarus presided. The other leaders present were President Arman Teselov of Kazakhstan and President Ruslan Abdykov of Kyrgyzstan.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(["Daniil Vorkut", "Arman Teselov", "Ruslan Abdykov"]);
  });

  it("not a sentence on the other leaders' views", () => {
    expect(
      names("President Daniil Vorkut of Belarus presided. The other leaders were united on trade."),
    ).toEqual(["Daniil Vorkut"]);
  });
});

describe("the host's country from the chairmanship it holds", () => {
  const postOf = (release: string, name: string) => {
    const participant = readPressRelease(release, knowledge).participants.find(
      (p) => p.nameAsStated === name,
    );
    const post = participant?.post?.value;
    return post?.status === "matched" ? post.id : post ? `new:${post.proposed.label}` : null;
  };

  it.each([
    "MINSK, 14 March 2019 — The leaders met today for the summit of the CIS. President Daniil Vorkut welcomed President Arman Teselov of Kazakhstan and President Ruslan Abdykov of Kyrgyzstan. Belarus took over the chairmanship at last year's summit.",
    "MINSK, 14 March 2019 — The Council of Heads of State of the CIS met today, chaired by President Daniil Vorkut. President Arman Teselov of Kazakhstan took part. Belarus, which has held the chairmanship since January, proposed a plan.",
    "MINSK, 14 March 2019 — The Council of Heads of State of the CIS met today with President Daniil Vorkut in the chair. President Arman Teselov of Kazakhstan took part. Belarus holds the CIS chairmanship.",
  ])("%s", (release) => {
    expect(postOf(release, "Daniil Vorkut")).toBe("pstpresidentofbelarus");
  });

  it("not the country that takes over at the meeting", () => {
    expect(
      postOf(
        "MINSK, 14 March 2019 — The Council of Heads of State of the CIS met today, chaired by President Daniil Vorkut. President Arman Teselov of Kazakhstan took part. At the end, Kazakhstan took over the chairmanship.",
        "Daniil Vorkut",
      ),
    ).toBe("new:President");
  });
});

describe("round-up lists with no attendance verb of their own", () => {
  it.each([
    "Kazakhstan's Arman Teselov, Belarus's Daniil Vorkut and Ruslan Abdykov of Kyrgyzstan were there.",
    "Arman Teselov (Kazakhstan), Daniil Vorkut (Belarus) and Ruslan Abdykov (Kyrgyzstan) discussed trade at the summit.",
    "President Arman Teselov of Kazakhstan, President Daniil Vorkut of Belarus and President Ruslan Abdykov of Kyrgyzstan were on hand for the signing.",
    "Leaders at the table included Kazakhstan's Arman Teselov, Belarusian President Daniil Vorkut and Ruslan Abdykov of Kyrgyzstan.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(["Arman Teselov", "Daniil Vorkut", "Ruslan Abdykov"]);
  });

  it.each([
    "President Arman Teselov of Kazakhstan took part. Daniil Vorkut and Ruslan Abdykov discussed trade at the business forum.",
    "President Arman Teselov of Kazakhstan took part. There were no journalists there.",
  ])("not people at another event, nor 'there were': %s", (sentence) => {
    expect(names(sentence)).toEqual(["Arman Teselov"]);
  });
});

describe("an envoy to an organization is no official of it", () => {
  const people = (sentence: string) =>
    readPressRelease(
      `ASTANA, 14 March 2019 — The Council of Heads of State of the Commonwealth of Independent States met today. ${sentence}`,
      knowledge,
    ).participants.map((p) => ({
      name: p.nameAsStated,
      post: p.post?.value.status === "matched" ? p.post.value.id : (p.post?.value.proposed.label ?? null),
      category: p.category.value,
    }));

  it.each([
    "President Arman Teselov of Kazakhstan took part. Oleg Marchuk, Ambassador to the CIS, was also present.",
    "President Arman Teselov of Kazakhstan took part. Oleg Marchuk, Permanent Representative to the Commonwealth of Independent States, was also present.",
    "President Arman Teselov of Kazakhstan took part. Oleg Marchuk, Special Representative to the CIS, attended.",
  ])("%s", (sentence) => {
    const envoy = people(sentence).find((p) => p.name === "Oleg Marchuk");
    expect(envoy?.category).not.toBe("igo_official");
    expect(envoy?.category).not.toBe("guest_organization");
  });

  it("a country's permanent representative holds no post of its president", () => {
    const envoy = people(
      "The meeting was attended by President Daniil Vorkut of Belarus, President Arman Teselov of Kazakhstan and Permanent Representative of Belarus to the CIS Oleg Marchuk.",
    ).find((p) => p.name === "Oleg Marchuk");
    expect(envoy?.post).not.toBe("pstpresidentofbelarus");
  });

  it("still the organization's own official", () => {
    expect(
      people(
        "President Arman Teselov of Kazakhstan and CIS Executive Secretary Oleg Marchuk took part.",
      ).find((p) => p.name === "Oleg Marchuk")?.post,
    ).toMatch(/Executive Secretary|pstsecretarygeneralofthecis/);
  });
});

describe("an acceding state's leader at a summit where the reference data holds an observer", () => {
  it.each([
    "Prime Minister Xanana Gusmao of Timor-Leste, whose country is acceding to ASEAN, also took part.",
    "Prime Minister Xanana Gusmao of Timor-Leste attended as the leader of an acceding state.",
    "Prime Minister Xanana Gusmao of Timor-Leste took part as the leader of an applicant state.",
  ])("%s", (sentence) => {
    const participants = readPressRelease(
      `JAKARTA, 5 September 2023 — The 43rd ASEAN Summit was held today. President Joko Widodo of Indonesia chaired the summit. ${sentence}`,
      knowledge,
    ).participants;
    expect(participants.find((p) => p.nameAsStated === "Xanana Gusmao")?.category.value).toBe("guest_state");
  });
});

describe("two styles of one post after a name", () => {
  it.each([
    "The meeting was attended by Arman Teselov, Sultan and Yang Di-Pertuan of Brunei Darussalam; and Daniil Vorkut, President of Belarus.",
    "The meeting was attended by Arman Teselov, President and Commander-in-Chief of Kazakhstan, and Daniil Vorkut, President of Belarus.",
    "The meeting was attended by Arman Teselov, King and Defender of Thailand, and Daniil Vorkut, President of Belarus.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(["Arman Teselov", "Daniil Vorkut"]);
  });

  it("still two people joined by 'and' after a name", () => {
    expect(
      names(
        "The meeting was attended by Arman Teselov, President of Kazakhstan, and Daniil Vorkut, President of Belarus.",
      ),
    ).toEqual(["Arman Teselov", "Daniil Vorkut"]);
  });
});

describe("a press secretary or spokesman named without a country", () => {
  it.each([
    "President Arman Teselov of Kazakhstan took part. Presidential Press Secretary Ivan Petrov was also present.",
    "The meeting was attended by President Arman Teselov of Kazakhstan and spokesman Ivan Petrov.",
    "President Arman Teselov of Kazakhstan took part. Kremlin spokesman Ivan Petrov attended the session.",
    "President Arman Teselov of Kazakhstan took part. According to press secretary Ivan Petrov, the leaders discussed trade at the summit.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(["Arman Teselov"]);
  });

  it("still an organization's deputy head", () => {
    expect(
      names(
        "President Arman Teselov of Kazakhstan and Deputy Secretary General of the CIS Ivan Petrov took part.",
      ),
    ).toEqual(["Arman Teselov", "Ivan Petrov"]);
  });
});

describe("the host who 'hosted the talks' took part in them, though no text says he chaired them", () => {
  it.each([
    "Tajik President Arman Teselov hosted the talks.",
    "Arman Teselov, President of Kazakhstan, was hosting the talks in his capital.",
  ])("%s", (sentence) => {
    expect(read(sentence).map((p) => [p.name, p.role])).toEqual([["Arman Teselov", "head_of_delegation"]]);
  });

  it("but not one who hosted another event", () => {
    expect(names("President Arman Teselov of Kazakhstan hosted a dinner for the spouses.")).toEqual([]);
  });
});
