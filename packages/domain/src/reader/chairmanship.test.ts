import { describe, expect, it } from "vitest";
import { readChairmanships } from "./chairmanship";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { ids, worldKnowledge as knowledge } from "./fixtures/world-knowledge";
import type { ParticipantProposal } from "./proposal";
import { readPressRelease } from "./read-press-release";
import { segment } from "./segment";

const read = (text: string, date: string) =>
  readChairmanships({
    text,
    paragraphs: segment(text),
    knowledge,
    date,
    publishedAt: date,
    organizationId: "orgshanghaicooperationorganisati",
    chair: null,
  });

describe("chairmanship", () => {
  it("starts the new term at the meeting and closes the stored outgoing one", () => {
    const terms = read(
      "The leaders thanked Tajikistan for the Tajik chairmanship. Uzbekistan took over the SCO chairmanship.",
      "2021-09-17",
    );
    expect(
      terms.map((t) => [t.countryId, t.startDate, t.endDate, t.existingId, t.handoverAtMeeting]),
    ).toEqual([
      ["ctytjx0001", "2020-11-10", "2021-09-17", "chrscotj2020", true],
      ["ctyuzx0001", "2021-09-17", null, null, true],
    ]);
  });

  it("reads the outgoing term's years from the text when the database has none, and a stated start date", () => {
    const terms = read(
      "The results of the Russian presidency of the SCO in 2019-2020 were summed up. India will assume the SCO presidency on 1 January 2021.",
      "2020-11-10",
    );
    expect(terms.map((t) => [t.countryId, t.startDate, t.endDate, t.handoverAtMeeting])).toEqual([
      ["ctyrux0001", "2019", "2021-01-01", false],
      ["ctyinx0001", "2021-01-01", null, false],
    ]);
  });

  it("proposes nothing when no one takes over", () => {
    expect(read("The leaders discussed the presidency.", "2020-11-10")).toEqual([]);
  });
});

