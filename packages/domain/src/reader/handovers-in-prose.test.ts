// Handovers as the releases of bodies with rotating presidencies tell them (outcomes2 round): the incoming term's day
// in a relative clause after a handover dated by its session ("In the closing session on 10 September X handed the
// gavel to Y, which will take over on 1 December"), the outgoing term's start in a sentence of its own ("W has held
// the presidency since 1 December 2022"), and a handover to a participant named by a style or title alone ("to His
// Royal Highness the Crown Prince", "to the Emir"). Every sentence is written for these tests; the bodies and
// countries include ones the reference data holds no term for.
import { describe, expect, it } from "vitest";
import { termsOf } from "./chairmanship-test-reading";
import { rotatingChairsKnowledge } from "./fixtures/rotating-chairs-knowledge";
import { ids } from "./fixtures/world-knowledge";
import { readPressRelease } from "./read-press-release";

const ots = ids.organization("ots");
const [AZ, TR, KZ, KG, QA, AE] = ["AZ", "TR", "KZ", "KG", "QA", "AE"].map(ids.country);

const terms = (text: string, date: string, endDate: string | null = null) =>
  termsOf(text, date, ots, endDate);

describe("a later day in the handover's sentence after the day of its session", () => {
  it.each([
    "In the closing session on 16 September, Azerbaijan handed the gavel to Türkiye, which will take over the presidency on 1 January 2011.",
    "At the final sitting on 16 September the President of Azerbaijan passed the chairmanship to Turkey, which assumes it on 1 January 2011.",
    "On 16 September, the second day, the chairmanship passed from Azerbaijan to Türkiye, which will formally hold it from 1 January 2011.",
  ])("starts the incoming term, not the session's day: %s", (text) => {
    expect(terms(text, "2010-09-15", "2010-09-16")).toEqual([
      [AZ, null, "2011-01-01"],
      [TR, "2011-01-01", null],
    ]);
  });

  it("still dates a handover by its session's day when no later day is given", () => {
    expect(
      terms(
        "In the closing session on 16 September, Azerbaijan handed the gavel to Türkiye.",
        "2010-09-15",
        "2010-09-16",
      ),
    ).toEqual([
      [AZ, null, "2010-09-16"],
      [TR, "2010-09-16", null],
    ]);
  });
});

describe("the outgoing term's start in a sentence of its own", () => {
  it.each([
    "Azerbaijan handed the chairmanship to Türkiye. Azerbaijan has held the chairmanship since 3 October 2009.",
    "The chairmanship passed from Azerbaijan to Turkey. Azerbaijan had chaired the Council since 3 October 2009, when the Nakhchivan summit was held.",
    "Azerbaijan, the outgoing host, passed the baton to Türkiye. Azerbaijan has presided over the Organisation since October 3, 2009.",
  ])("is read from 'has held … since': %s", (text) => {
    expect(terms(text, "2010-09-16")).toEqual([
      [AZ, "2009-10-03", "2010-09-16"],
      [TR, "2010-09-16", null],
    ]);
  });

  it.each([
    "Kazakhstan handed the chairmanship over to Kyrgyzstan. Kazakhstan has held it since 2009.",
    "Kazakhstan handed the chairmanship over to Kyrgyzstan. Kazakhstan has held the presidency since 2009.",
    "The chairmanship passed from Kazakhstan to Kyrgyzstan; Kazakhstan had chaired the Council since 2009.",
  ])("reads a year alone after 'since': %s", (text) => {
    expect(terms(text, "2010-09-16")).toEqual([
      [KZ, "2009", "2010-09-16"],
      [KG, "2010-09-16", null],
    ]);
  });

  it("reads no start from a holder's clause without 'since'", () => {
    expect(
      terms(
        "Kazakhstan handed the chairmanship over to Kyrgyzstan. Kazakhstan had held it twice, in 2009 and 2005.",
        "2010-09-16",
      ),
    ).toEqual([
      [KZ, null, "2010-09-16"],
      [KG, "2010-09-16", null],
    ]);
  });
});

describe("a handover to a participant named by a style or title alone", () => {
  const handover = (body: string) =>
    readPressRelease(
      `Arab leaders meet in Doha\n\nDoha, 5 December 2023\n\nThe League of Arab States held its summit in Doha today. ${body}`,
      rotatingChairsKnowledge,
    ).chairmanships.map((term) => [term.countryId, term.startDate, term.endDate]);

  it.each([
    "His Highness Sheikh Tamim bin Hamad Al Thani, the Emir of Qatar, chaired the summit. At the opening, the President of the United Arab Emirates handed over the presidency of the summit to His Highness the Emir.",
    "The Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, presided over the summit. Opening the session, the Emirati delegation passed the chairmanship to the Emir.",
  ])("takes the country the text gave that participant: %s", (body) => {
    expect(handover(body)).toEqual([
      [AE, null, "2023-12-05"],
      [QA, "2023-12-05", null],
    ]);
  });

  it("is no one's when the title fits participants of several countries", () => {
    expect(
      handover(
        "President Ilham Aliyev of Azerbaijan chaired the summit, and President Recep Tayyip Erdoğan of Türkiye took part. At the close, the Emirati delegation handed over the presidency to the President.",
      ),
    ).toEqual([]);
  });
});
