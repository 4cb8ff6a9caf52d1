import { describe, expect, it } from "vitest";
import { readChairmanships } from "./chairmanship";
import { worldKnowledge as knowledge } from "./fixtures/world-knowledge";
import { segment } from "./segment";

const read = (text: string, date: string) =>
  readChairmanships({
    text,
    paragraphs: segment(text),
    knowledge,
    date,
    publishedAt: date,
    organizationId: "orgshanghaicooperationorganisati",
    chair: null,
  });

describe("chairmanship", () => {
  it("starts the new term at the meeting and closes the stored outgoing one", () => {
    const terms = read(
      "The leaders thanked Tajikistan for the Tajik chairmanship. Uzbekistan took over the SCO chairmanship.",
      "2021-09-17",
    );
    expect(
      terms.map((t) => [t.countryId, t.startDate, t.endDate, t.existingId, t.handoverAtMeeting]),
    ).toEqual([
      ["ctytjx0001", "2020-11-10", "2021-09-17", "chrscotj2020", true],
      ["ctyuzx0001", "2021-09-17", null, null, true],
    ]);
  });

  it("reads the outgoing term's years from the text when the database has none, and a stated start date", () => {
    const terms = read(
      "The results of the Russian presidency of the SCO in 2019-2020 were summed up. India will assume the SCO presidency on 1 January 2021.",
      "2020-11-10",
    );
    expect(terms.map((t) => [t.countryId, t.startDate, t.endDate, t.handoverAtMeeting])).toEqual([
      ["ctyrux0001", "2019", "2021-01-01", false],
      ["ctyinx0001", "2021-01-01", null, false],
    ]);
  });

  it("proposes nothing when no one takes over", () => {
    expect(read("The leaders discussed the presidency.", "2020-11-10")).toEqual([]);
  });
});
