// The chair round's rules, three or more variants each: a handover "from today", a term's end ("until the next
// summit, to be held … in 2009") that is no start, the handover of a meeting of several days in the present tense on
// the release's day (within the meeting) unless the text puts it at the opening, the day an outgoing term began from a relative clause on it, a chair named by
// office as head of the presiding side, and a chair named in the headline only. Countries and people the knowledge
// does not hold stand among them.
import { describe, expect, it } from "vitest";
import { chairingCountry } from "./chair";
import { readChairmanships } from "./chairmanship";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { ids } from "./fixtures/world-knowledge";
import { readPressRelease } from "./read-press-release";
import { segment } from "./segment";

const sco = "orgshanghaicooperationorganisati";
const cis = ids.organization("cis");
const [KZ, KG, RU, TJ, UZ, BY, TR, CN] = ["KZ", "KG", "RU", "TJ", "UZ", "BY", "TR", "CN"].map(ids.country);

/** The terms a text proposes, for a meeting from `date` to `endDate` published on `publishedAt`. */
const terms = (
  text: string,
  date: string,
  organizationId: string,
  endDate: string | null = null,
  publishedAt: string = endDate ?? date,
) =>
  readChairmanships({
    text,
    paragraphs: segment(text),
    knowledge: eurasiaKnowledge,
    date,
    endDate,
    publishedAt,
    organizationId,
    chair: null,
  }).map((term) => [term.countryId, term.startDate, term.endDate]);

describe("a handover 'from today'", () => {
  it.each([
    "From today the presidency of the Organisation passes to the Russian Federation, which will preside until the next summit in 2009.",
    "As of today the presidency of the Organisation is passed to Russia; the next summit will take place in Yekaterinburg in 2009.",
    "Tajikistan handed the presidency of the Organisation to Russia with effect from today.",
  ])("starts the term on the meeting's day, not in the next summit's year: %s", (text) => {
    expect(terms(text, "2008-08-28", sco)).toEqual(
      [
        [TJ, null, "2008-08-28"],
        [RU, "2008-08-28", null],
      ].slice(text.startsWith("Tajikistan") ? 0 : 1),
    );
  });

  it("is the release's day when the meeting lasted several days and the release came out during it", () => {
    expect(
      terms(
        "From today the chairmanship of the Organisation passes to Kazakhstan.",
        "2024-07-03",
        sco,
        "2024-07-04",
        "2024-07-03T18:00",
      ),
    ).toEqual([[KZ, "2024-07-03", null]]);
  });
});

describe("the end of a term is no start", () => {
  it.each([
    "The presidency of the Organisation passes to Uzbekistan, which will preside until the next summit, to be held in Tashkent in 2010.",
    "Uzbekistan takes over the presidency of the Organisation until the summit in Tashkent in 2010.",
    "The chairmanship of the Organisation goes to Uzbekistan; the next meeting of the Council is to be held in Tashkent in 2010.",
    "Uzbekistan assumes the chairmanship of the Organisation, and its summit will be held in Tashkent in 2010.",
  ])("starts the term at the meeting: %s", (text) => {
    expect(terms(text, "2009-06-16", sco)).toContainEqual([UZ, "2009-06-16", null]);
  });

  it("still reads a later start the sentence gives before 'until'", () => {
    expect(
      terms(
        "Belarus will chair the Commonwealth from 1 January 2013 until the next summit in Minsk.",
        "2012-12-05",
        cis,
      ),
    ).toContainEqual([BY, "2013-01-01", null]);
  });
});

describe("the handover of a meeting of several days", () => {
  it.each([
    "Uzbekistan takes over the chairmanship of the Organisation.",
    "At the closing ceremony the chairmanship of the Organisation passed to Uzbekistan.",
    "The chairmanship of the Organisation passes to Uzbekistan.",
    "The chairmanship of the Organisation was handed over to Uzbekistan.",
  ])(
    "is on its last day when the release, of that day, says so in the present, names the close or does not place it: %s",
    (text) => {
      expect(terms(text, "2009-06-15", sco, "2009-06-16")).toContainEqual([UZ, "2009-06-16", null]);
    },
  );

  it.each([
    "Opening the summit, Kyrgyzstan handed the chairmanship of the Organisation over to Uzbekistan.",
    "On the first day the chairmanship of the Organisation passed to Uzbekistan.",
    "At the opening of the summit Uzbekistan takes over the chairmanship of the Organisation.",
  ])("is on its first day when the text says so: %s", (text) => {
    expect(terms(text, "2009-06-15", sco, "2009-06-16")).toContainEqual([UZ, "2009-06-15", null]);
  });
});

