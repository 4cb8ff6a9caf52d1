// The head of the meeting's own organization named only in what he did there (the second styles round, a news
// agency's report): "CSTO Secretary General X presented a report on the alliance's activities". Every sentence here is
// made up for the rule it tests; the people are invented.
import { describe, expect, it } from "vitest";
import { ids } from "./fixtures/world-knowledge";
import { participantsOn } from "./participants-test-reading";

const CSTO = { date: "2022-05-16", organizationId: ids.organization("csto") };

const OPENING =
  "Armenian Prime Minister Nikol Pashinyan chaired the session of the Collective Security Council in Moscow. Belarusian President Alexander Lukashenko and Kazakh President Kassym-Jomart Tokayev took part.";

const read = (sentence: string) =>
  participantsOn(`${OPENING} ${sentence}`, CSTO).map((p) => [p.nameAsStated, p.category.value, p.role.value]);

describe("the head of the meeting's own organization acting at it", () => {
  it.each([
    "CSTO Secretary General Pavel Orlov presented a report on the alliance's activities.",
    "CSTO Secretary General Pavel Orlov addressed the leaders.",
  ])("reads '%s' as taking part", (sentence) => {
    expect(read(sentence)).toContainEqual(["Pavel Orlov", "igo_official", "participant"]);
  });

  it.each([
    "CSTO Secretary General Pavel Orlov told reporters the alliance was united.",
    "The leaders thanked CSTO Secretary General Pavel Orlov for his work.",
  ])("leaves out the one of '%s'", (sentence) => {
    expect(read(sentence).map(([name]) => name)).not.toContain("Pavel Orlov");
  });
});
