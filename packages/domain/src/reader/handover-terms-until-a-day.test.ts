// The day right after "until", "through" or a span's "to" ("will hold the pro tempore presidency until 30 June 2020",
// "from 1 July to 30 June") ends the next holder's term: it is not its start, which is the meeting's day or the day
// after "on" or "from". Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { handovers6Knowledge } from "./fixtures/handovers6-knowledge";
import { ids } from "./fixtures/world-knowledge";
import { readPressRelease } from "./read-press-release";

const BO = ids.country("BO");

const startWith = (sentence: string) =>
  readPressRelease(
    `Lima, 26 May 2019\n\nThe Andean Presidential Council met in Lima on 26 May 2019. Taking part were President of Peru Martín Vizcarra, President of Bolivia Evo Morales, President of Colombia Iván Duque and President of Ecuador Lenín Moreno.\n\n${sentence}\n`,
    handovers6Knowledge,
  ).chairmanships.find((term) => term.countryId === BO)?.startDate ?? null;

describe("a day that ends the term", () => {
  it.each([
    ["Bolivia will hold the pro tempore presidency until 30 June 2020.", "2019-05-26"],
    ["Bolivia takes over the pro tempore presidency and will hold it through 31 May 2020.", "2019-05-26"],
    ["Bolivia will hold the pro tempore presidency till 31 May 2020.", "2019-05-26"],
    ["The pro tempore presidency passes to Bolivia, which will hold it up to 30 June 2020.", "2019-05-26"],
    ["The pro tempore presidency passes to Bolivia until 26 May 2020.", "2019-05-26"],
  ])("%s", (sentence, start) => {
    expect(startWith(sentence)).toBe(start);
  });
});

describe("guards", () => {
  it.each([
    ["Bolivia will assume the pro tempore presidency on 1 July.", "2019-07-01"],
    [
      "Bolivia will assume the pro tempore presidency on 1 July and hold it until 30 June 2020.",
      "2019-07-01",
    ],
    ["Bolivia will hold the pro tempore presidency from 1 July 2019 to 30 June 2020.", "2019-07-01"],
    ["Bolivia will hold the pro tempore presidency from 1 July 2019.", "2019-07-01"],
    ["Bolivia takes over the pro tempore presidency today.", "2019-05-26"],
  ])("starts as before: %s", (sentence, start) => {
    expect(startWith(sentence)).toBe(start);
  });
});