describe("when the outgoing term began", () => {
  it.each([
    ["the Tajik presidency, which began at the Bishkek summit in August 2007", "2007-08"],
    ["Tajikistan's chairmanship, which started in 2007", "2007"],
    ["the Tajik presidency, which had begun in June 2007 in Bishkek", "2007-06"],
  ])("is read from a relative clause on it: %s", (holder, since) => {
    expect(
      terms(
        `The leaders praised the results of ${holder}. The presidency of the Organisation passes to Russia.`,
        "2008-08-28",
        sco,
      ),
    ).toEqual([
      [TJ, since, "2008-08-28"],
      [RU, "2008-08-28", null],
    ]);
  });

  it("is not a later year", () => {
    expect(
      terms(
        "The leaders praised the Tajik presidency, which started in 2009 in their plans. The presidency of the Organisation passes to Russia.",
        "2008-08-28",
        sco,
      ),
    ).toEqual([
      [TJ, null, "2008-08-28"],
      [RU, "2008-08-28", null],
    ]);
  });
});

describe("a chair named by office as head of the presiding side", () => {
  const chairing = (text: string) =>
    chairingCountry(text, segment(text), eurasiaKnowledge)?.countryId ?? null;

  it.each([
    ["The Tajik President, as head of the presiding state, chaired the meeting.", TJ],
    ["Kazakhstan's leader, as the head of the chairing country, opened the talks.", KZ],
    ["The Kyrgyz President, as head of the presiding side, welcomed the guests.", KG],
    ["Belarus, as head of the presiding state, proposed the agenda.", BY],
  ])("names that country's leader: %s", (text, country) => {
    expect(chairing(text)).toBe(country);
  });

  it.each([
    "The Tajik President, as head of the next presiding state, spoke after the others.",
    "The Tajik President, as head of state, chaired a cabinet meeting.",
    "The Tajik President, as head of the delegation, took part.",
  ])("is none for another office: %s", (text) => {
    expect(chairing(text)).toBeNull();
  });
});

describe("a chair named in the headline only", () => {
  const chairOf = (headline: string, body: string) => {
    const proposal = readPressRelease(`${headline}\n\n29 March 2012\n\n${body}`, eurasiaKnowledge);
    return proposal.participants
      .filter((participant) => participant.role.value === "chair")
      .map((participant) => participant.nameAsStated);
  };
  const body =
    "NEW DELHI, 29 March — The summit of the Organisation took place today. President Vladimir Putin of Russia, President Xi Jinping of China and President Kassym-Jomart Tokayev of Kazakhstan took part.";

  it.each([
    ["President Xi Jinping chairs the summit of the Organisation", "Xi Jinping"],
    ["Putin presided over the SCO summit in New Delhi", "Vladimir Putin"],
    ["Kazakh President chairs a summit of the Organisation", "Kassym-Jomart Tokayev"],
    ["Tokayev hosts and chairs the SCO summit", "Kassym-Jomart Tokayev"],
    ["SCO summit chaired by Kazakh President", "Kassym-Jomart Tokayev"],
    ["Summit of the Organisation held under the chairmanship of Xi Jinping", "Xi Jinping"],
    ["SCO meeting presided over by Putin", "Vladimir Putin"],
  ])("is the participant it names: %s", (headline, name) => {
    expect(chairOf(headline, body)).toEqual([name]);
  });

  it.each([
    "Xi Jinping to chair the next summit of the Organisation",
    "Xi Jinping attends the summit of the Organisation",
    "Putin and Xi Jinping chair the summit of the Organisation",
    "Xi Jinping, who chaired the summit in 2025, meets Putin",
    "Next summit to be chaired by Xi Jinping",
  ])("is none for a later meeting, no chairing verb or two people: %s", (headline) => {
    expect(chairOf(headline, body)).toEqual([]);
  });

  it("gives way to a chair the body names", () => {
    expect(
      chairOf(
        "Xi Jinping chairs the summit of the Organisation",
        `${body} The talks were chaired by President Tokayev.`,
      ),
    ).toEqual(["Kassym-Jomart Tokayev"]);
  });
});

