// The chair named by the presiding country with an aside before the verb ("Uruguay, the host country, chaired the
// meeting", "Uruguay, which holds the pro tempore presidency, chaired …"), by the office in apposition to its leader
// ("The President of Uruguay, as pro tempore president, opened the summit", "As chair, the Uruguayan President
// welcomed …"); and a participant named again by his country's possessive and a shorter name ("Uruguay's Lacalle Pou"
// after "President of Uruguay Luis Lacalle Pou"), which until 7 December 2026 was a second participant (the chair, when
// the sentence made him one). Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { mercosurChairsWith, mercosurReleaseWith } from "./chairmanship-test-reading";
import { handovers5Knowledge } from "./fixtures/handovers5-knowledge";

const read = mercosurReleaseWith;
const chairs = mercosurChairsWith;

describe("the presiding country's leader chairs", () => {
  it.each([
    "Uruguay, the host country, chaired the meeting.",
    "Uruguay, which holds the pro tempore presidency, chaired the meeting.",
    "Uruguay, as the country holding the pro tempore presidency, chaired the meeting.",
    "Uruguay, as pro tempore president, chaired the meeting.",
    "The President of Uruguay, as pro tempore president, opened the summit.",
    "The President of Uruguay, in his capacity as chair, opened the summit.",
    "As chair, the Uruguayan President welcomed the delegations.",
    "As the host and chair, Uruguay's President welcomed the delegations.",
  ])("%s", (sentence) => {
    expect(chairs(sentence)).toEqual(["Luis Lacalle Pou"]);
  });

  it.each([
    // A country as "chair" may be the organization's; another body's chair; a cabinet meeting at home.
    "As chair, Uruguay proposed a plan.",
    "The President of Uruguay, in his capacity as chair of the Council of Ministers, opened the summit.",
    "The Uruguayan President, as head of state, chaired a cabinet meeting.",
    "Uruguay, which chaired the bloc in 2019, welcomed the guests.",
  ])("not: %s", (sentence) => {
    expect(chairs(sentence)).toEqual([]);
  });
});

describe("a participant named again by his country's possessive", () => {
  it.each([
    "Uruguay's Lacalle Pou welcomed the leaders.",
    "Uruguay's President Lacalle Pou, the summit chair, welcomed the leaders.",
  ])("is the same participant: %s", (sentence) => {
    const participants = read(sentence).participants.map((participant) => participant.nameAsStated);
    expect(participants).toEqual([
      "Javier Milei",
      "Luiz Inácio Lula da Silva",
      "Santiago Peña",
      "Luis Lacalle Pou",
    ]);
  });

  it("is not merged with a participant of another country", () => {
    const argentine = read("Argentina's Lacalle Pou welcomed the leaders.").participants.find(
      (participant) => participant.nameAsStated === "Lacalle Pou",
    );
    expect(argentine?.country?.value.countryId).toBe(
      handovers5Knowledge.countries.find((country) => country.iso2 === "AR")!.id,
    );
  });
});