// Issue 12's handover phrasings, three or more variants each, read from the words around the office rather than
// from known sentences. Countries, demonyms and people the knowledge does not hold stand among them.
describe("handover phrasings", () => {
  const terms = (
    text: string,
    date: string,
    organization: string,
    chair: ParticipantProposal | null = null,
  ) =>
    readChairmanships({
      text,
      paragraphs: segment(text),
      knowledge: eurasiaKnowledge,
      date,
      publishedAt: date,
      organizationId: organization,
      chair,
    }).map((term) => [term.countryId, term.startDate, term.endDate]);
  /** A whole release, so that the people named in it are the reader's participants. */
  const release = (body: string, date: string) =>
    readPressRelease(
      `Summit report\n\n${date}\n\nThe meeting was held on ${date}. ${body}`,
      eurasiaKnowledge,
    ).chairmanships.map((term) => [term.countryId, term.startDate, term.endDate]);
  const cis = ids.organization("cis");
  const csto = ids.organization("csto");
  const ots = ids.organization("ots");
  const sco = "orgshanghaicooperationorganisati";
  const [KZ, KG, RU, TJ, UZ, BY, AZ, TR, CN, IN, AM] = [
    "KZ",
    "KG",
    "RU",
    "TJ",
    "UZ",
    "BY",
    "AZ",
    "TR",
    "CN",
    "IN",
    "AM",
  ].map(ids.country);

  it('"will be moved to"', () => {
    expect(
      terms("The chairmanship of the CIS in 2025 will be moved to Tajikistan.", "2024-10-08", cis),
    ).toEqual([[TJ, "2025", null]]);
    expect(
      terms(
        "Kyrgyzstan thanked the partners. The presidency of the Organisation will be moved to the Republic of Uzbekistan.",
        "2021-09-17",
        sco,
      ),
    ).toEqual([[UZ, "2021-09-17", null]]);
    expect(
      terms(
        "It was agreed that the chairmanship will be moved to the Kyrgyz Republic from 1 January 2025.",
        "2024-11-28",
        csto,
      ),
    ).toEqual([[KG, "2025-01-01", null]]);
  });

  it('"passed from X to Y"', () => {
    expect(terms("The SCO presidency passed from Kyrgyzstan to Russia.", "2019-06-14", sco)).toEqual([
      [KG, null, "2019-06-14"],
      [RU, "2019-06-14", null],
    ]);
    expect(
      terms(
        "The rotating presidency has passed from the Russian Federation to the Republic of Kazakhstan.",
        "2023-07-04",
        sco,
      ),
    ).toEqual([
      [RU, null, "2023-07-04"],
      [KZ, "2023-07-04", null],
    ]);
    expect(
      terms("Chairmanship of the Council passed from Belarus to Kazakhstan for 2024.", "2023-11-23", csto),
    ).toEqual([
      [BY, null, "2024"],
      [KZ, "2024", null],
    ]);
    expect(
      terms(
        "With that, the baton of chairmanship passed from Uzbekistan to the Kazakh side.",
        "2023-11-03",
        ots,
      ),
    ).toEqual([
      [UZ, "2022-11-11", "2023-11-03"],
      [KZ, "2023-11-03", null],
    ]);
  });

  it('"handed over the chairmanship to <person> of <country>", to a demonym or to a person named earlier', () => {
    expect(
      release(
        "The Summit of the Organization of Turkic States was attended by President of Uzbekistan Shavkat Mirziyoyev and President of Kazakhstan Kassym-Jomart Tokayev. " +
          "President Shavkat Mirziyoyev handed over the chairmanship to President Kassym-Jomart Tokayev of Kazakhstan.",
        "3 November 2023",
      ),
    ).toEqual([
      [UZ, "2022-11-11", "2023-11-03"],
      [KZ, "2023-11-03", null],
    ]);
    expect(
      release(
        "The Summit of the Organization of Turkic States was attended by President of Kazakhstan Kassym-Jomart Tokayev and President of Kyrgyzstan Sadyr Japarov. " +
          "Tokayev handed over the OTS chairmanship to his Kyrgyz counterpart.",
        "6 November 2024",
      ),
    ).toEqual([
      [KZ, null, "2024-11-06"],
      [KG, "2024-11-06", null],
    ]);
    expect(
      release(
        "The Summit of the Organization of Turkic States was attended by President of Azerbaijan Ilham Aliyev and President of Türkiye Recep Tayyip Erdoğan. " +
          "Azerbaijani President Ilham Aliyev handed the chairmanship over to the President of Türkiye, Recep Tayyip Erdoğan.",
        "12 November 2021",
      ),
    ).toEqual([
      [AZ, null, "2021-11-12"],
      [TR, "2021-11-12", null],
    ]);
    expect(
      release(
        "The Council of Heads of State of the Shanghai Cooperation Organisation met in Astana. The meeting was attended by Prime Minister of India Narendra Modi and President of Kazakhstan Kassym-Jomart Tokayev. " +
          "Narendra Modi handed over the presidency to Kassym-Jomart Tokayev.",
        "4 July 2023",
      ),
    ).toEqual([
      [IN, null, "2023-07-04"],
      [KZ, "2023-07-04", null],
    ]);
  });

  it('"the presiding state (X)" names the outgoing side, whichever way round', () => {
    expect(
      terms(
        "The presiding state (Kazakhstan) reported on its work. Kyrgyzstan takes over the chairmanship of the CIS in 2023.",
        "2022-10-14",
        cis,
      ),
    ).toEqual([
      [KZ, "2022-01-01", "2023"],
      [KG, "2023", null],
    ]);
    expect(
      terms(
        "The delegation of the presiding state, Belarus, summed up the year. Kazakhstan will chair the CSTO in 2024.",
        "2023-11-23",
        csto,
      ),
    ).toEqual([
      [BY, null, "2024"],
      [KZ, "2024", null],
    ]);
    expect(
      terms(
        "On behalf of the presiding country (Armenia) the Prime Minister opened the session. The CSTO chairmanship will be moved to Belarus.",
        "2022-11-23",
        csto,
      ),
    ).toEqual([
      [AM, "2022", "2022-11-23"],
      [BY, "2022-11-23", null],
    ]);
  });

  it('"X\'s Chairship", "the Russian presidency" and other names of the present term', () => {
    expect(
      terms(
        "The leaders praised Russia's BRICS Chairship. India will assume the chairship on 1 January 2021.",
        "2020-11-17",
        ids.organization("brics"),
      ),
    ).toEqual([
      [RU, null, "2021-01-01"],
      [IN, "2021-01-01", null],
    ]);
    expect(
      terms(
        "Results of Kyrgyzstan's Chairmanship of the Organisation in 2018-2019 were reviewed. Russia took over the chairmanship.",
        "2019-06-14",
        sco,
      ),
    ).toEqual([
      [KG, "2018", "2019-06-14"],
      [RU, "2019-06-14", null],
    ]);
    expect(
      terms(
        "The participants thanked the Chinese chairship for its work. Kazakhstan will take the chair next year.",
        "2022-06-23",
        sco,
      ),
    ).toEqual([
      [CN, null, "2023"],
      [KZ, "2023", null],
    ]);
  });

  it('"as presiding country" and "as chairing country"', () => {
    expect(
      terms(
        "Kazakhstan, as presiding country, thanked the partners. Kyrgyzstan takes over the chairmanship in 2023.",
        "2022-10-14",
        cis,
      ),
    ).toEqual([
      [KZ, "2022-01-01", "2023"],
      [KG, "2023", null],
    ]);
    expect(
      terms(
        "Tajikistan, as the chairing country, opened the session. Russia takes over the presidency.",
        "2021-09-17",
        csto,
      ),
    ).toEqual([
      [TJ, null, "2021-09-17"],
      [RU, "2021-09-17", null],
    ]);
    expect(
      terms(
        "Russia, acting as the presiding side, summed up the year. Tajikistan will chair the Commonwealth in 2025.",
        "2024-10-08",
        cis,
      ),
    ).toEqual([
      [RU, null, "2025"],
      [TJ, "2025", null],
    ]);
  });

  it('"takes over the chairmanship in 2021", with a demonym or a person as the one taking over', () => {
    expect(terms("Armenia will take over the CSTO chairmanship in 2022.", "2021-09-16", csto)).toEqual([
      [AM, "2022", null],
    ]);
    expect(terms("The Kazakh side takes over the presidency in 2024.", "2023-11-23", csto)).toEqual([
      [KZ, "2024", null],
    ]);
    expect(
      release(
        "The session of the Collective Security Council was attended by President of Belarus Alexander Lukashenko and President of Kazakhstan Kassym-Jomart Tokayev. " +
          "Lukashenko chaired the session. Tokayev takes over the chairmanship in 2024.",
        "23 November 2023",
      ),
    ).toEqual([
      [BY, null, "2024"],
      [KZ, "2024", null],
    ]);
  });

  it('"the baton passes to"', () => {
    expect(
      terms("The baton now passes to Kyrgyzstan, which will host the next summit.", "2023-11-03", ots),
    ).toEqual([[KG, "2023-11-03", null]]);
    expect(
      terms("With that, the baton of the CIS chairmanship passed to Tajikistan for 2025.", "2024-10-08", cis),
    ).toEqual([[TJ, "2025", null]]);
    expect(terms("Uzbekistan passed the baton to Kazakhstan.", "2023-11-03", ots)).toEqual([
      [UZ, "2022-11-11", "2023-11-03"],
      [KZ, "2023-11-03", null],
    ]);
  });

  it('"X will chair the organisation next year", and the passive', () => {
    expect(terms("Russia will chair the Commonwealth next year.", "2023-10-13", cis)).toEqual([
      [RU, "2024", null],
    ]);
    expect(terms("Kyrgyzstan is to chair the CSTO in 2025.", "2024-11-28", csto)).toEqual([
      [KG, "2025", null],
    ]);
    expect(terms("Next year the Organisation will be chaired by Tajikistan.", "2024-11-28", csto)).toEqual([
      [TJ, "2025", null],
    ]);
    expect(
      terms("Belarus will preside over the Union next year.", "2024-12-26", ids.organization("eaeu")),
    ).toEqual([[BY, "2025", null]]);
  });

  it('"the next summit will be hosted by X, which assumed the presidency", and other relative clauses', () => {
    expect(
      terms(
        "Uzbekistan, which assumed the chairmanship today, will host the next summit in Samarkand.",
        "2021-09-17",
        sco,
      ),
    ).toEqual([[UZ, "2021-09-17", null]]);
    expect(
      terms(
        "The next meeting will take place in Bishkek, Kyrgyzstan having assumed the presidency.",
        "2018-06-10",
        sco,
      ),
    ).toEqual([[KG, "2018-06-10", null]]);
    expect(
      terms(
        "Next year's summit will be hosted by Kazakhstan, which has taken over the presidency.",
        "2022-11-23",
        csto,
      ),
    ).toEqual([[KZ, "2022-11-23", null]]);
  });

  it("takes a holder named with a past date for the outgoing term, and proposes nothing for a present or passive office", () => {
    expect(
      terms(
        "Russia, which took over the CIS chairmanship on 1 January 2024, hosted the meeting. Tajikistan will chair the Commonwealth next year.",
        "2024-10-08",
        cis,
      ),
    ).toEqual([
      [RU, "2024-01-01", "2025"],
      [TJ, "2025", null],
    ]);
    expect(
      terms("Kazakhstan, which currently chairs the Organization, hosted the session.", "2024-11-28", csto),
    ).toEqual([]);
    expect(
      terms(
        "The summit was held in Dushanbe under the chairmanship of the President of Tajikistan.",
        "2019-06-15",
        sco,
      ),
    ).toEqual([]);
    expect(terms("The chair passed the floor to the President of Russia.", "2019-06-15", sco)).toEqual([]);
    expect(
      terms(
        "He wished the Tajik leader success in the framework of the chairmanship in the SCO.",
        "2020-11-10",
        sco,
      ),
    ).toEqual([]);
  });
});

