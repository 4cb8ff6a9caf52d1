// Handovers as news round-ups and presidential websites tell them (development texts round): the holder's own term
// start in a relative clause ("W, which has held the chairmanship since the Baku summit on 15 October 2009", "…, whose
// country had presided over the Council since the summit last year"), a holder named with its start and no handover at
// all, a handover told first and dated further on ("… closed with the handover of the chairmanship to X. … X takes
// over the chairmanship in 2011"), the outgoing side after a list of the bodies handed over ("… from W"), and a country
// that chairs another organization; a holder "has been chairing … since"; a chair "opened and moderated by the President
// of X". Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { chairingCountry } from "./chair";
import { termsOf } from "./chairmanship-test-reading";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { ids } from "./fixtures/world-knowledge";
import { readPressRelease } from "./read-press-release";
import { segment } from "./segment";

const ots = ids.organization("ots");
const [AZ, TR, KZ, KG] = ["AZ", "TR", "KZ", "KG"].map(ids.country);

const terms = (text: string, date: string) => termsOf(text, date, ots);

describe("the holder's term start in a relative clause", () => {
  it.each([
    "President Almaz Sadykov of Kyrgyzstan, whose country had presided over the Organisation since the Cholpon-Ata summit last year, thanked his hosts, and the chairmanship then passed from Kyrgyzstan to Türkiye.",
    "The leaders of Kyrgyzstan, whose government had chaired the Council since the third regular summit in Cholpon-Ata last year, and of Türkiye met, and the presidency was transferred from Kyrgyzstan to Türkiye.",
  ])("reads 'last year' as the year before the meeting: %s", (text) => {
    expect(terms(text, "2010-09-16")).toEqual([
      [KG, "2009", "2010-09-16"],
      [TR, "2010-09-16", null],
    ]);
  });

  it("reads a day that comes long after the verb", () => {
    expect(
      terms(
        "Kyrgyzstan, which has held the chairmanship of the Organisation since the second regular summit in Cholpon-Ata on 3 October 2009, handed it over to Türkiye.",
        "2010-09-16",
      ),
    ).toEqual([
      [KG, "2009-10-03", "2010-09-16"],
      [TR, "2010-09-16", null],
    ]);
  });

  it("reads no start from a relative clause without 'since'", () => {
    expect(
      terms(
        "Kyrgyzstan, whose country had presided over the Organisation twice, thanked its hosts, and the chairmanship then passed from Kyrgyzstan to Türkiye.",
        "2010-09-16",
      ),
    ).toEqual([
      [KG, null, "2010-09-16"],
      [TR, "2010-09-16", null],
    ]);
  });
});

describe("a holder named with its start, and no handover", () => {
  it.each([
    [
      "The leaders praised Türkiye, which has held the chairmanship of the Organisation since the Istanbul summit on 12 November 2021, for its work.",
      [[TR, "2021-11-12", null]],
    ],
    [
      "Kyrgyzstan, whose government has presided over the Council since 2020, hosted the informal meeting.",
      [[KG, "2020", null]],
    ],
    [
      "The talks were friendly. Türkiye has held the chairmanship since 12 November 2021.",
      [[TR, "2021-11-12", null]],
    ],
    [
      "Türkiye, which has held the Presidency since 12 November 2021, welcomed the guests.",
      [[TR, "2021-11-12", null]],
    ],
    [
      "The talks were friendly. Türkiye has been chairing the Organisation since 12 November 2021.",
      [[TR, "2021-11-12", null]],
    ],
    [
      "Kyrgyzstan, which has been in the chair since the Cholpon-Ata summit on 3 September 2021, hosted the meeting.",
      [[KG, "2021-09-03", null]],
    ],
  ])("is the term still running: %s", (text, expected) => {
    expect(terms(text, "2022-03-31")).toEqual(expected);
  });

  it.each([
    // A past perfect with no handover: the term may have ended.
    "Kyrgyzstan, which had held the chairmanship since 2019, hosted the informal meeting.",
    // No start.
    "Türkiye, which holds the chairmanship of the Organisation, hosted the informal meeting.",
    // Two holders: neither is sure.
    "Türkiye, which has held the chairmanship since 2021, and Kazakhstan, which has held it since 2019, spoke.",
    // Another organization's office.
    "Kazakhstan, which has chaired the CIS since 2021, sent its foreign minister.",
  ])("is none: %s", (text) => {
    expect(terms(text, "2022-03-31")).toEqual([]);
  });
});

