// An outgoing term told with the verbs translations and wires use for holding an office since a day ("Uruguay had
// exercised the pro tempore presidency since the Asunción summit of 8 July 2024", "has been at the head of the bloc
// since …") and an office under the Latin "pro tempore" after the holder's adjective ("The Uruguayan pro tempore
// presidency, which began in Asunción in July 2024"): the holder and the start of its term. Guards: something else
// exercised or headed since a day, and a term with no start. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { mercosurTermsWith as terms } from "./chairmanship-test-reading";
import { ids } from "./fixtures/world-knowledge";

const [UY, AR] = [ids.country("UY"), ids.country("AR")];

describe("the outgoing term and its start", () => {
  it.each([
    [
      "Uruguay had exercised the pro tempore presidency since the Asunción summit of 8 July 2024. The presidency passes to Argentina.",
      "2024-07-08",
    ],
    [
      "Uruguay has been at the head of the bloc since the Asunción summit of July 2024. The presidency now passes to Argentina.",
      "2024-07",
    ],
    [
      "The Uruguayan pro tempore presidency, which began in Asunción in July 2024, came to an end, and the presidency passes to Argentina.",
      "2024-07",
    ],
    [
      "Uruguay, whose government had exercised the presidency since the Asunción summit of July 2024, handed over to Argentina.",
      "2024-07",
    ],
  ])("%s", (sentence, start) => {
    expect(terms(sentence)).toEqual([
      [UY, start, "2024-12-06"],
      [AR, "2024-12-06", null],
    ]);
  });
});

describe("guards", () => {
  it.each([
    // Something else exercised since a day.
    "Uruguay had exercised the right of veto since the Asunción summit of July 2024. The presidency passes to Argentina.",
    // Something else headed since a day.
    "Uruguay has been at the head of the table of exporters since July 2024. The presidency passes to Argentina.",
  ])("reads no outgoing term: %s", (sentence) => {
    expect(terms(sentence)).toEqual([[AR, "2024-12-06", null]]);
  });
});
