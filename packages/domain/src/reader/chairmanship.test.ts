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
