// Guards for the outcomes2 round's handover rules: a past holder's "had chaired … since", and a handover to someone
// named by a title alone that a participant was only near, read beside the cases the rules were written for. Every
// sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { termsOf } from "./chairmanship-test-reading";
import { rotatingChairsKnowledge } from "./fixtures/rotating-chairs-knowledge";
import { ids } from "./fixtures/world-knowledge";
import { readPressRelease } from "./read-press-release";

const ots = ids.organization("ots");
const [AZ, TR, KZ, KG] = ["AZ", "TR", "KZ", "KG"].map(ids.country);
const terms = (text: string, date: string, endDate: string | null = null) =>
  termsOf(text, date, ots, endDate);

describe("'had chaired … since' said of a past holder", () => {
  it.each([
    "Azerbaijan handed the chairmanship to Türkiye. Kazakhstan had chaired the Council since 2008, before Azerbaijan took it over in 2009.",
    "Azerbaijan passed the chairmanship to Türkiye. Before that, Kyrgyzstan had chaired the Organisation since 2007.",
  ])("does not take the past holder, nor his start, for the outgoing one: %s", (text) => {
    const read = terms(text, "2010-09-16");
    expect(read).toContainEqual([TR, "2010-09-16", null]);
    const outgoing = read.find(([country]) => country === AZ);
    expect(outgoing?.[2]).toBe("2010-09-16");
    expect(["2007", "2008"]).not.toContain(outgoing?.[1]);
    expect(read.filter(([country]) => country === KZ || country === KG)).toEqual([]);
  });

  it("still dates the outgoing holder's term", () => {
    expect(
      terms(
        "Azerbaijan handed the chairmanship to Türkiye. Azerbaijan has held the chairmanship since 3 October 2009.",
        "2010-09-16",
      ),
    ).toEqual([
      [AZ, "2009-10-03", "2010-09-16"],
      [TR, "2010-09-16", null],
    ]);
  });
});

describe("a handover to someone named by a title alone", () => {
  const handover = (body: string) =>
    readPressRelease(
      `Arab leaders meet in Doha\n\nDoha, 5 December 2023\n\nThe League of Arab States held its summit in Doha today. ${body}`,
      rotatingChairsKnowledge,
    ).chairmanships.map((term) => [term.countryId, term.startDate, term.endDate]);
  const QA = ids.country("QA");

  it.each([
    "Sheikh Tamim bin Hamad Al Thani, the Emir of Qatar, attended and was received by the Chairman of the preparatory committee. At the close, the Emirati delegation handed the presidency to the Chairman, who will lead the League's work for a year.",
    "The Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, took part; the Chairman of the Arab Parliament welcomed him. The outgoing presidency passed the chairmanship to the Chairman.",
  ])("gives no term to a participant who was only near the title: %s", (body) => {
    expect(handover(body).filter(([country]) => country === QA)).toEqual([]);
  });

  it("still gives it to the one participant the text gave that title", () => {
    expect(
      handover(
        "The Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, presided over the summit. Opening the session, the Emirati delegation passed the chairmanship to the Emir.",
      ),
    ).toContainEqual([QA, "2023-12-05", null]);
  });
});