describe("a handover told first and dated further on", () => {
  it.each([
    "The summit closed with the handover of the chairmanship to Türkiye. The leaders adopted a declaration on transport. Azerbaijan's presidency ended there. Türkiye takes over the chairmanship in 2011, its president said.",
    "The summit closed with the handover of the chairmanship to Türkiye. The leaders adopted a declaration on transport. Azerbaijan's presidency ended there. Türkiye will assume the presidency next year under the motto of unity.",
  ])("takes the year the later sentence gives: %s", (text) => {
    expect(terms(text, "2010-09-16")).toEqual([
      [AZ, null, "2011"],
      [TR, "2011", null],
    ]);
  });

  it.each([
    "The summit closed with the handover of the chairmanship to Türkiye. The leaders adopted a declaration on transport. Azerbaijan's presidency ended there. Türkiye formally takes over the chairmanship on 1 January 2011.",
    "At its close the chairmanship was handed over to Türkiye. The leaders adopted a declaration on transport. Azerbaijan's presidency ended there. Türkiye will assume the chairmanship from January 1, 2011, its president said.",
  ])("takes the later day a later sentence gives: %s", (text) => {
    expect(terms(text, "2010-09-16")).toEqual([
      [AZ, null, "2011-01-01"],
      [TR, "2011-01-01", null],
    ]);
  });

  it.each([
    // A year past the next one is another term.
    "The summit closed with the handover of the chairmanship to Türkiye. The leaders adopted a declaration on transport. Azerbaijan's presidency ended there. Türkiye takes over the chairmanship again in 2014, its president recalled.",
    // A day within the meeting.
    "The summit closed with the handover of the chairmanship to Türkiye. The leaders adopted a declaration on transport. Azerbaijan's presidency ended there. Türkiye formally took over the chairmanship on 16 September.",
    // Another country's year.
    "The summit closed with the handover of the chairmanship to Türkiye. The leaders adopted a declaration on transport. Azerbaijan's presidency ended there. Kazakhstan takes over the chairmanship in 2011, its president said.",
  ])("keeps the meeting's day otherwise: %s", (text) => {
    expect(terms(text, "2010-09-16")).toEqual([
      [AZ, null, "2010-09-16"],
      [TR, "2010-09-16", null],
    ]);
  });
});

describe("the outgoing side after a list of the bodies handed over", () => {
  it.each([
    "On 1 January 2011 Türkiye takes over the chairmanship of the summit, the Council of Foreign Ministers and the Senior Officials Committee from Azerbaijan, which has held it throughout 2010.",
    "From 1 January 2011, Türkiye assumes the presidency of the summit, the ministerial council and the board of elders from Azerbaijan, which has held it throughout 2010.",
  ])("follows 'from': %s", (text) => {
    expect(terms(text, "2010-12-20")).toEqual([
      [AZ, "2010", "2011-01-01"],
      [TR, "2011-01-01", null],
    ]);
  });

  it("is not a country after 'from' in a relative clause", () => {
    expect(
      terms(
        "On 1 January 2011 Türkiye takes over the chairmanship of the Council, which brings together delegations from Azerbaijan and Hungary.",
        "2010-12-20",
      ),
    ).toEqual([[TR, "2011-01-01", null]]);
  });
});

describe("a country that chairs another organization", () => {
  it("is no outgoing holder", () => {
    expect(
      terms(
        "President Tokayev of Kazakhstan, whose country also chairs the CIS this year, took part. At the close the chairmanship passed to Türkiye.",
        "2010-09-16",
      ),
    ).toEqual([[TR, "2010-09-16", null]]);
  });

  it("is the outgoing holder when the office is the body's own", () => {
    expect(
      terms(
        "President Tokayev of Kazakhstan, whose country chairs the Organisation this year, took part. At the close the chairmanship passed to Türkiye.",
        "2010-09-16",
      ),
    ).toEqual([
      [KZ, null, "2010-09-16"],
      [TR, "2010-09-16", null],
    ]);
  });
});

