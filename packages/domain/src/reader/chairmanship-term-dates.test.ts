// The days a handover's terms start on when the text dates the outgoing term too: a day after "since" in the
// handover's own sentence is the outgoing term's start, never the incoming one's; the outgoing term's start from a
// relative clause to the day ("since the Nakhchivan summit of 3 October 2009") or in the past on the handover's
// subject ("W, which took over … on 3 October 2009, handed it to X"); and a handover with no day of its own at a
// meeting of several days happens on the day the text gives the leaders' session ("on the second day"), else on the
// day the meeting closed; a range of years after a verb of holding the office to come ("and will preside over the
// Conference in 2014–2018") is no part of the outgoing term; a month of a year in the handover's clause ("in July
// 2007") dates the term, a month in a clause on the next summit does not. Every
// sentence is written for these tests; the bodies and countries include ones the reference data holds no term for.
import { describe, expect, it } from "vitest";
import { termsOf } from "./chairmanship-test-reading";
import { ids } from "./fixtures/world-knowledge";

const ots = ids.organization("ots");
const cis = ids.organization("cis");
const [AZ, TR, KZ, KG, TJ, MD] = ["AZ", "TR", "KZ", "KG", "TJ", "MD"].map(ids.country);

const terms = termsOf;

describe("a day after 'since' in the handover's sentence", () => {
  it.each([
    [
      "Azerbaijan, which had held the chairmanship since the Nakhchivan summit of 3 October 2009, handed it over to Turkey.",
      [
        [AZ, "2009-10-03", "2010-09-16"],
        [TR, "2010-09-16", null],
      ],
    ],
    [
      "Kazakhstan, which had chaired the Council since 16 September 2010, passed the chairmanship to Kyrgyzstan.",
      [
        [KZ, "2010-09-16", "2010-09-16"],
        [KG, "2010-09-16", null],
      ],
    ],
    [
      "Moldova, which had presided since October 8, 2009, handed the presidency to Tajikistan.",
      [
        [MD, "2009-10-08", "2010-09-16"],
        [TJ, "2010-09-16", null],
      ],
    ],
  ])("starts the outgoing term, not the incoming one: %s", (text, expected) => {
    const found = terms(text, "2010-09-16", text.startsWith("Moldova") ? cis : ots);
    // The second variant's outgoing term ends on the meeting's day, as the others do.
    expect(found).toEqual(
      expected.map((term, index) => (index === 0 ? [term[0], term[1], "2010-09-16"] : term)),
    );
  });
});

describe("a day in a relative clause in the past on the handover's subject", () => {
  it.each([
    "Azerbaijan, which took over the chairmanship at the Nakhchivan summit on 3 October 2009, handed it over to Turkey.",
    "Azerbaijan, which had assumed the chairmanship on 3 October 2009 in Nakhchivan, passed it to Turkey.",
    "Azerbaijan, which was given the chairmanship of the Council on October 3, 2009, handed the baton to Turkey.",
  ])("starts the outgoing term, not the incoming one: %s", (text) => {
    expect(terms(text, "2010-09-16", ots)).toEqual([
      [AZ, "2009-10-03", "2010-09-16"],
      [TR, "2010-09-16", null],
    ]);
  });

  it("still starts the incoming term when the clause looks ahead", () => {
    expect(
      terms(
        "Azerbaijan handed the chairmanship to Turkey, which will hold it from 1 January 2011.",
        "2010-09-16",
        ots,
      ),
    ).toEqual([
      [AZ, null, "2011-01-01"],
      [TR, "2011-01-01", null],
    ]);
  });
});

describe("a handover with no day of its own at a meeting of several days", () => {
  it.each([
    "The foreign ministers met on the first day; the heads of state gathered at the palace on the second day. Azerbaijan handed over the chairmanship of the Council to Turkey.",
    "The heads of government talked in a narrow circle on the first day, and the plenary session took place on the second day. The chairmanship of the Council passed from Azerbaijan to Turkey.",
    "Senior officials prepared the documents before the leaders met on the final day. Azerbaijan passed the baton of the chairmanship to Turkey.",
    "Azerbaijan handed over the chairmanship of the Council to Turkey.",
  ])(
    "happens on the day the text gives the leaders' session, else on the day the meeting closed: %s",
    (text) => {
      expect(terms(text, "2010-09-15", ots, "2010-09-16")).toEqual([
        [AZ, null, "2010-09-16"],
        [TR, "2010-09-16", null],
      ]);
    },
  );

  it.each([
    "The heads of state met on the second day. Opening the summit, Azerbaijan handed over the chairmanship of the Council to Turkey.",
    "On the first day Azerbaijan handed over the chairmanship of the Council to Turkey.",
  ])("stays on the first day when the text puts it at the opening: %s", (text) => {
    expect(terms(text, "2010-09-15", ots, "2010-09-16")).toEqual([
      [AZ, null, "2010-09-15"],
      [TR, "2010-09-15", null],
    ]);
  });
});

