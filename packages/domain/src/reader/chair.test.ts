import { describe, expect, it } from "vitest";
import { chairingCountry } from "./chair";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { ids } from "./fixtures/world-knowledge";
import { readPressRelease } from "./read-press-release";
import { segment } from "./segment";
import { participantsOn } from "./participants-test-reading";

const chairing = (text: string) => chairingCountry(text, segment(text), knowledge)?.countryId ?? null;

describe("the country the text names as chairing", () => {
  it.each([
    "The Council met under the chairmanship of Russia, whose President welcomed the guests.",
    "The summit took place under Russia's chairmanship.",
    "Russia, as the chairing country, opened the session.",
    "The session was chaired by Russia.",
    "Russia chaired the meeting.",
  ])("is read from the words on either side: %s", (text) => {
    expect(chairing(text)).toBe(ids.country("RU"));
  });

  it.each([
    "The next session will be chaired by Russia.",
    "Kazakhstan chaired the Organization in 2022.",
    "The session was chaired by Russian President Vladimir Putin.",
  ])("is none for a later or earlier term, or a demonym in a person's title: %s", (text) => {
    expect(chairing(text)).toBeNull();
  });

  it("is none when the text names two", () => {
    expect(chairing("Russia chaired the meeting. Kazakhstan chaired the talks.")).toBeNull();
  });
});

describe("the chairing side with its country in brackets", () => {
  it("reads 'The presiding state (Kazakhstan)' as Kazakhstan chairing", () => {
    expect(chairing("The presiding state (Kazakhstan) was represented by its President.")).toBe(
      ids.country("KZ"),
    );
    expect(chairing("The next presiding state (Kazakhstan) will host the summit.")).toBeNull();
  });
});

describe("the attendance round: more ways of naming the chairing country", () => {
  it.each([
    "The summit took place with Russia in the chair.",
    "Russia currently chairs the Union.",
    "The Russian leader, whose country chairs the Union, opened the session.",
    "Chaired by the Russian President, the meeting began at noon.",
  ])("is read: %s", (text) => {
    expect(chairing(text)).toBe(ids.country("RU"));
  });

  it.each([
    "The next summit will take place with Russia in the chair.",
    "Chaired by the Russian President Vladimir Putin, the meeting began at noon.",
  ])("is none for a later meeting or a named person: %s", (text) => {
    expect(chairing(text)).toBeNull();
  });
});

describe("the chair named only by office", () => {
  it.each([
    ["The Kyrgyz President, who chaired the meeting, thanked the guests.", "KG"],
    ["Opening the talks, the Uzbek leader, who chairs the Council, spoke of trade.", "UZ"],
    ["The Armenian Prime Minister, who presided over the session, proposed a statement.", "AM"],
  ])("'the X President, who chaired …' makes X the chairing country: %s", (text, iso2) => {
    expect(chairing(text)).toBe(ids.country(iso2));
  });

  it.each([
    "The Kyrgyz President, who chaired the Commonwealth in 2023, spoke first.",
    "The Kazakh President, who will chair the next summit, spoke last.",
    "The Kyrgyz President, who attended the meeting, thanked the hosts.",
  ])("not for an earlier or later term, or another verb: %s", (text) => {
    expect(chairing(text)).toBeNull();
  });

  it.each([
    [
      "The meeting was chaired by the head of the presiding state; Belarus has presided over the Union this year.",
      "BY",
    ],
    ["Tajikistan has chaired the Organization since January, and its President opened the session.", "TJ"],
    ["Belarus has chaired the Organization in 2013 and in 2017.", null],
  ])("'X has presided over …' names the present chair, not an earlier term: %s", (text, iso2) => {
    expect(chairing(text)).toBe(iso2 ? ids.country(iso2) : null);
  });
});