describe("the country whose leader opened and moderated the meeting", () => {
  const chairing = (text: string) =>
    chairingCountry(text, segment(text), eurasiaKnowledge)?.countryId ?? null;

  it.each([
    "The summit was opened and moderated by the President of the Republic of Kazakhstan, the host country.",
    "The online session was moderated by the President of Kazakhstan.",
  ])("chairs: %s", (text) => {
    expect(chairing(text)).toBe(KZ);
  });

  it.each([
    "The next session will be moderated by the President of Kazakhstan.",
    "The delegation was led by the President of Kazakhstan.",
    "The panel was moderated by Kazakh President Kassym-Jomart Tokayev.",
  ])("does not for a later meeting, a delegation or a person named: %s", (text) => {
    expect(chairing(text)).toBeNull();
  });
});

describe("a chair who spoke at the meeting and steered its sessions", () => {
  const roles = (sentence: string) =>
    readPressRelease(
      `Leaders meet in Baku\n\n16 September 2010\n\nBAKU, 16 September — The summit of the Organization of Turkic States was held today. ${sentence} President Recep Tayyip Erdoğan of Türkiye took part.`,
      eurasiaKnowledge,
    ).participants.map((participant) => participant.role.value);

  it.each([
    "President Ilham Aliyev of Azerbaijan spoke at the summit in the morning, recalling the founding treaty, and steered the sessions on transport and on trade.",
    "President Ilham Aliyev of Azerbaijan addressed the summit, welcoming his guests, and then moderated the sessions on energy.",
    "President Ilham Aliyev of Azerbaijan spoke at the meeting and also conducted the sittings on customs.",
  ])("makes them the chair: %s", (sentence) => {
    expect(roles(sentence)[0]).toBe("chair");
  });

  it.each([
    "President Ilham Aliyev of Azerbaijan spoke at the summit in the morning, and steered his delegation through the talks.",
    "President Ilham Aliyev of Azerbaijan addressed the summit, and chaired by the Turkish side the talks went on.",
  ])("does not for another object or a passive: %s", (sentence) => {
    expect(roles(sentence)[0]).not.toBe("chair");
  });
});

describe("more verbs and forms of the handover", () => {
  it.each([
    "Azerbaijan ceded the chairmanship to Türkiye at the close.",
    "At the end of the sitting Azerbaijan relinquished the presidency to Türkiye.",
    "Türkiye was handed the chairmanship by Azerbaijan at the closing session.",
  ])("passes from one side to the other: %s", (text) => {
    expect(terms(text, "2010-09-16")).toEqual([
      [AZ, null, "2010-09-16"],
      [TR, "2010-09-16", null],
    ]);
  });

  it.each([
    "Türkiye has been given the gavel of the Organisation.",
    "The rotating chairmanship of the Council was taken over by Türkiye.",
    "The ministers welcomed Türkiye as the incoming chair of the Organisation.",
  ])("names the next holder: %s", (text) => {
    expect(terms(text, "2010-09-16")).toEqual([[TR, "2010-09-16", null]]);
  });

  it.each(["The chairing country for 2011 is Türkiye.", "The presiding state in 2011 is Türkiye."])(
    "names the next holder by a later year: %s",
    (text) => {
      expect(terms(text, "2010-09-16")).toEqual([[TR, "2011", null]]);
    },
  );

  it.each([
    "Türkiye was handed the chairmanship at the previous summit in 2009.",
    "Türkiye was given the floor after the chairman.",
    "The chairmanship was held by Azerbaijan for two years.",
    "The chairmanship was taken over by Kazakhstan last year.",
    "Azerbaijan ceded ground to Türkiye on trade.",
    "The chairing country for 2010 is Azerbaijan.",
    "The leaders thanked Azerbaijan as the host of the summit.",
  ])("is none for an earlier term, another thing given or ceded, or a host: %s", (text) => {
    expect(terms(text, "2010-09-16")).toEqual([]);
  });

  it("keeps a current chair welcomed 'as' one the outgoing side", () => {
    expect(
      terms(
        "The leaders welcomed Kazakhstan as the current chair of the Organisation, and the chairmanship passed to Türkiye.",
        "2010-09-16",
      ),
    ).toEqual([
      [KZ, null, "2010-09-16"],
      [TR, "2010-09-16", null],
    ]);
  });
});