describe("a handover to a country and its term's start", () => {
  it.each([
    ["The chairmanship passes to the Republic of Uzbekistan.", UZ],
    [
      "In keeping with the rotation in the order of the Russian alphabet, the chairmanship passes to the Republic of Belarus.",
      BY,
    ],
    ["The chairmanship in the Organisation passes to the Republic of Turkey.", TR],
    ["The chairmanship passes to the People's Republic of China for the 2010–2012 period.", CN],
  ])("reads the Russian-translation style: %s", (text, country) => {
    expect(terms(text, "2010-06-08", sco).at(-1)).toEqual([country, "2010-06-08", null]);
  });
});

describe("an outgoing term begun at an earlier summit", () => {
  const handover = "The chairmanship of the Commonwealth passes to Russia.";
  it.each([
    ["Kazakhstan, which took over the chairmanship at the 2018 summit, handed it to Russia.", "2018"],
    [
      "Kazakhstan, which took over the chairmanship at the Dushanbe summit last year, handed it to Russia.",
      "2018",
    ],
    [
      "The chairmanship passed from Kazakhstan, which had held it since the Dushanbe summit of 2018, to Russia.",
      "2018",
    ],
    [
      `Kazakhstan, which assumed the chairmanship at the Dushanbe summit of October 2018, thanked the others. ${handover}`,
      "2018",
    ],
    [
      `Kazakhstan has chaired the Commonwealth since the first summit, in Almaty in 2002. ${handover}`,
      "2002",
    ],
  ])("starts when that summit met: %s", (text, since) => {
    expect(terms(text, "2019-10-11", cis)).toEqual([
      [KZ, since, "2019-10-11"],
      [RU, "2019-10-11", null],
    ]);
  });

  it.each([
    "Kazakhstan, which took part in the 2018 summit, thanked the others. The chairmanship of the Commonwealth passes to Russia.",
    "Kazakhstan hosted the Dushanbe summit. The chairmanship of the Commonwealth passes to Russia.",
  ])("is not a later summit, nor a summit that is no term: %s", (text) => {
    expect(terms(text, "2019-10-11", cis).at(-1)).toEqual([RU, "2019-10-11", null]);
    expect(terms(text, "2019-10-11", cis).find((term) => term[0] === KZ)?.[1] ?? null).toBeNull();
  });
});

describe("the office handed on as a pronoun", () => {
  it.each([
    "Kazakhstan, which held the chairmanship this year, handed it to Russia.",
    "Kazakhstan took over the presidency in 2018 and passed it on to Russia today.",
    "Kazakhstan, the outgoing chair, handed it over to Russia at the close of the summit.",
  ])("passes it to the side after 'to': %s", (text) => {
    expect(terms(text, "2019-10-11", cis).at(-1)).toEqual([RU, "2019-10-11", null]);
  });

  it.each([
    "Kazakhstan handed it to Russia.",
    "The chairmanship was discussed. Kazakhstan handed it to Russia.",
    "Kazakhstan, which chaired the talks, passed the floor to Russia.",
  ])("passes nothing when the office is not named before it in the sentence: %s", (text) => {
    expect(terms(text, "2019-10-11", cis)).toEqual([]);
  });
});

describe("a term for a later period", () => {
  it.each([
    ["Russia assumes the chairmanship for the 2020–2021 period.", "2020"],
    ["Russia takes over the chairmanship of the Commonwealth for the 2020-2021 period.", "2020"],
    ["The chairmanship passes to Russia for 2020–2021.", "2020"],
    ["The chairmanship passes to Russia for the 2019–2020 period.", "2019-10-11"],
  ])("starts in its first year when that is after the meeting: %s", (text, start) => {
    expect(terms(text, "2019-10-11", cis).at(-1)).toEqual([RU, start, null]);
  });
});

describe("a country's leader named by office as chair", () => {
  const chairing = (text: string) =>
    chairingCountry(text, segment(text), eurasiaKnowledge)?.countryId ?? null;

  it.each([
    [
      "Chairing the meeting as head of the presiding state, the President of Kazakhstan welcomed the guests.",
      KZ,
    ],
    ["Presiding over the summit, the Kazakh leader thanked his colleagues.", KZ],
    ["Chairing the session, the Belarusian President proposed the agenda.", BY],
    ["The session was held under the chairmanship of the President of Kazakhstan.", KZ],
    ["The talks took place under the presidency of the Prime Minister of Kyrgyzstan.", KG],
    ["The summit, chaired this year by Kazakhstan, opened with a minute of silence.", KZ],
  ])("names that country: %s", (text, country) => {
    expect(chairing(text)).toBe(country);
  });

  it.each([
    "Chairing the meeting, President Kassym-Jomart Tokayev of Kazakhstan welcomed the guests.",
    "Opening the summit, the Kazakh leader thanked his colleagues.",
    "The next session will be held under the chairmanship of the President of Kazakhstan.",
  ])("is none for a named person, an opener or a later meeting: %s", (text) => {
    expect(chairing(text)).toBeNull();
  });
});