describe("a term agreed for a later year than the next", () => {
  const asean = ids.organization("asean");
  const [ID, KH, MM] = ["ID", "KH", "MM"].map(ids.country);

  it.each([
    [
      "The Leaders agreed that Myanmar will chair ASEAN in 2014. Cambodia will assume the chairmanship of ASEAN on 1 January 2012.",
      [[KH, "2012-01-01", null]],
    ],
    [
      "Myanmar is to take over the chairmanship of ASEAN in 2014. Indonesia handed over the chairmanship of ASEAN to Cambodia, which takes it on 1 January 2012.",
      [
        [ID, null, "2012-01-01"],
        [KH, "2012-01-01", null],
      ],
    ],
    [
      "Myanmar is to take over the chairmanship of ASEAN in 2014. Cambodia will take over the chairmanship of ASEAN on 1 January 2012 from Indonesia.",
      [
        [ID, null, "2012-01-01"],
        [KH, "2012-01-01", null],
      ],
    ],
  ])("is no handover when the text names the next one: %s", (text, expected) => {
    expect(terms(text, "2011-11-17", asean)).toEqual(expected);
  });

  it("stands when the text names no other", () => {
    expect(terms("The Leaders agreed that Myanmar will chair ASEAN in 2014.", "2011-11-17", asean)).toEqual([
      [MM, "2014", null],
    ]);
  });
});

describe("a range of years after a verb of holding the office to come", () => {
  const cica = ids.organization("cica");
  const CN = ids.country("CN");

  it.each([
    "China assumed the chairmanship of CICA from Turkey and will preside over the Conference in 2014–2018.",
    "Turkey handed over the chairmanship of CICA to China, which is to chair the Conference in 2014-2018.",
    "The chairmanship of CICA passed from Turkey to China, to hold it for 2014–2018.",
  ])("is not the outgoing term's first year: %s", (text) => {
    expect(terms(text, "2014-05-20", cica, "2014-05-21")).toEqual([
      [TR, null, "2014-05-21"],
      [CN, "2014-05-21", null],
    ]);
  });

  it("still dates the outgoing term from a range right after it", () => {
    expect(
      terms(
        "Turkey, chairing CICA in 2010–2014, handed over the chairmanship of CICA to China.",
        "2014-05-20",
        cica,
        "2014-05-21",
      ),
    ).toEqual([
      [TR, "2010", "2014-05-21"],
      [CN, "2014-05-21", null],
    ]);
  });
});

describe("a month of a year in the handover's clause", () => {
  const asean = ids.organization("asean");
  const [PH, SG] = ["PH", "SG"].map(ids.country);

  it.each([
    "The Philippines will pass the chairmanship of ASEAN to Singapore in July 2007; Singapore is to host the 13th ASEAN Summit in November.",
    "Singapore takes over the chairmanship of ASEAN from the Philippines in July 2007, and the next summit will be held in November.",
    "The chairmanship of ASEAN passes from the Philippines to Singapore from July 2007; the 13th Summit is to be held in November 2007.",
  ])("dates the term, not the next summit: %s", (text) => {
    expect(terms(text, "2007-01-13", asean)).toEqual([
      [PH, null, "2007-07"],
      [SG, "2007-07", null],
    ]);
  });

  it("is no start when it is the month of a meeting to be held", () => {
    expect(
      terms(
        "The Philippines handed over the chairmanship of ASEAN to Singapore, which will host the summit to be held in November 2007.",
        "2007-01-13",
        asean,
      ),
    ).toEqual([
      [PH, null, "2007-01-13"],
      [SG, "2007-01-13", null],
    ]);
  });
});

describe("a passive 'will be chaired by X' with the term's first day after 'from'", () => {
  const cis = ids.organization("cis");
  const RU = ids.country("RU");

  it.each([
    ["From 1 January 2024 the CIS will be chaired by Russia.", "2024-01-01"],
    ["As of January 1 the Commonwealth will be chaired by Russia.", "2024-01-01"],
    ["Starting from 1 February 2024, the CIS will be presided over by Russia.", "2024-02-01"],
  ])("hands the office over from that day: %s", (text, start) => {
    expect(terms(text, "2023-10-13", cis)).toEqual([[RU, start, null]]);
  });

  it.each(["The meeting on 20 October will be chaired by Russia.", "The summit will be chaired by Russia."])(
    "is a meeting's chair when it gives no term: %s",
    (text) => {
      expect(terms(text, "2023-10-13", cis)).toEqual([]);
    },
  );
});