describe("the chair named by the country's office", () => {
  it.each([
    ["The meeting was chaired by the President of Uzbekistan.", "UZ"],
    ["The talks were presided over by the Prime Minister of Armenia, who opened them.", "AM"],
    ["The Kyrgyz leader chaired the talks.", "KG"],
    ["The Belarusian side presided over the session.", "BY"],
  ])(
    "'chaired by the President of X' and 'the X leader chaired' make X the chairing country: %s",
    (text, iso2) => {
      expect(chairing(text)).toBe(ids.country(iso2));
    },
  );

  it.each([
    "The next session will be chaired by the President of Kazakhstan.",
    "The Kyrgyz leader chaired the Commonwealth in 2022.",
    "The talks were chaired by the President of Kyrgyzstan Sadyr Japarov.",
  ])("not for a later or earlier term, nor a title followed by a name: %s", (text) => {
    expect(chairing(text)).toBeNull();
  });
});

describe("the second chair round: chairs in the passive", () => {
  const roles = (text: string) =>
    participantsOn(text, {
      date: "2016-11-03",
      organizationId: "orgshanghaicooperationorganisati",
      knowledge,
    }).map((p) => [p.nameAsStated, p.role.value]);

  it.each([
    "The talks in the narrow and the expanded format were led by Prime Minister of Kyrgyzstan Temir Sariyev.",
    "The meeting in restricted composition was moderated by Prime Minister of Kyrgyzstan Temir Sariyev.",
    "The plenary session of the heads of government was conducted by Prime Minister of Kyrgyzstan Temir Sariyev.",
  ])("reads a meeting's format between the meeting and 'was led by X' as X chairing: %s", (text) => {
    expect(roles(text)).toEqual([["Temir Sariyev", "chair"]]);
  });

  it("does not read a delegation at the talks led by X as the talks' chair", () => {
    expect(
      roles("The Kyrgyz delegation at the talks was led by Prime Minister of Kyrgyzstan Temir Sariyev."),
    ).not.toEqual([["Temir Sariyev", "chair"]]);
  });

  it.each([
    "The session was presided over by Mihai Ghimpu, President of Moldova, the presiding state of the Commonwealth in 2016.",
    "The session was chaired by Sooronbay Jeenbekov, Prime Minister of Kyrgyzstan, which holds the chairmanship for 2016.",
    "The summit was chaired by President of Kyrgyzstan Almazbek Atambayev, whose country chairs the Council in 2016.",
  ])("reads a term named in an aside after the chair as this one's: %s", (text) => {
    expect(roles(text).map(([, role]) => role)).toEqual(["chair"]);
  });

  it.each([
    "On the sidelines, the ASEAN-Japan Summit was co-chaired by Prime Minister Nguyen Tan Dung of Viet Nam and Prime Minister Naoto Kan of Japan.",
    "The China-Central Asia Dialogue was co-chaired by President Xi Jinping of China and President Sadyr Japarov of Kyrgyzstan.",
    "The business forum was co-chaired by Prime Minister Narendra Modi of India and Prime Minister Imran Khan of Pakistan.",
  ])("names no chair, nor any participant, for another meeting co-chaired beside this one: %s", (text) => {
    expect(roles(text)).toEqual([]);
  });

  it("reads a summit co-chaired by two leaders as having two chairs", () => {
    expect(
      roles(
        "The summit was co-chaired by President Xi Jinping of China and President Sadyr Japarov of Kyrgyzstan.",
      ),
    ).toEqual([
      ["Xi Jinping", "chair"],
      ["Sadyr Japarov", "chair"],
    ]);
  });

  it("reads both co-chairs when each has a title of his own, the second after ', and by'", () => {
    expect(
      roles(
        "The summit was co-chaired by Xi Jinping, President of China, and by Sadyr Japarov, President of Kyrgyzstan, in his capacity as chair of the Organization.",
      ),
    ).toEqual([
      ["Xi Jinping", "chair"],
      ["Sadyr Japarov", "chair"],
    ]);
  });
});