describe("the office handed on without 'over' or taken over without an object", () => {
  it.each([
    ["The leaders decided to hand the chairmanship of the CIS to Russia as of 1 January 2020.", "2020-01-01"],
    [
      "Kazakhstan's chairmanship will end on 31 December, and Russia takes over from 1 January 2020.",
      "2020-01-01",
    ],
    ["The Kazakh chairmanship ends this year; next year Russia takes the helm.", "2020"],
    ["Kazakhstan will hand over the chairmanship to Russia at the end of the year.", "2020"],
    ["The chairmanship is Kazakhstan's until December; Russia will take over in 2020.", "2020"],
  ])("reads the next holder and its start: %s", (text, start) => {
    expect(terms(text, "2019-10-11", cis).at(-1)).toEqual([RU, start, null]);
  });

  it.each([
    "On the other hand, Russia raised the chairmanship's budget.",
    "Russia will take over the organisation of the forum; the chairmanship was not discussed.",
    "Russia takes over as host of the games, the chair said.",
  ])("reads nothing from another hand or another takeover: %s", (text) => {
    expect(terms(text, "2019-10-11", cis)).toEqual([]);
  });
});

describe("a namesake is not the participant", () => {
  const withSargsyan = (text: string, name: string) =>
    readPressRelease(
      `Council meets\n\n16 October 2015\n\nBURABAY, October 16 — The Supreme Eurasian Economic Council met today under the chairmanship of the President of Kazakhstan, Nursultan Nazarbayev. President ${name} of Armenia, President Alexander Lukashenko of Belarus and President Vladimir Putin of Russia took part. ${text}`,
      eurasiaKnowledge,
    ).chairmanships.map((term) => [term.countryId, term.startDate, term.endDate]);

  it.each([
    ["They agreed that T.S.Sargsyan would chair the Board of the Commission from 2016.", "S.A.Sargsyan"],
    ["They agreed that T. S. Sargsyan would chair the Board of the Commission from 2016.", "S. A. Sargsyan"],
    ["They agreed that T.S.Sargsyan would chair the Board of the Commission from 2016.", "Serzh Sargsyan"],
  ])("with other initials, whose chairing moves no chairmanship: %s (%s)", (text, name) => {
    expect(withSargsyan(text, name)).toEqual([]);
  });

  it.each([
    ["They agreed that S.A.Sargsyan would chair the Council from 2016.", "S.A.Sargsyan"],
    ["They agreed that Sargsyan would chair the Council from 2016.", "S.A.Sargsyan"],
    ["They agreed that S. Sargsyan would chair the Council from 2016.", "Serzh Sargsyan"],
  ])("but the participant when the initials agree or are not given: %s (%s)", (text, name) => {
    expect(withSargsyan(text, name).at(-1)).toEqual([ids.country("AM"), "2016", null]);
  });
});

describe("a term that starts in a month or runs from a day", () => {
  it.each([
    ["The presidency rotates to Uzbekistan in January.", "2020-01"],
    ["The chairmanship of the Commonwealth passes to Uzbekistan from March.", "2020-03"],
    ["Uzbekistan will take over the chairmanship in December.", "2019-12"],
    ["Uzbekistan takes over the chairmanship in October.", "2019-10-11"],
  ])("starts in that month, the next year's when it has passed: %s", (text, start) => {
    expect(terms(text, "2019-10-11", cis).at(-1)).toEqual([UZ, start, null]);
  });

  it.each([
    ["Uzbekistan's chairmanship of the CIS will run from 1 January to 31 December 2020.", "2020-01-01"],
    ["Uzbekistan's chairmanship runs from 1 January 2020.", "2020-01-01"],
    ["The Uzbek chairmanship will last from 1 February to the next summit.", "2020-02-01"],
  ])("reads a holder's term that runs from a day as the next: %s", (text, start) => {
    expect(terms(text, "2019-10-11", cis).at(-1)).toEqual([UZ, start, null]);
  });
});
