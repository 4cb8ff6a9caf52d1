// Phrasings of CSTO, CIS and SCO reports, written in our own words: the incoming side that "presented the priorities of
// its upcoming chairmanship", the outgoing one that "summed up the results of its chairmanship", "as the Kyrgyz
// Republic chairs the Organization next", "holds the rotating presidency this year and will hand it over to Tajikistan
// in 2021". Until the eighth session of 7 December 2026 the first three read no term and the last read Russia as taking the office in 2021.
// With them, a session "is taking place in Astana" under a dateline is dated by it, and "A and B held talks on the
// sidelines of the summit" makes both participants (only one named alone did before). Every sentence is written for
// these tests.
import { describe, expect, it } from "vitest";
import { termsOf } from "./chairmanship-test-reading";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { referenceData } from "./fixtures/reference-data";
import { ids } from "./fixtures/world-knowledge";
import { readPressRelease } from "./read-press-release";

const csto = ids.organization("csto");
const [KZ, KG, RU, TJ] = ["KZ", "KG", "RU", "TJ"].map(ids.country);
const DAY = "2018-11-08";

describe("the next holder by its priorities, the outgoing one by its results", () => {
  it.each([
    "The Kyrgyz side presented the priorities of its upcoming chairmanship.",
    "Kyrgyzstan will present the priorities of its chairmanship in the CSTO.",
    "The Kyrgyz side will present the priorities of its chairmanship in the CSTO, as the Kyrgyz Republic chairs the Organization next.",
    "The Kyrgyz Republic chairs the Organization next.",
  ])("next: %s", (sentence) => {
    expect(termsOf(sentence, DAY, csto)).toEqual([[KG, DAY, null]]);
  });

  it("both in one sentence", () => {
    expect(
      termsOf(
        "Kazakhstan summed up the results of its chairmanship, and the Kyrgyz side presented the priorities of its upcoming chairmanship.",
        DAY,
        csto,
      ),
    ).toEqual([
      [KZ, null, DAY],
      [KG, DAY, null],
    ]);
  });

  it.each([
    "Kyrgyzstan chairs the next meeting.",
    "The Kyrgyz side presented the priorities of its foreign policy.",
    "Kazakhstan summed up the results of the year.",
  ])("reads no term: %s", (sentence) => {
    expect(termsOf(sentence, DAY, csto)).toEqual([]);
  });
});

describe("'will hand it over to' after the office in the clause 'and' joins", () => {
  it("passes the office", () => {
    expect(
      termsOf(
        "Russia holds the organization's rotating presidency this year and will hand it over to Tajikistan in 2021.",
        "2020-12-02",
        csto,
      ),
    ).toEqual([
      [RU, null, "2021"],
      [TJ, "2021", null],
    ]);
  });

  it("not a thing handed", () => {
    expect(
      termsOf(
        "Russia thanked the members for the report and will hand it over to Tajikistan.",
        "2020-12-02",
        csto,
      ),
    ).toEqual([]);
  });
});

describe("a session taking place under a dateline", () => {
  it("is dated by the dateline", () => {
    const proposal = readPressRelease(
      "ASTANA, 8 November 2018\n\nA session of the Collective Security Council of the Collective Security Treaty Organization is taking place in Astana. President of Kazakhstan Nursultan Nazarbayev is the Chairman of the Collective Security Council.\n\nOpening the session, Nursultan Nazarbayev thanked every member of the Council for taking part.\n",
      eurasiaKnowledge,
    );
    expect(proposal.startDate?.value).toBe("2018-11-08");
  });
});

describe("two leaders who held talks on the sidelines", () => {
  it("both took part", () => {
    const proposal = readPressRelease(
      "ISLAMABAD, 6 January 2004\n\nThe 12th SAARC Summit closed in Islamabad today. Pakistani Prime Minister Zafarullah Khan Jamali addressed the closing session.\n\nIndian Prime Minister Atal Bihari Vajpayee and Bangladeshi Prime Minister Khaleda Zia held talks on the sidelines of the summit.\n",
      referenceData,
    );
    expect(proposal.participants.map((participant) => participant.nameAsStated)).toEqual([
      "Zafarullah Khan Jamali",
      "Atal Bihari Vajpayee",
      "Khaleda Zia",
    ]);
  });
});
