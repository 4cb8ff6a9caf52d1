// The outgoing term's start told in a sentence of its own before the handover: a participle of taking the office
// before its holder ("Since assuming the chairmanship in July 2023, Kazakhstan has held …"), the holder's office and a
// past verb of its start ("Kazakhstan's year at the helm of the SCO began in July 2023", "The Kazakh chairmanship,
// launched in July 2023, …"), and a month "last July" or "in July last year". Until 7 December 2026 the first three
// left the start empty, and "Kazakhstan assumed the rotating chairmanship last July" was read as Kazakhstan taking the
// office at this meeting, which lost the handover to China. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { termsOf } from "./chairmanship-test-reading";
import { ids } from "./fixtures/world-knowledge";

const sco = ids.organization("sco");
const [KZ, CN] = ["KZ", "CN"].map(ids.country);
const DAY = "2024-07-04";
const HANDOVER = "At the end of the summit, Kazakhstan handed over the chairmanship to China.";
const terms = (sentence: string) => termsOf(`${sentence} ${HANDOVER}`, DAY, sco);

describe("the outgoing start in a sentence before the handover", () => {
  it.each([
    ["Since assuming the chairmanship in July 2023, Kazakhstan has held more than 150 events.", "2023-07"],
    ["After taking over the presidency in 2023, Kazakhstan hosted the ministers twice.", "2023"],
    ["Kazakhstan's year at the helm of the SCO began in July 2023.", "2023-07"],
    ["The Kazakh chairmanship, launched in July 2023, focused on trade.", "2023-07"],
    ["Kazakhstan's chairmanship began in 2023 with a meeting of foreign ministers.", "2023"],
    ["Kazakhstan assumed the rotating chairmanship last July.", "2023-07"],
    ["Kazakhstan took over the chairmanship in July last year.", "2023-07"],
  ])("%s", (sentence, start) => {
    expect(terms(sentence)).toEqual([
      [KZ, start, DAY],
      [CN, DAY, null],
    ]);
  });

  it("a month of the meeting's own year when it came before the meeting's month", () => {
    expect(
      termsOf(`Kazakhstan assumed the rotating chairmanship last January. ${HANDOVER}`, DAY, sco),
    ).toEqual([
      [KZ, "2024-01", DAY],
      [CN, DAY, null],
    ]);
  });

  it.each([
    // something else the holder began or did since a day
    "Since hosting the forum in July 2023, Kazakhstan has held more than 150 events.",
    "Kazakhstan's trade talks began in July 2023.",
  ])("guard: %s", (sentence) => {
    expect(terms(sentence)).toEqual([
      [KZ, null, DAY],
      [CN, DAY, null],
    ]);
  });
});
