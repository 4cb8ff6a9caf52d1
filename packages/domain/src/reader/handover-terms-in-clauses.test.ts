// The handovers4 round's terms and subjects read from clauses around the handover (chairmanship.ts): the outgoing
// term that began in a clause with an aside before "and handed …", or "had led the Commonwealth since …"; the next
// term's day in the sentence after the handover that opens with the next holder ("Belarus leads the Commonwealth …,
// starting on 1 January"); a country after a preposition ("took over from Russia") that is no subject; a name the
// reader does not know opening the verb's own clause ("while Ruritania holds the chairmanship"). Each with guards.
// Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { termsOf } from "./chairmanship-test-reading";
import { ids } from "./fixtures/world-knowledge";

const cis = ids.organization("cis");
const [TM, BY, RU, KZ] = ["TM", "BY", "RU", "KZ"].map(ids.country);

const inCis = (text: string) => termsOf(text, "2012-12-05", cis);

describe("the outgoing term begun in a clause before 'and handed'", () => {
  it.each([
    "The President recalled that Turkmenistan had taken over the chairmanship from Russia on 1 January 2012, for the first time, and handed it to Belarus.",
    "Turkmenistan took over the chairmanship on 1 January 2012, a first for the country, and today passed it to Belarus.",
    "Turkmenistan assumed the leadership of the Commonwealth on 1 January 2012, after Russia, and handed the chairmanship to Belarus.",
  ])("%s", (text) => {
    expect(inCis(text)).toEqual([
      [TM, "2012-01-01", "2012-12-05"],
      [BY, "2012-12-05", null],
    ]);
  });

  it("does not take a day another side took something on", () => {
    expect(
      inCis(
        "Turkmenistan handed the chairmanship to Belarus, which had taken over the chairmanship of the Eurasian Economic Community on 1 January 2012, for the first time.",
      )[0],
    ).toEqual([TM, null, "2012-12-05"]);
  });
});

describe("the outgoing term of a holder that had led the body since", () => {
  it.each([
    [
      "Turkmenistan, whose government had led the Commonwealth since the Dushanbe summit of October 2011, handed over the chairmanship to Belarus.",
      "2011-10",
    ],
    [
      "Turkmenistan, which has headed the CIS since January 2012, passed the chairmanship to Belarus.",
      "2012-01",
    ],
    [
      "Turkmenistan, which had steered the Commonwealth since March 2012, passed the chairmanship to Belarus.",
      "2012-03",
    ],
  ])("%s", (text, since) => {
    expect(inCis(text)[0]).toEqual([TM, since, "2012-12-05"]);
  });

  it.each([
    "Turkmenistan, which led the talks since March 2012, passed the chairmanship to Belarus.",
    "Turkmenistan, whose minister had headed the delegation since March 2012, passed the chairmanship to Belarus.",
  ])("does not take a start of something else led: %s", (text) => {
    expect(inCis(text)[0]).toEqual([TM, null, "2012-12-05"]);
  });
});

describe("the next term's day in the sentence after the handover, opening with the next holder", () => {
  it.each([
    "Turkmenistan handed over the chairmanship to Belarus. Belarus leads the Commonwealth for the coming year, starting on 1 January.",
    "Turkmenistan handed over the chairmanship to Belarus. Belarus holds the office from 1 January.",
    "Turkmenistan handed over the chairmanship to Belarus. Belarus heads the Commonwealth beginning on 1 January.",
  ])("%s", (text) => {
    expect(inCis(text)).toEqual([
      [TM, null, "2013-01-01"],
      [BY, "2013-01-01", null],
    ]);
  });

  it.each([
    "Turkmenistan handed over the chairmanship to Belarus. Russia hosts a forum from 1 February.",
    "Turkmenistan handed over the chairmanship to Belarus. The ministers meet again from 1 February, Belarus said.",
  ])("does not take a day of another side or of something else: %s", (text) => {
    expect(inCis(text)).toEqual([
      [TM, null, "2012-12-05"],
      [BY, "2012-12-05", null],
    ]);
  });
});

describe("no subject after a preposition, nor before an unknown name opening the verb's clause", () => {
  it.each([
    "Turkmenistan, which took over from Russia, handed the chairmanship to Belarus.",
    "Turkmenistan took the chair after long talks with Russia and handed the chairmanship to Belarus.",
    "Turkmenistan, after a year of close work with Russia, handed over the chairmanship to Belarus.",
  ])("takes the subject, not the object: %s", (text) => {
    expect(inCis(text)[0]?.[0]).toBe(TM);
  });

  it("takes a country after a preposition whose relative clause holds the verb", () => {
    expect(
      inCis("The next summit will be hosted by Belarus, which assumed the chairmanship of the Commonwealth."),
    ).toContainEqual([BY, "2012-12-05", null]);
  });

  it.each([
    "Russia will host the forum while Ruritania holds the chairmanship from 1 January 2013.",
    "Russia hosted the talks, and Ruritania takes over the chairmanship on 1 January 2013.",
    "Russia welcomed the plan because Ruritania will chair the Commonwealth in 2013.",
  ])("reads no holder of the country before an unknown name: %s", (text) => {
    expect(inCis(text).map(([country]) => country)).not.toContain(RU);
  });

  it("still takes a known country opening the verb's clause", () => {
    expect(
      inCis("Russia hosted the talks, and Belarus takes over the chairmanship on 1 January 2013."),
    ).toContainEqual([BY, "2013-01-01", null]);
  });
});

describe("the outgoing term in a long relative clause", () => {
  it.each([
    [
      "Kazakhstan, which has held the rotating chairmanship of the Council of Heads of State of the Commonwealth of Independent States since 1 January 2012, handed it over to Belarus.",
      "2012-01-01",
    ],
    [
      "Kazakhstan, whose government had chaired the Council of Heads of State and the Council of Heads of Government of the Commonwealth since the Ashgabat summit of December 2011, passed the chairmanship to Belarus.",
      "2011-12",
    ],
    [
      "Kazakhstan, which had presided over the Commonwealth and over its councils of foreign ministers and of heads of government since January 2012, handed over the chairmanship to Belarus.",
      "2012-01",
    ],
  ])("%s", (text, since) => {
    expect(inCis(text)).toEqual([
      [KZ, since, "2012-12-05"],
      [BY, "2012-12-05", null],
    ]);
  });

  it.each([
    "Kazakhstan, which has hosted the leaders of the Commonwealth of Independent States in its capital since 1 January 2012, handed the chairmanship to Belarus.",
    "Kazakhstan handed the chairmanship to Belarus, which has held the rotating chairmanship of the Council of Ministers of Defence of the Commonwealth since 1 January 2012.",
    "Kazakhstan, whose government has presided over the reforms of the customs and the border services of the region since 2011, handed over the chairmanship to Belarus.",
    "Kazakhstan, whose minister had chaired the talks on the customs code since March 2012, handed over the chairmanship to Belarus.",
  ])("takes no start of something else, nor of the other side: %s", (text) => {
    expect(inCis(text)[0]).toEqual([KZ, null, "2012-12-05"]);
  });
});