// More handover phrasings of real releases (SCO, CIS, EAEU, BRICS, ASEAN, OTS, AU), three or more variants each,
// written for these tests. Each pair is [country, start, end] as in the block above.
describe("handover phrasings, second round", () => {
  const terms = (text: string, date: string, organization: string) =>
    readChairmanships({
      text,
      paragraphs: segment(text),
      knowledge: eurasiaKnowledge,
      date,
      publishedAt: date,
      organizationId: organization,
      chair: null,
    }).map((term) => [term.countryId, term.startDate, term.endDate]);
  const cis = ids.organization("cis");
  const csto = ids.organization("csto");
  const ots = ids.organization("ots");
  const eaeu = ids.organization("eaeu");
  const brics = ids.organization("brics");
  const asean = ids.organization("asean");
  const sco = "orgshanghaicooperationorganisati";
  const [KZ, KG, RU, TJ, UZ, BY, AM, CN, BR, ID, LA, VN, TH, PH, MY, IN] = [
    "KZ",
    "KG",
    "RU",
    "TJ",
    "UZ",
    "BY",
    "AM",
    "CN",
    "BR",
    "ID",
    "LA",
    "VN",
    "TH",
    "PH",
    "MY",
    "IN",
  ].map(ids.country);

  it('"X will be chairing" and "X will be the chair" take the office', () => {
    expect(terms("Kyrgyzstan will be chairing the Commonwealth in 2023.", "2022-10-14", cis)).toEqual([
      [KG, "2023", null],
    ]);
    expect(
      terms("The delegations agreed that Tajikistan will be the CIS chair in 2025.", "2024-10-08", cis),
    ).toEqual([[TJ, "2025", null]]);
    expect(
      terms(
        "Next year Laos will be the incoming chair of the Association, while others co-chair.",
        "2023-09-07",
        asean,
      ),
    ).toEqual([[LA, "2024", null]]);
  });

  it('"X is currently chairing" names the outgoing holder', () => {
    expect(
      terms("Kazakhstan is currently chairing the CIS. Kyrgyzstan will chair it in 2023.", "2022-10-14", cis),
    ).toEqual([
      [KZ, "2022-01-01", "2023"],
      [KG, "2023", null],
    ]);
    expect(
      terms(
        "Armenia, which is presiding this year, opened the session. Belarus takes over the presidency.",
        "2022-11-23",
        csto,
      ),
    ).toEqual([
      [AM, "2022", "2022-11-23"],
      [BY, "2022-11-23", null],
    ]);
    expect(
      terms(
        "Uzbekistan is now chairing the Organization. The chairmanship will then go to Kazakhstan.",
        "2023-11-03",
        ots,
      ),
    ).toEqual([
      [UZ, "2022-11-11", "2023-11-03"],
      [KZ, "2023-11-03", null],
    ]);
  });

  it('the handover as a noun: "the handover of the chairmanship from X to Y"', () => {
    expect(
      terms(
        "The summit closed with the handover of the ASEAN Chairmanship from Indonesia to Laos.",
        "2023-09-07",
        asean,
      ),
    ).toEqual([
      [ID, "2023-01-01", "2023-09-07"],
      [LA, "2023-09-07", null],
    ]);
    expect(
      terms("A ceremony marked the transition of the chairship from Russia to Brazil.", "2024-10-24", brics),
    ).toEqual([
      [RU, "2024-01-01", "2024-10-24"],
      [BR, "2024-10-24", null],
    ]);
    expect(terms("The hand-over of the presidency to Kyrgyzstan was approved.", "2024-11-06", ots)).toEqual([
      [KG, "2024-11-06", null],
    ]);
  });

  it('"turned over the chairmanship to" a country or its leader', () => {
    expect(
      terms("Thailand turned over the chairmanship to Viet Nam's Prime Minister.", "2019-11-04", asean),
    ).toEqual([
      [TH, null, "2019-11-04"],
      [VN, "2019-11-04", null],
    ]);
    expect(
      terms(
        "At the closing ceremony the Philippines turned the chairmanship over to Singapore.",
        "2017-11-14",
        asean,
      ),
    ).toEqual([
      [PH, null, "2017-11-14"],
      [ids.country("SG"), "2017-11-14", null],
    ]);
    expect(terms("Malaysia turns over the ASEAN chair to the Philippines.", "2025-10-28", asean)).toEqual([
      [MY, null, "2025-10-28"],
      [PH, "2025-10-28", null],
    ]);
    // "turning to" without "over" passes nothing.
    expect(terms("Turning to the chairmanship of Laos, he praised its work.", "2024-10-09", asean)).toEqual(
      [],
    );
  });

  it("a start day without a year lies after the meeting when the sentence looks ahead, before it when it looks back", () => {
    expect(terms("The chairship will pass to Russia from 1 January.", "2023-08-24", brics)).toEqual([
      [RU, "2024-01-01", null],
    ]);
    expect(
      terms("Viet Nam will formally take over as Chair of ASEAN from 1 January.", "2019-11-04", asean),
    ).toEqual([[VN, "2020-01-01", null]]);
    expect(
      terms("Belarus assumes the presidency of the Union's bodies on January 1.", "2019-12-20", eaeu),
    ).toEqual([[BY, "2020-01-01", null]]);
    expect(
      terms(
        "Belarus, which took over the presidency on 1 January, hosted the meeting. Kazakhstan will preside over the Union next year.",
        "2020-12-11",
        eaeu,
      ),
    ).toEqual([
      [BY, "2020-01-01", "2021"],
      [KZ, "2021", null],
    ]);
  });

  it('"X\'s chairmanship begins on 1 January", "X\'s Chairship will start in 2024"', () => {
    expect(terms("Kazakhstan's chairmanship begins on 1 January 2023.", "2022-11-23", csto)).toEqual([
      [KZ, "2023-01-01", null],
    ]);
    expect(
      terms("The leaders noted that Russia's BRICS Chairship will begin on 1 January.", "2023-08-24", brics),
    ).toEqual([[RU, "2024-01-01", null]]);
    expect(terms("Tajikistan's presidency of the Commonwealth starts in 2025.", "2024-10-08", cis)).toEqual([
      [TJ, "2025", null],
    ]);
  });

  it('"X\'s assumption of the presidency", "X\'s takeover of the chairmanship"', () => {
    expect(
      terms("Tajikistan's assumption of the CIS presidency in 2025 was welcomed.", "2024-10-08", cis),
    ).toEqual([[TJ, "2025", null]]);
    expect(
      terms("The heads of state welcomed Kyrgyzstan's takeover of the chairmanship.", "2024-11-06", ots),
    ).toEqual([[KG, "2024-11-06", null]]);
    expect(
      terms(
        "Brazil's assumption of the rotating chairship on 1 January 2025 was noted.",
        "2024-10-23",
        brics,
      ),
    ).toEqual([[BR, "2025-01-01", null]]);
  });

  it('"X was entrusted with the chairmanship", "X was elected to chair", "the chairmanship was entrusted to X"', () => {
    expect(
      terms("Kyrgyzstan was entrusted with the chairmanship of the Organisation.", "2023-11-03", ots),
    ).toEqual([[KG, "2023-11-03", null]]);
    expect(
      terms("The Republic of Belarus has been entrusted with the presidency for 2024.", "2023-12-25", eaeu),
    ).toEqual([[BY, "2024", null]]);
    expect(
      terms("It was decided to entrust the chairmanship in 2025 to Tajikistan.", "2024-10-08", cis),
    ).toEqual([[TJ, "2025", null]]);
    expect(
      terms(
        "The President of Kazakhstan was elected as chairman of the Council for 2024.",
        "2023-11-23",
        csto,
      ),
    ).toEqual([[KZ, "2024", null]]);
  });

  it("a year the next summit is held in is not the year the term starts", () => {
    expect(
      terms(
        "Uzbekistan took over the chairmanship; the next summit will be held in Samarkand in 2022.",
        "2021-09-17",
        sco,
      ),
    ).toEqual([[UZ, "2021-09-17", null]]);
    expect(
      terms(
        "China assumed the presidency, and the next SCO summit will take place in China in 2025.",
        "2024-07-04",
        sco,
      ),
    ).toEqual([[CN, "2024-07-04", null]]);
    expect(
      terms("Kyrgyzstan takes over the presidency and will host the next summit in 2025.", "2024-11-06", ots),
    ).toEqual([[KG, "2024-11-06", null]]);
  });

  it('"… at the next summit": the term starts on that summit\'s day, or its year, or is left open', () => {
    expect(terms("The chairmanship will pass to Kyrgyzstan at the next summit.", "2024-10-08", cis)).toEqual([
      [KG, null, null],
    ]);
    expect(
      terms(
        "Kazakhstan will take over the chairmanship at the next summit, on 15 October 2025.",
        "2024-10-08",
        cis,
      ),
    ).toEqual([[KZ, "2025-10-15", null]]);
    expect(
      terms(
        "The presidency passes to Belarus at the next meeting of the Council in 2025.",
        "2024-12-26",
        eaeu,
      ),
    ).toEqual([[BY, "2025", null]]);
  });

  it('the outgoing term named by praise: "thanked X for its successful presidency", "X\'s effective chairmanship"', () => {
    expect(
      terms(
        "The leaders thanked Armenia for its successful presidency. Belarus assumes the presidency.",
        "2019-12-20",
        eaeu,
      ),
    ).toEqual([
      [AM, null, "2019-12-20"],
      [BY, "2019-12-20", null],
    ]);
    expect(
      terms(
        "They praised the Kazakh side for its year-long chairmanship. The baton passes to China.",
        "2024-07-04",
        sco,
      ),
    ).toEqual([
      [KZ, "2023-07-04", "2024-07-04"],
      [CN, "2024-07-04", null],
    ]);
    expect(
      terms(
        "Participants commended Russia's effective chairmanship of the Union. Armenia takes over the chairmanship on 1 January.",
        "2023-12-25",
        eaeu,
      ),
    ).toEqual([
      [RU, "2023-01-01", "2024-01-01"],
      [AM, "2024-01-01", null],
    ]);
  });

  it('"assumes a high mission of chairmanship", "accepts the duties of the chairmanship"', () => {
    expect(
      terms("Kazakhstan assumes a high mission of chairmanship in the Organisation.", "2016-06-24", sco),
    ).toEqual([[KZ, "2016-06-24", null]]);
    expect(terms("Uzbekistan accepts the duties of the chairmanship from today.", "2021-09-17", sco)).toEqual(
      [[UZ, "2021-09-17", null]],
    );
    // "for the coming year" is how long the term lasts, not when it starts.
    expect(
      terms(
        "Kyrgyzstan took on the responsibilities of chairmanship for the coming year.",
        "2024-11-06",
        ots,
      ),
    ).toEqual([[KG, "2024-11-06", null]]);
  });

  it('"it was decided that X will chair in 2025", and the passive with the year first', () => {
    expect(terms("It was decided that Tajikistan will chair in 2025.", "2024-10-08", cis)).toEqual([
      [TJ, "2025", null],
    ]);
    expect(
      terms(
        "The heads of state decided that Turkmenistan would chair the Commonwealth in 2026.",
        "2025-10-10",
        cis,
      ),
    ).toEqual([[ids.country("TM"), "2026", null]]);
    expect(terms("In 2019 the chairmanship will be taken over by Armenia.", "2018-12-06", eaeu)).toEqual([
      [AM, "2019", null],
    ]);
    expect(terms("From 2025 the presidency shall be exercised by Tajikistan.", "2024-10-08", cis)).toEqual([
      [TJ, "2025", null],
    ]);
  });

  it("rotation in alphabetical order, and a script's name is no country", () => {
    expect(
      terms(
        "In line with rotation in alphabetical order, the chairmanship passes to Kazakhstan.",
        "2023-11-23",
        csto,
      ),
    ).toEqual([[KZ, "2023-11-23", null]]);
    expect(
      terms(
        "Under the principle of alphabetical rotation, Laos will chair the Association next year.",
        "2023-09-07",
        asean,
      ),
    ).toEqual([[LA, "2024", null]]);
    expect(
      terms(
        "Following the rotation in the order of the Russian alphabet, the presidency in 2024 goes to Armenia.",
        "2023-12-25",
        eaeu,
      ),
    ).toEqual([[AM, "2024", null]]);
  });

  it('"the presidency will be assumed by X" and other passives of taking', () => {
    expect(terms("The presidency of the Council will be assumed by Belarus.", "2023-11-23", csto)).toEqual([
      [BY, "2023-11-23", null],
    ]);
    expect(
      terms("It was agreed that the CSTO will be chaired by Russia in 2026.", "2025-11-27", csto),
    ).toEqual([[RU, "2026", null]]);
    expect(
      terms("The chairmanship in the Organization is to be taken over by India.", "2022-09-16", sco),
    ).toEqual([[IN, "2022-09-16", null]]);
  });

  it('"for the next year" starts the next calendar year only where terms run by the calendar year; a range starts in its first year', () => {
    expect(terms("Kazakhstan will chair the Organization for the next year.", "2023-11-23", csto)).toEqual([
      [KZ, "2024", null],
    ]);
    expect(terms("Kazakhstan will chair the Organization for the next year.", "2023-07-04", sco)).toEqual([
      [KZ, "2023-07-04", null],
    ]);
    expect(
      terms("Azerbaijan will chair the Conference in 2024-2026.", "2022-10-13", ids.organization("cica")),
    ).toEqual([[ids.country("AZ"), "2024", null]]);
    expect(
      terms(
        "The leaders adopted the programme for 2023-2025 and agreed that Kyrgyzstan will chair the CIS in 2023.",
        "2022-10-14",
        cis,
      ),
    ).toEqual([[KG, "2023", null]]);
  });

  it("the outgoing side's first year comes from wherever the text names its term", () => {
    expect(
      terms(
        "Rahmon reviewed Tajikistan's chairmanship in 2018. In 2019 the chairmanship passes from Tajikistan to Turkmenistan.",
        "2018-09-28",
        cis,
      ),
    ).toEqual([
      [TJ, "2018", "2019"],
      [ids.country("TM"), "2019", null],
    ]);
    expect(
      terms(
        "The leaders praised Belarus's presidency in 2020. Belarus handed the presidency over to Kazakhstan for 2021.",
        "2020-12-11",
        eaeu,
      ),
    ).toEqual([
      [BY, "2020", "2021"],
      [KZ, "2021", null],
    ]);
    expect(
      terms(
        "Results of the Kyrgyz chairmanship in 2019 were summed up. Russia took over the chairmanship from Kyrgyzstan.",
        "2019-11-28",
        csto,
      ),
    ).toEqual([
      [KG, "2019", "2019-11-28"],
      [RU, "2019-11-28", null],
    ]);
  });

  it('"X took over the chairmanship from Y" names the outgoing side after "from"', () => {
    expect(
      terms("South Africa took over the chairmanship of BRICS from China.", "2022-06-23", brics),
    ).toEqual([
      [CN, null, "2022-06-23"],
      [ids.country("ZA"), "2022-06-23", null],
    ]);
    expect(
      terms(
        "Russia takes over the chairmanship in the Union bodies from Kyrgyzstan in 2018.",
        "2017-12-26",
        eaeu,
      ),
    ).toEqual([
      [KG, null, "2018"],
      [RU, "2018", null],
    ]);
    expect(terms("Kazakhstan assumed the presidency from its Russian partners.", "2023-07-04", sco)).toEqual([
      [RU, null, "2023-07-04"],
      [KZ, "2023-07-04", null],
    ]);
  });

  it("neither the meeting's own day nor the next summit's day starts a term", () => {
    expect(
      terms(
        "At the summit on 14 October the leaders decided that Kyrgyzstan will chair the CIS in 2023.",
        "2022-10-14",
        cis,
      ),
    ).toEqual([[KG, "2023", null]]);
    expect(
      terms(
        "Kyrgyzstan takes over the chairmanship and will host the next summit on 13 October 2023.",
        "2022-10-14",
        cis,
      ),
    ).toEqual([[KG, "2022-10-14", null]]);
    expect(
      terms(
        "The chairmanship passes to Kyrgyzstan at the next summit on 13 October 2023.",
        "2022-10-14",
        cis,
      ),
    ).toEqual([[KG, "2023-10-13", null]]);
  });

  it('"X is this year\'s chair", "the current chair, X" name the holder; "X, the incoming chair" the next one', () => {
    expect(
      terms(
        "India is this year's chair of the BRICS. China will take over as the chair of BRICS next year.",
        "2021-09-09",
        brics,
      ),
    ).toEqual([
      [IN, null, "2022"],
      [CN, "2022", null],
    ]);
    expect(
      terms(
        "Belarus, the current chair of the Organization, hosted the session. Kazakhstan will chair it in 2024.",
        "2023-11-23",
        csto,
      ),
    ).toEqual([
      [BY, null, "2024"],
      [KZ, "2024", null],
    ]);
    expect(
      terms(
        "The outgoing chair, Laos, handed the gavel to Malaysia, which assumes the chairmanship on 1 January.",
        "2024-10-09",
        asean,
      ),
    ).toEqual([
      [LA, null, "2025-01-01"],
      [MY, "2025-01-01", null],
    ]);
    expect(
      terms("Malaysia, the incoming chair, will host the summits next year.", "2024-10-09", asean),
    ).toEqual([[MY, "2025", null]]);
    expect(terms("The leaders welcomed the incoming ASEAN Chair, Malaysia.", "2024-10-09", asean)).toEqual([
      [MY, "2024-10-09", null],
    ]);
    // "the chair" alone says nothing of whose term it is.
    expect(terms("The chair, Laos, opened the summit.", "2024-10-09", asean)).toEqual([]);
  });

  it('"wished X success in its upcoming chairmanship", "congratulated X on its incoming presidency"', () => {
    expect(terms("Putin wished Kazakhstan success in its upcoming chairmanship.", "2023-07-04", sco)).toEqual(
      [[KZ, "2023-07-04", null]],
    );
    expect(
      terms(
        "The leaders thanked Kyrgyzstan for its chairmanship and wished Russia every success in its forthcoming presidency.",
        "2023-10-13",
        cis,
      ),
    ).toEqual([
      [KG, "2023-01-01", "2023-10-13"],
      [RU, "2023-10-13", null],
    ]);
    expect(
      terms("The heads of state congratulated Belarus on its incoming presidency.", "2019-12-20", eaeu),
    ).toEqual([[BY, "2019-12-20", null]]);
  });

  it("a country that took the office at an earlier summit, last year or earlier this year is the holder, not the next one", () => {
    expect(
      terms(
        "Uzbekistan, which took over the presidency at the last summit, hosted the meeting. India will chair the Organisation next year.",
        "2022-09-16",
        sco,
      ),
    ).toEqual([
      [UZ, null, "2023"],
      [IN, "2023", null],
    ]);
    expect(
      terms(
        "Armenia, which assumed the chairmanship in 2022, hosted the session. Belarus takes over the presidency.",
        "2022-11-23",
        csto,
      ),
    ).toEqual([
      [AM, "2022", "2022-11-23"],
      [BY, "2022-11-23", null],
    ]);
    expect(
      terms(
        "Belarus took over the presidency last year. Kazakhstan will preside over the Union in 2021.",
        "2020-12-11",
        eaeu,
      ),
    ).toEqual([
      [BY, "2019", "2021"],
      [KZ, "2021", null],
    ]);
  });

  it("the handover of the body that met comes before another organization's", () => {
    expect(
      terms(
        "Kazakhstan will also chair the SCO in 2025. Kyrgyzstan will chair the CIS in 2023.",
        "2022-10-14",
        cis,
      ),
    ).toEqual([[KG, "2023", null]]);
    expect(
      terms(
        "The presidency of the SCO passed to India at its last summit. Kazakhstan will take over the CSTO presidency in 2024.",
        "2023-11-23",
        csto,
      ),
    ).toEqual([[KZ, "2024", null]]);
    // With no handover of its own, another organization's is still read.
    expect(terms("Kazakhstan will also chair the SCO in 2025.", "2022-10-14", cis)).toEqual([
      [KZ, "2025", null],
    ]);
  });

  it('"X chaired the Commonwealth in 2020", "X presided over the Organisation" name the outgoing holder and its year', () => {
    expect(
      terms(
        "Uzbekistan, which chaired the Commonwealth in 2020, hosted the meeting online. Belarus will chair the CIS in 2021.",
        "2020-12-18",
        cis,
      ),
    ).toEqual([
      [UZ, "2020", "2021"],
      [BY, "2021", null],
    ]);
    expect(
      terms(
        "Uzbekistan presided over the Organisation in 2015-2016. Kazakhstan takes over the presidency.",
        "2016-06-24",
        sco,
      ),
    ).toEqual([
      [UZ, "2015", "2016-06-24"],
      [KZ, "2016-06-24", null],
    ]);
    // "was chaired by" is the meeting's chair in the passive, no holder of the office.
    expect(
      terms(
        "The session was chaired by Belarus. Kazakhstan will chair the CSTO in 2024.",
        "2023-11-23",
        csto,
      ),
    ).toEqual([[KZ, "2024", null]]);
  });

  it('"X received the gavel from Y", "took the baton from Y": the token of the office, taken from the outgoing side', () => {
    expect(
      terms(
        "Laos received the ceremonial gavel from Indonesia at the closing ceremony.",
        "2023-09-07",
        asean,
      ),
    ).toEqual([
      [ID, "2023-01-01", "2023-09-07"],
      [LA, "2023-09-07", null],
    ]);
    expect(
      terms(
        "Vietnam's Prime Minister accepted the gavel from his Thai counterpart, marking the handover of the chairmanship.",
        "2019-11-04",
        asean,
      ),
    ).toEqual([
      [TH, null, "2019-11-04"],
      [VN, "2019-11-04", null],
    ]);
    expect(terms("Malaysia took the baton from Laos for 2025.", "2024-10-09", asean)).toEqual([
      [LA, null, "2025"],
      [MY, "2025", null],
    ]);
  });

  it("of two days in the handover sentence, the one after the meeting starts the term", () => {
    expect(
      terms(
        "On 28 November the leaders decided that from 1 January 2020 the chairmanship passes to Russia.",
        "2019-11-28",
        csto,
      ),
    ).toEqual([[RU, "2020-01-01", null]]);
    expect(
      terms(
        "On 28 November the leaders decided that from 1 January the chairmanship passes to Russia.",
        "2019-11-28",
        csto,
      ),
    ).toEqual([[RU, "2020-01-01", null]]);
    expect(
      terms(
        "At the session on 20 December it was agreed that Belarus takes over the presidency on 1 January 2020.",
        "2019-12-20",
        eaeu,
      ),
    ).toEqual([[BY, "2020-01-01", null]]);
  });

  it('"passed to Y from X" names the outgoing side after the next one', () => {
    expect(
      terms(
        "The chairmanship of the Union's bodies for 2018 was passed to Russia from Kyrgyzstan.",
        "2017-12-26",
        eaeu,
      ),
    ).toEqual([
      [KG, null, "2018"],
      [RU, "2018", null],
    ]);
    expect(terms("The presidency went to Belarus from the Republic of Armenia.", "2019-12-20", eaeu)).toEqual(
      [
        [AM, null, "2019-12-20"],
        [BY, "2019-12-20", null],
      ],
    );
    expect(
      terms(
        "The SCO presidency moves to China from Kazakhstan from the Astana summit on.",
        "2024-07-04",
        sco,
      ),
    ).toEqual([
      [KZ, "2023-07-04", "2024-07-04"],
      [CN, "2024-07-04", null],
    ]);
  });

  it("\"X handed over, and the presidency passes to Y for 2016–2017\": the span is the incoming term's, not the outgoing one's", () => {
    expect(
      terms(
        "The Tajik side handed over, and the presidency passes to Kazakhstan for 2016–2017.",
        "2016-06-24",
        sco,
      ),
    ).toEqual([
      [TJ, null, "2016-06-24"],
      [KZ, "2016-06-24", null],
    ]);
    expect(
      terms("Armenia passed on the chairmanship; it went to Belarus for 2016-2017.", "2016-10-14", csto),
    ).toEqual([
      [AM, null, "2016-10-14"],
      [BY, "2016-10-14", null],
    ]);
    // The outgoing side's own span still counts: "the Russian presidency of 2019–2020".
    expect(
      terms("Russia's presidency of 2019-2020 ended, and the presidency passes to India.", "2020-11-10", sco),
    ).toEqual([
      [RU, "2019", "2020-11-10"],
      [IN, "2020-11-10", null],
    ]);
  });

  it('"…, chaired by X": a participle with its agent names no holder before it', () => {
    expect(
      terms(
        "The leaders of Chile, Peru and Kazakhstan met for the summit, chaired by the host. Russia will chair the Organization in 2017.",
        "2016-10-14",
        csto,
      ),
    ).toEqual([[RU, "2017", null]]);
    // The active verb still names the holder until now.
    expect(
      terms(
        "Kazakhstan chaired the session. Russia will chair the Organization in 2017.",
        "2016-10-14",
        csto,
      ),
    ).toEqual([
      [KZ, null, "2017"],
      [RU, "2017", null],
    ]);
  });

  it('"took over as chairman", "X took over as chair"', () => {
    expect(terms("Kyrgyzstan took over as chair of the Organization.", "2016-10-14", csto)).toEqual([
      [KG, "2016-10-14", null],
    ]);
    expect(
      terms("The President of Belarus took over as chairman of the Council for 2017.", "2016-10-14", csto),
    ).toEqual([[BY, "2017", null]]);
  });

  it('"the next chair will be X": a next holder after a copula', () => {
    expect(terms("The leaders agreed that the next chair will be Armenia.", "2016-10-14", csto)).toEqual([
      [AM, "2016-10-14", null],
    ]);
    expect(
      terms("The incoming chairman of the Council is Belarus, the leaders decided.", "2016-10-14", csto),
    ).toEqual([[BY, "2016-10-14", null]]);
    // Not a chair chosen later, nor a past chair.
    expect(terms("The next chair will be chosen by Armenia and Belarus later.", "2016-10-14", csto)).toEqual(
      [],
    );
  });

  it('"X will host the next summit and chair the Organization": a bare verb joined to a future one', () => {
    expect(
      terms("Belarus will host the next session in Minsk and chair the Organization.", "2016-10-14", csto),
    ).toEqual([[BY, "2016-10-14", null]]);
    // The subject is the future verb's, not a country named in between.
    expect(
      terms(
        "Kyrgyzstan will host the next summit in Russia and then chair the Commonwealth in 2017.",
        "2016-09-16",
        cis,
      ),
    ).toEqual([[KG, "2017", null]]);
    // A bare "chair" with no future verb before it is still no verb of taking.
    expect(terms("Leaders of Armenia and Belarus chair working groups.", "2016-10-14", csto)).toEqual([]);
  });

  it('"X will succeed Y as chair": X takes the office from Y', () => {
    expect(terms("Belarus will succeed Armenia as chair of the Organization.", "2016-10-14", csto)).toEqual([
      [AM, null, "2016-10-14"],
      [BY, "2016-10-14", null],
    ]);
    expect(
      terms("Kyrgyzstan succeeds Kazakhstan in the chairmanship from 1 January 2017.", "2016-09-16", cis),
    ).toEqual([
      [KZ, null, "2017-01-01"],
      [KG, "2017-01-01", null],
    ]);
    // An earlier succession, or success in something else, is none.
    expect(terms("In 2014 Tajikistan succeeded Russia as chair.", "2016-10-14", csto)).toEqual([]);
    expect(terms("Belarus would succeed in its plans as chair of the forum.", "2016-10-14", csto)).toEqual(
      [],
    );
  });
});

