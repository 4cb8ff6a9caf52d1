// A next term told by its month ("Russia will hold the presidency from July 2012") starts on the day after the old
// term's stated last day, when the handover's sentence or the one before it gives that day ("The German presidency of
// the Council ends on 30 June"): 1 July, not July. A last day that is not the eve of that month, or the end of
// something other than the office, leaves the month. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { handovers6Knowledge } from "./fixtures/handovers6-knowledge";
import { ids } from "./fixtures/world-knowledge";
import { readPressRelease } from "./read-press-release";

const DE = ids.country("DE");
const RU = ids.country("RU");

const termsWith = (sentences: string) =>
  readPressRelease(
    `Stralsund, 31 May 2012\n\nThe summit of the Council of the Baltic Sea States was held in Stralsund on 31 May 2012. Taking part were Federal Chancellor of Germany Angela Merkel, Prime Minister of Poland Donald Tusk and First Deputy Prime Minister of Russia Igor Shuvalov.\n\n${sentences}\n`,
    handovers6Knowledge,
  ).chairmanships.map((term) => [term.countryId, term.startDate, term.endDate]);

describe("a next term by its month after the old term's last day", () => {
  it.each([
    "The German presidency of the Council ends on 30 June. Russia will hold the presidency from July 2012.",
    "The German presidency ends on June 30. The presidency passes to Russia in July 2012.",
    "Germany's chairmanship will end on 30 June. Russia takes over the chairmanship in July 2012.",
  ])("%s", (sentences) => {
    expect(termsWith(sentences)).toEqual([
      [DE, null, "2012-07-01"],
      [RU, "2012-07-01", null],
    ]);
  });
});

describe("guards", () => {
  it.each([
    // Not the eve of the month the next term starts in.
    "The German presidency ends on 15 June. Russia will hold the presidency from July 2012.",
    // Not the office that ends.
    "The German programme of the Council ends on 30 June. Russia will hold the presidency from July 2012.",
  ])("keeps the month: %s", (sentences) => {
    expect(termsWith(sentences).find((term) => term[0] === RU)).toEqual([RU, "2012-07", null]);
  });
});
