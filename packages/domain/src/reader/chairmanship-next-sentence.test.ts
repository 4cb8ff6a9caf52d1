// A handover that gives no time of its own, and the next sentence that gives the incoming country's term a later year.
import { describe, expect, it } from "vitest";
import { readChairmanships } from "./chairmanship";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { ids } from "./fixtures/world-knowledge";
import { segment } from "./segment";

const asean = ids.organization("asean");
const cis = ids.organization("cis");
const [BN, MM, RU, TJ, KZ] = ["BN", "MM", "RU", "TJ", "KZ"].map(ids.country);

const terms = (text: string, date: string, organizationId: string) =>
  readChairmanships({
    text,
    paragraphs: segment(text),
    knowledge: eurasiaKnowledge,
    date,
    endDate: null,
    publishedAt: date,
    organizationId,
    chair: null,
  }).map((term) => [term.countryId, term.startDate, term.endDate]);

describe("a handover whose term the next sentence dates", () => {
  it("takes the later year the next sentence gives the same country", () => {
    expect(
      terms(
        "At the closing ceremony Brunei passed the gavel of the ASEAN chairmanship to Myanmar. Myanmar will chair the Association for the first time in 2014.",
        "2013-10-09",
        asean,
      ),
    ).toEqual([
      [BN, null, "2014"],
      [MM, "2014", null],
    ]);
    expect(
      terms(
        "Russia handed over the CIS chairmanship to Tajikistan. Tajikistan will preside over the Commonwealth in 2011.",
        "2010-12-10",
        cis,
      ),
    ).toEqual([
      [RU, null, "2011"],
      [TJ, "2011", null],
    ]);
    expect(
      terms(
        "The chairmanship of the Commonwealth passed from Russia to Kazakhstan. Kazakhstan takes over the chairmanship in 2012.",
        "2011-09-03",
        cis,
      ),
    ).toEqual([
      [RU, null, "2012"],
      [KZ, "2012", null],
    ]);
  });

  it("keeps the meeting's day when the next sentence is about another country, gives no later year, or the handover has a time", () => {
    expect(
      terms(
        "Russia handed over the CIS chairmanship to Tajikistan. Kazakhstan will host the next summit in 2011.",
        "2010-12-10",
        cis,
      ),
    ).toEqual([
      [RU, null, "2010-12-10"],
      [TJ, "2010-12-10", null],
    ]);
    expect(
      terms(
        "Russia handed over the CIS chairmanship to Tajikistan. Tajikistan will chair the Commonwealth with great responsibility.",
        "2010-12-10",
        cis,
      ),
    ).toEqual([
      [RU, null, "2010-12-10"],
      [TJ, "2010-12-10", null],
    ]);
    expect(
      terms(
        "From today the CIS chairmanship passes from Russia to Tajikistan. Tajikistan will chair the Commonwealth in 2011.",
        "2010-12-10",
        cis,
      ),
    ).toEqual([
      [RU, null, "2010-12-10"],
      [TJ, "2010-12-10", null],
    ]);
  });
});