describe("the second chair round: an outgoing term begun on a day with no year", () => {
  const terms = (text: string, date: string) =>
    readChairmanships({
      text,
      paragraphs: segment(text),
      knowledge: eurasiaKnowledge,
      date,
      publishedAt: date,
      organizationId: ids.organization("brics"),
      chair: null,
    }).map((t) => [t.countryId, t.startDate, t.endDate]);

  it.each([
    "Brazil's Chairship, which started on 1 January, ends with the year. South Africa takes over the chairmanship on 1 January 2019.",
    "The Brazilian presidency, which began on January 1, ends with the year. South Africa takes over the chairmanship on 1 January 2019.",
    "Brazil's chairmanship, which it took over on 1 January, ends with the year. South Africa takes over the chairmanship on 1 January 2019.",
  ])("dates it to that day in the meeting's year: %s", (text) => {
    expect(terms(text, "2018-10-30")).toEqual([
      [ids.country("BR"), "2018-01-01", "2019-01-01"],
      [ids.country("ZA"), "2019-01-01", null],
    ]);
  });

  it("dates it to the year before when that day falls after the meeting", () => {
    expect(
      terms(
        "Brazil's chairmanship, which started on 1 November, ends now. South Africa takes over the chairmanship on 1 November 2019.",
        "2019-10-30",
      ),
    ).toEqual([
      [ids.country("BR"), "2018-11-01", "2019-11-01"],
      [ids.country("ZA"), "2019-11-01", null],
    ]);
  });
});