describe("the second chair round: a host named with a comma title", () => {
  const roles = (text: string) =>
    readPressRelease(`UFA, July 9, 2015 — ${text}`, knowledge).participants.map((p) => [
      p.nameAsStated,
      p.role.value,
    ]);

  it.each([
    "Vladimir Putin, President of Russia, hosted the seventh BRICS summit in the capital of Bashkortostan.",
    "Dilma Rousseff, President of Brazil, opened the summit at the Itamaraty palace.",
    "Jacob Zuma, President of South Africa, hosted this year's summit in Durban.",
  ])("reads 'X, President of Y, hosted the summit' as X chairing: %s", (text) => {
    expect(roles(text).map(([, role]) => role)).toEqual(["chair"]);
  });
});

describe("the second chair round: a chair with a country-less title in the capital the sentence names", () => {
  const chairs = (text: string) =>
    participantsOn(text, {
      date: "2016-10-14",
      organizationId: ids.organization("csto-collective-security-council"),
      knowledge,
    }).map((p) => [p.nameAsStated, p.role.value, p.country?.value.countryId ?? null]);

  it.each([
    "A session of the Council took place in the Armenian capital, with President Aram Vardanyan in the chair.",
    "The session, held in the Armenian capital, was chaired by President Aram Vardanyan.",
    "The Council met in the Armenian capital under the chairmanship of President Aram Vardanyan.",
  ])("gives the chair that capital's country: %s", (text) => {
    expect(chairs(text)).toEqual([["Aram Vardanyan", "chair", ids.country("AM")]]);
  });

  it("keeps the country a title names", () => {
    expect(
      chairs(
        "The session, held in the Armenian capital, was chaired by President of Belarus Alexander Lukashenko.",
      ),
    ).toEqual([["Alexander Lukashenko", "chair", ids.country("BY")]]);
  });
});

describe("the second chair round: 'took the chair' and 'under the leadership of'", () => {
  const roles = (text: string) =>
    participantsOn(text, {
      date: "2022-11-10",
      organizationId: "orgshanghaicooperationorganisati",
      knowledge,
    }).map((p) => [p.nameAsStated, p.role.value]);

  it.each([
    "President of Kazakhstan Nurlan Abenov took the chair.",
    "President of Kazakhstan Nurlan Abenov then took the chair and opened the expanded session.",
    "The meeting took place under the leadership of President of Kazakhstan Nurlan Abenov.",
    "The summit, held under the leadership of President of Kazakhstan Nurlan Abenov, lasted two hours.",
  ])("names the chair: %s", (text) => {
    expect(roles(text)).toEqual([["Nurlan Abenov", "chair"]]);
  });

  it.each([
    "The Kazakh delegation at the meeting worked under the leadership of President of Kazakhstan Nurlan Abenov.",
    "Kazakhstan has prospered under the leadership of President of Kazakhstan Nurlan Abenov.",
    "President of Kazakhstan Nurlan Abenov took the chair of the Organisation for 2023.",
  ])("names no chair for a delegation, a country or a later term: %s", (text) => {
    expect(roles(text).filter(([, role]) => role === "chair")).toEqual([]);
  });
});

describe("the second chair round: a chair named in an aside set off by dashes", () => {
  const roles = (text: string) =>
    participantsOn(text, {
      date: "2022-11-10",
      organizationId: "orgshanghaicooperationorganisati",
      knowledge,
    }).map((p) => [p.nameAsStated, p.role.value]);

  it.each([
    "President of Kazakhstan Nurlan Abenov — this year's chair — welcomed the leaders.",
    "President of Kazakhstan Nurlan Abenov – the current chairman – opened the talks.",
    "President of Kazakhstan Nurlan Abenov — whose country chairs the Organisation — welcomed the leaders.",
  ])("names the chair: %s", (text) => {
    expect(roles(text)).toEqual([["Nurlan Abenov", "chair"]]);
  });

  it("names no chair for next year's chair in the aside", () => {
    expect(
      roles(
        "President of Kazakhstan Nurlan Abenov — the incoming chair for next year — attended the summit.",
      ),
    ).toEqual([["Nurlan Abenov", "head_of_delegation"]]);
  });
});