describe("the outgoing term's start in an aside on the holder or the office", () => {
  it.each([
    ["Kyrgyzstan, the chair since 2009, passed the chairmanship to Türkiye.", "2009"],
    [
      "Kyrgyzstan, chairing the Organisation since the Cholpon-Ata summit of 3 October 2009, handed the gavel to Türkiye.",
      "2009-10-03",
    ],
    ["Kyrgyzstan, at the helm since October 3, 2009, handed the presidency to Türkiye.", "2009-10-03"],
    ["Kyrgyzstan handed the chairmanship, which it had held since 2009, over to Türkiye.", "2009"],
  ])("is read after 'since': %s", (text, since) => {
    expect(terms(text, "2010-09-16")).toEqual([
      [KG, since, "2010-09-16"],
      [TR, "2010-09-16", null],
    ]);
  });

  it.each([
    "Kyrgyzstan, the host since Monday, passed the chairmanship to Türkiye.",
    "Kyrgyzstan, a member since 2009, passed the chairmanship to Türkiye.",
    "Kyrgyzstan, the chair of the working group since 2008, passed the chairmanship to Türkiye.",
    "Kyrgyzstan handed the chairmanship, which has rotated since 2009, to Türkiye.",
  ])("is none for another role or another office: %s", (text) => {
    expect(terms(text, "2010-09-16")).toEqual([
      [KG, null, "2010-09-16"],
      [TR, "2010-09-16", null],
    ]);
  });
});

describe("holding the office, joined to a future verb", () => {
  it.each([
    "Türkiye will host the next summit and hold the chairmanship until then.",
    "Türkiye will organise the next meeting and also hold the presidency of the Organisation.",
    "Türkiye shall convene the next summit and then hold the chairmanship.",
  ])("takes the office with 'hold' in the future: %s", (text) => {
    expect(terms(text, "2010-09-16")).toEqual([[TR, "2010-09-16", null]]);
  });

  it.each([
    "Türkiye hosted the summit and will take part in the next one.",
    "The leaders will meet again next year and take stock of the chairmanship.",
    "Türkiye hosted the summit and took over the chairmanship of the Organisation in 2009.",
    "Türkiye hosted the summit and holds the chairmanship.",
  ])("does not without a taker or with a term taken earlier: %s", (text) => {
    expect(terms(text, "2010-09-16")).toEqual([]);
  });
});

describe("a chair who led the proceedings, in the passive or with 'guided'", () => {
  const chairs = (sentence: string) =>
    readPressRelease(
      `Leaders meet in Istanbul\n\n16 September 2010\n\nISTANBUL, 16 September — The summit of the Organization of Turkic States was held today. President Ilham Aliyev of Azerbaijan and President Nursultan Nazarbayev of Kazakhstan took part. ${sentence}`,
      eurasiaKnowledge,
    )
      .participants.filter((participant) => participant.role.value === "chair")
      .map((participant) => participant.nameAsStated);

  it.each([
    "The proceedings were led by Turkish President Abdullah Gül.",
    "The sessions were steered by Turkish President Abdullah Gül.",
    "The deliberations were guided by Turkish President Abdullah Gül.",
    "Turkish President Abdullah Gül opened the plenary and guided the discussion.",
  ])("makes them the chair: %s", (sentence) => {
    expect(chairs(sentence)).toEqual(["Abdullah Gül"]);
  });

  it.each([
    "Turkish President Abdullah Gül guided his guests through the palace after the summit.",
    "The delegations were led by their heads of state, and Turkish President Abdullah Gül attended.",
    "The proceedings of the next meeting will be led by Turkish President Abdullah Gül.",
  ])("does not for guests, delegations or a later meeting: %s", (sentence) => {
    expect(chairs(sentence)).toEqual([]);
  });
});

