// An organization's office said to attend with no name, its holder named elsewhere (the second styles round, a
// chairman's statement): "The Meeting was also attended by the Secretary-General of ASEAN" and, later, "the briefing
// by the Secretary-General of ASEAN, H.E. X". Every sentence here is made up for the rule it tests; the people are
// invented.
import { describe, expect, it } from "vitest";
import { ids } from "./fixtures/world-knowledge";
import { participantsOn } from "./participants-test-reading";

const ASEAN = { date: "2014-05-11", organizationId: ids.organization("asean") };

const OPENING =
  "The 24th ASEAN Summit was held in Nay Pyi Taw, chaired by H.E. Aung Min, President of the Republic of the Union of Myanmar.";

const read = (body: string) =>
  participantsOn(`${OPENING} ${body}`, ASEAN).map((p) => [p.nameAsStated, p.category.value, p.role.value]);

describe("an office attending with no name, its holder named elsewhere", () => {
  it.each([
    "We welcomed the briefing by the Secretary-General of ASEAN, H.E. Tran Quoc Binh, on the Roadmap.",
    "We thanked the Secretary-General of ASEAN, Dr. Tran Quoc Binh, for his report.",
  ])("reads the holder of '%s'", (later) => {
    expect(read(`The Meeting was also attended by the Secretary-General of ASEAN. ${later}`)).toContainEqual([
      "Tran Quoc Binh",
      "igo_official",
      "participant",
    ]);
  });

  it("reads no one when the office is not said to attend", () => {
    expect(
      read(
        "We welcomed the briefing by the Secretary-General of ASEAN, H.E. Tran Quoc Binh, on the Roadmap.",
      ).map(([name]) => name),
    ).not.toContain("Tran Quoc Binh");
  });
});