describe("the second chair round: a host named by the verb alone", () => {
  const terms = (text: string) =>
    readPressRelease(text, eurasiaKnowledge).chairmanships.map((t) => [t.countryId, t.startDate, t.endDate]);

  it.each([
    "UFA, July 9, 2015 — Vladimir Putin, President of Russia, hosted the seventh BRICS summit. India will chair BRICS in 2016.",
    "UFA, July 9, 2015 — President of Russia Vladimir Putin hosted the seventh BRICS summit. India will chair BRICS in 2016.",
    "UFA, July 9, 2015 — The seventh BRICS summit, hosted by President of Russia Vladimir Putin, ended. India will chair BRICS in 2016.",
  ])("is no outgoing holder of the rotating office: %s", (text) => {
    expect(terms(text)).toEqual([[ids.country("IN"), "2016", null]]);
  });

  it("still hands the office from a host who chaired it", () => {
    expect(
      terms(
        "UFA, July 9, 2015 — President of Russia Vladimir Putin hosted and chaired the seventh BRICS summit. India will chair BRICS in 2016.",
      ),
    ).toEqual([
      ["ctyrux0001", null, "2016"],
      [ids.country("IN"), "2016", null],
    ]);
  });
});

describe("the second chair round: the helm, and a later year's chair after a copula", () => {
  const terms = (sentence: string) =>
    readPressRelease(
      `MOSCOW, 10 November 2020 — The Council of Heads of State of the Shanghai Cooperation Organisation met today, chaired by President of Russia Vladimir Putin. President of Kyrgyzstan Sadyr Japarov took part. ${sentence}`,
      eurasiaKnowledge,
    ).chairmanships.map((t) => [t.countryId, t.startDate, t.endDate]);

  it.each([
    "The leaders agreed that Kyrgyzstan will take the helm of the Organisation in 2021.",
    "Kyrgyzstan takes the helm of the Organisation in 2021.",
    "Kyrgyzstan is to take over the helm in 2021.",
  ])("reads taking the helm as taking the office: %s", (sentence) => {
    expect(terms(sentence)).toEqual([
      ["ctyrux0001", null, "2021"],
      [ids.country("KG"), "2021", null],
    ]);
  });

  it.each([
    "The presiding country for 2021 will be Kyrgyzstan.",
    "The chair for 2021 will be Kyrgyzstan.",
    "The presidency in 2021 goes to Kyrgyzstan.",
  ])("reads a later year's chair after a copula as the next holder: %s", (sentence) => {
    expect(terms(sentence)).toEqual([
      ["ctyrux0001", null, "2021"],
      [ids.country("KG"), "2021", null],
    ]);
  });

  it("names no next holder for this year's presiding country", () => {
    expect(terms("The presiding country for 2020 is Russia.")).toEqual([]);
  });
});
