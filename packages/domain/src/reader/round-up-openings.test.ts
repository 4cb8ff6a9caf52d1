// A round-up that says nowhere who attended names its leaders by what they did there, and not always at the start of
// a sentence with a title: after ", and", after a quote that opens the sentence, by their country's possessive alone
// ("Kazakhstan's Tokayev"), or with a long aside before the verb; and by acts at the meeting other than words (hosted,
// signed, arrived, met, laid flowers, opened, made a speech, took the floor). People here are invented unless the knowledge holds
// them (Tokayev, Rahmon, Nazarbayev).
import { describe, expect, it } from "vitest";
import { participantsOn } from "./participants-test-reading";

const names = (text: string, date = "2021-08-06") =>
  participantsOn(text, { date, organizationId: null }).map((participant) => participant.nameAsStated);

describe("leaders of a round-up named where its sentences open on them", () => {
  it("reads a leader who opens a clause after ', and' with what he did", () => {
    const text =
      "The leaders met on the coast on Friday. Russian President Pyotr Sobolev proposed a regional fund. " +
      "Tajik President Farrukh Nazarov spoke about water, and Kyrgyz President Ruslan Abdykov backed closer cooperation in energy.";
    expect(names(text)).toEqual(["Pyotr Sobolev", "Farrukh Nazarov", "Ruslan Abdykov"]);
  });

  it("reads a leader named after a quote that opens the sentence", () => {
    const text =
      "The leaders met on the coast on Friday. Russian President Pyotr Sobolev proposed a regional fund. " +
      '"Our region must speak with one voice," Tajik President Farrukh Nazarov told his counterparts.';
    expect(names(text)).toEqual(["Pyotr Sobolev", "Farrukh Nazarov"]);
  });

  it("reads a leader with a long aside before the verb", () => {
    const text =
      "The leaders met on the coast on Friday. Russian President Pyotr Sobolev proposed a regional fund. " +
      "Uzbek President Botir Karimov, whose proposal at the UN General Assembly gave birth to these consultative meetings, came with a list of initiatives.";
    expect(names(text)).toEqual(["Pyotr Sobolev", "Botir Karimov"]);
  });
});

describe("leaders of a round-up named by their country's possessive", () => {
  it("reads 'Kazakhstan's A B' and, for someone the knowledge holds, 'Kazakhstan's B'", () => {
    const text =
      "The leaders met on the coast on Friday. Kazakhstan's Tokayev called for more trade inside the region. " +
      "Tajikistan's Emomali Rahmon spoke about water.";
    expect(names(text)).toEqual(["Tokayev", "Emomali Rahmon"]);
  });

  it("reads no one from a possessive before a word that names no person the knowledge holds", () => {
    const text =
      "The leaders met on the coast on Friday. Kazakhstan's Senate proposed a fund. Tajikistan's Emomali Rahmon spoke about water. " +
      "Russian President Pyotr Sobolev proposed a regional fund.";
    expect(names(text)).toEqual(["Emomali Rahmon", "Pyotr Sobolev"]);
  });

  it("still takes no one from words to the press after a quote", () => {
    const text =
      "The leaders met on the coast on Friday. Russian President Pyotr Sobolev proposed a regional fund. " +
      "Tajikistan's Emomali Rahmon spoke about water. \"It went well,\" Kazakhstan's Tokayev told reporters.";
    expect(names(text)).toEqual(["Pyotr Sobolev", "Emomali Rahmon"]);
  });
});

describe("leaders of a round-up named by what they did there besides speaking", () => {
  it("reads leaders who hosted, arrived and met, signed or laid flowers", () => {
    const text =
      "The leaders met in the city on Monday. Russian President Pyotr Sobolev hosted the talks. " +
      "Belarusian President Daniil Vorkut arrived in the morning and met Sobolev before the session. " +
      "Kazakh President Arman Teselov signed the treaty. Armenian President Gor Sahakyan laid flowers at the monument.";
    expect(names(text, "2016-12-26")).toEqual([
      "Pyotr Sobolev",
      "Daniil Vorkut",
      "Arman Teselov",
      "Gor Sahakyan",
    ]);
  });

  it("reads leaders who made a speech or took the floor", () => {
    const text =
      "The leaders met in the city on Monday. The President of the Republic of Tajikistan F. A. Nazarov made a speech. " +
      "The President of the Republic of Armenia G. A. Sahakyan took the floor after him.";
    expect(names(text, "2016-12-26")).toEqual(["F. A. Nazarov", "G. A. Sahakyan"]);
  });

  // (Hosting the talks is not such an act: whoever hosted them took part, round-up or not — participant-phrasings.)
  it("still reads no one from a single act", () => {
    expect(
      names(
        "The leaders met in the city on Monday. Russian President Pyotr Sobolev laid flowers at the memorial.",
      ),
    ).toEqual([]);
  });
});

describe("leaders of a round-up named as their country's leader in lower case", () => {
  it("reads 'Turkmen leader X' and 'Uzbek leader Y' by what they did", () => {
    const text =
      "The presidents met on the coast on Thursday. Turkmen leader Berdi Amanov called for gas cooperation. " +
      "Uzbek leader Botir Karimov proposed a new railway.";
    expect(names(text)).toEqual(["Berdi Amanov", "Botir Karimov"]);
  });

  it("reads no leader from 'the leader' with no country before it", () => {
    const text =
      "The presidents met on the coast on Thursday. The party leader Berdi Amanov called for gas cooperation. " +
      "Uzbek leader Botir Karimov proposed a new railway.";
    expect(names(text)).toEqual([]);
  });
});

describe("leaders of a round-up joined before one verb", () => {
  it("reads 'A and B also spoke' and 'A, B and C proposed'", () => {
    const text =
      "The presidents met on the coast on Thursday. Tajik leader Farrukh Nazarov and Uzbekistan's Botir Karimov also spoke. " +
      "Kazakh President Arman Teselov, Kyrgyz President Ruslan Abdykov and Turkmen President Berdi Amanov proposed a fund.";
    expect(names(text)).toEqual([
      "Farrukh Nazarov",
      "Botir Karimov",
      "Arman Teselov",
      "Ruslan Abdykov",
      "Berdi Amanov",
    ]);
  });
});

describe("not a leader of a round-up whose words were sent", () => {
  it.each([
    "UN Secretary-General Pavel Dorin welcomed the meeting in a message read out by his special representative.",
    "Turkish President Kemal Aydin congratulated the leaders in a letter.",
  ])("%s", (sentence) => {
    const text =
      "The leaders met on the coast on Friday. Russian President Pyotr Sobolev proposed a regional fund. " +
      `Tajik President Farrukh Nazarov spoke about water. ${sentence}`;
    expect(names(text)).toEqual(["Pyotr Sobolev", "Farrukh Nazarov"]);
  });
});