describe("more ways of dating a term", () => {
  it.each([
    ["Türkiye takes over the chairmanship for the period 2011–2012.", [[TR, "2011", null]]],
    ["Türkiye will assume the presidency for the term 2011-2013.", [[TR, "2011", null]]],
    ["Türkiye's chairmanship, which starts next year, was welcomed by all.", [[TR, "2011", null]]],
    ["In January 2011 Türkiye will assume the chairmanship.", [[TR, "2011-01", null]]],
    [
      "In July 2010 Türkiye assumed the chairmanship. At the close of the summit the chairmanship passed to Kazakhstan.",
      [
        [TR, "2010-07", "2010-09-16"],
        [KZ, "2010-09-16", null],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(terms(text, "2010-09-16")).toEqual(expected);
  });

  it.each([
    // A month before the meeting's, in the past: a term already held, with no handover.
    ["In July 2010 Türkiye assumed the chairmanship.", []],
    // The meeting's own month is the meeting's day.
    ["In September 2010 Türkiye assumed the chairmanship.", [[TR, "2010-09-16", null]]],
    // A term that started earlier is no next one.
    ["Türkiye's chairmanship, which started in 2009, was praised.", []],
  ])("keeps what is no later term: %s", (text, expected) => {
    expect(terms(text, "2010-09-16")).toEqual(expected);
  });
});

describe("a handover dated by its session, and dated again further on", () => {
  it.each([
    "BAKU, 16 September – The leaders closed the summit with the handover of the chairmanship to Türkiye. They adopted a declaration on transport. Türkiye takes over the chairmanship in 2011, its president said.",
    "On 16 September, at the closing session, the gavel was passed to Türkiye. The leaders adopted a declaration on transport. Türkiye will formally assume the presidency on 1 January 2011.",
  ])("takes the later date over the meeting's own day: %s", (text) => {
    expect(terms(text, "2010-09-16")[0]?.[1]).toMatch(/^2011/);
  });

  it("keeps a day after the meeting that the handover's own sentence gives", () => {
    expect(
      terms(
        "The leaders agreed that the chairmanship passes to Türkiye on 1 December 2010. They adopted a declaration on transport. Türkiye takes over the chairmanship in 2011, its president said.",
        "2010-09-16",
      ),
    ).toEqual([[TR, "2010-12-01", null]]);
  });
});

describe("a holder's clause on something other than the office", () => {
  it.each([
    "Kazakhstan, whose government has presided over the reforms since 2019, sent its foreign minister.",
    "Kyrgyzstan, which has chaired talks on water since 2018, hosted the informal meeting.",
    "President Sadyr Japarov of Kyrgyzstan, who has held the presidency since 2021, hosted the informal meeting.",
    "Türkiye has held elections since 1946, its president recalled.",
  ])("names no holder: %s", (text) => {
    expect(terms(text, "2022-03-31")).toEqual([]);
  });
});

describe("guards on the rules of this round", () => {
  it("does not date the term by a later sentence on another organization's chairmanship", () => {
    expect(
      terms(
        "The summit closed with the handover of the chairmanship to Türkiye. The leaders adopted a declaration on transport. Türkiye also takes over the chairmanship of the CIS in 2011, its president said.",
        "2010-09-16",
      ),
    ).toEqual([[TR, "2010-09-16", null]]);
  });

  const roles = (sentence: string) =>
    readPressRelease(
      `Leaders meet in Baku\n\n16 September 2010\n\nBAKU, 16 September — The summit of the Organization of Turkic States was held today. ${sentence} President Recep Tayyip Erdoğan of Türkiye took part.`,
      eurasiaKnowledge,
    ).participants.map((participant) => participant.role.value);

  it.each([
    "President Ilham Aliyev of Azerbaijan spoke at the summit, and conducted the bilateral meetings on its sidelines.",
    "President Ilham Aliyev of Azerbaijan addressed the summit and later led the separate talks with the guests.",
    "President Ilham Aliyev of Azerbaijan spoke at the summit, and moderated the business forum's sessions on the eve.",
    "President Ilham Aliyev of Azerbaijan attended the summit and led the panel sessions of the youth forum.",
    "President Ilham Aliyev of Azerbaijan addressed the summit and steered the talks with Türkiye on energy.",
  ])("makes no chair of one who led talks beside the meeting: %s", (sentence) => {
    expect(roles(sentence)[0]).not.toBe("chair");
  });
});

describe("the other side named before the office", () => {
  it.each([
    "Türkiye today received from Azerbaijan the chairmanship of the Organisation.",
    "Türkiye took over from Azerbaijan the rotating presidency of the Council.",
    "Azerbaijan transferred to Türkiye the chairmanship of the Organisation.",
    "At the close Azerbaijan handed over to the Republic of Türkiye the gavel of the summit.",
  ])("passes the office between the two: %s", (text) => {
    expect(terms(text, "2010-09-16")).toEqual([
      [AZ, null, "2010-09-16"],
      [TR, "2010-09-16", null],
    ]);
  });

  it("reads the start of the term the office's clause gives with no pronoun", () => {
    expect(
      terms(
        "Azerbaijan handed over to Türkiye the chairmanship it had held since 3 October 2009.",
        "2010-09-16",
      ),
    ).toEqual([
      [AZ, "2009-10-03", "2010-09-16"],
      [TR, "2010-09-16", null],
    ]);
  });

  it("takes the office in the progressive", () => {
    expect(terms("Türkiye is assuming the chairmanship of the Organisation.", "2010-09-16")).toEqual([
      [TR, "2010-09-16", null],
    ]);
  });

  it.each([
    "Azerbaijan's foreign minister went to Türkiye for the chairmanship talks.",
    "The leaders passed to Türkiye the floor.",
    "Türkiye received from Azerbaijan the chairmanship in 2009.",
    "Türkiye received from Azerbaijan a letter about the chairmanship.",
    "The summit is taking place under the chairmanship of Azerbaijan.",
  ])("is none for another errand, another thing, an earlier term or a passive: %s", (text) => {
    expect(terms(text, "2010-09-16")).toEqual([]);
  });
});

describe("terms dated 'years ago', and the office to be handed", () => {
  it("starts an earlier term that many years before the meeting", () => {
    expect(
      terms(
        "Azerbaijan took over the chairmanship two years ago. At the close of the summit the chairmanship passed to Türkiye.",
        "2010-09-16",
      ),
    ).toEqual([
      [AZ, "2008", "2010-09-16"],
      [TR, "2010-09-16", null],
    ]);
  });

  it.each([
    "Azerbaijan was handed the chairmanship a year ago.",
    "Two years ago Azerbaijan was handed the chairmanship.",
  ])("is no handover at this meeting: %s", (text) => {
    expect(terms(text, "2010-09-16")).toEqual([]);
  });

  it.each([
    ["Türkiye will be handed the chairmanship next year.", "2011"],
    ["Türkiye is to be given the presidency from 1 January 2011.", "2011-01-01"],
  ])("names the next holder in the future passive: %s", (text, start) => {
    expect(terms(text, "2010-09-16")).toEqual([[TR, start, null]]);
  });
});

describe("participants named as the sides of a handover", () => {
  const handover = (sentence: string) =>
    readPressRelease(
      `Turkic leaders meet\n\n16 September 2010\n\nISTANBUL, 16 September — The summit of the Organization of Turkic States was held today. President Ilham Aliyev of Azerbaijan, President Abdullah Gül of Türkiye and President Nursultan Nazarbayev of Kazakhstan took part. ${sentence}`,
      eurasiaKnowledge,
    ).chairmanships.map((term) => [term.countryId, term.startDate, term.endDate]);

  it.each([
    "Gül took over the chairmanship from Aliyev.",
    "Gül took over the chairmanship from President Aliyev at the close.",
  ])("takes the one after 'from' as the outgoing side: %s", (sentence) => {
    expect(handover(sentence)).toEqual([
      [AZ, null, "2010-09-16"],
      [TR, "2010-09-16", null],
    ]);
  });

  it("takes no outgoing side from a name further on", () => {
    expect(handover("Gül took over the chairmanship from a predecessor praised by Aliyev.")).toEqual([
      [TR, "2010-09-16", null],
    ]);
  });

  it("reads 'X, as the incoming chair,' as the next holder", () => {
    expect(handover("President Gül, as the incoming chair, closed the summit.")).toEqual([
      [TR, "2010-09-16", null],
    ]);
  });

  it.each([
    "President Gül, as chair, closed the summit.",
    "President Gül, as the outgoing chair, thanked Aliyev.",
  ])("reads no next holder from a present or outgoing chair: %s", (sentence) => {
    expect(handover(sentence)).toEqual([]);
  });
});
