// The outgoing term's holder and start named in words on the office rather than on the holder: an aside on the office
// that is the subject of passing ("The chairmanship, which W had held since July 2023, passed to Y"; until 7 December
// 2026 the comma cut the office from its verb and no handover was read at all), a relative clause on the holder's own
// office before the holder is named ("At the end of its presidency, which began … in July 2023, W handed over …"), and
// a participle of chairing with the body in lower case ("Having chaired the organization since July 2023, W …"). Every
// sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { termsOf } from "./chairmanship-test-reading";
import { ids } from "./fixtures/world-knowledge";

const [KZ, CN] = ["KZ", "CN"].map(ids.country);
const sco = ids.organization("sco");
const DAY = "2024-07-04";

describe("an aside on the office that passes", () => {
  it.each([
    ["The chairmanship, which Kazakhstan had held since July 2023, passed to China.", "2023-07"],
    [
      "The chairmanship, which Kazakhstan had held since the Astana summit of July 2023, passed to China.",
      "2023-07",
    ],
    ["The rotating chairmanship, held by Kazakhstan since 2023, now passes to China.", "2023"],
    ["The chairmanship, held by Kazakhstan, passed to China.", null],
    ["The chairmanship, previously held by Kazakhstan, passed to China.", null],
  ])("%s", (text, start) => {
    expect(termsOf(text, DAY, sco)).toEqual([
      [KZ, start, DAY],
      [CN, DAY, null],
    ]);
  });

  it("an aside that names no country leaves the outgoing side to the rest of the text", () => {
    expect(termsOf("The chairmanship, which began in July 2023, passed to China.", DAY, sco)).toEqual([
      [CN, DAY, null],
    ]);
  });
});

describe("the outgoing term's start before its holder is named", () => {
  it.each([
    "At the end of its presidency, which began at the New Delhi summit in July 2023, Kazakhstan handed over the chairmanship to China.",
    "At the close of its year-long chairmanship, which started in July 2023, Kazakhstan passed the baton to China.",
    "Having chaired the organization since July 2023, Kazakhstan passed the chairmanship to China.",
  ])("%s", (text) => {
    expect(termsOf(text, DAY, sco)).toEqual([
      [KZ, "2023-07", DAY],
      [CN, DAY, null],
    ]);
  });

  it("guard: a participle of holding something else dates nothing", () => {
    expect(
      termsOf(
        "Having chaired the talks on trade since July 2023, Kazakhstan passed the chairmanship to China.",
        DAY,
        sco,
      ),
    ).toEqual([
      [KZ, null, DAY],
      [CN, DAY, null],
    ]);
  });
});
