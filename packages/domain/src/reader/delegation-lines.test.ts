// An organisation's release lists the delegations one a line under a colon heading, each line led by its country
// ("Kazakhstan — President A", "from the Republic of X: President A"), sometimes with the delegation's members after
// the head ("…, members of the delegation: Foreign Minister B, Defence Minister C"); a translation from Russian puts the
// verb before the list ("In the session took part the President of …"); a chairman's statement lists them in an annex
// line ("Annex: List of participants — Prime Minister A of X; President B of Y"). People here are invented.
import { describe, expect, it } from "vitest";
import { participantsOn } from "./participants-test-reading";

const CSTO = "orgcstocollectivesecuritycouncil";
const HEAD =
  "The session of the Collective Security Council was held in Minsk on 30 November 2017. The following delegations took part:\n\n";
const people = (text: string) =>
  participantsOn(text, { date: "2017-11-30", organizationId: CSTO }).map((participant) => [
    participant.nameAsStated,
    participant.country?.value.countryId ?? null,
  ]);

describe("delegations one a line, led by their country", () => {
  it("reads 'from the Republic of X:' as the line's country", () => {
    const text =
      HEAD +
      "from the Republic of Belarus: President Daniil Vorkut;\nfrom the Republic of Kazakhstan: President Arman Teselov;\nfrom the Kyrgyz Republic: President Ruslan Abdykov.";
    expect(people(text)).toEqual([
      ["Daniil Vorkut", "ctybyx0001"],
      ["Arman Teselov", "ctykzx0001"],
      ["Ruslan Abdykov", "ctykgx0001"],
    ]);
  });

  it("takes the ministers after the head on his country's line for members of his delegation", () => {
    const text =
      HEAD +
      "Republic of Belarus — President Daniil Vorkut\nRepublic of Kazakhstan — President Arman Teselov, Foreign Minister Yerlan Omarov\nKyrgyz Republic — President Ruslan Abdykov";
    expect(people(text).map(([name]) => name)).toEqual(["Daniil Vorkut", "Arman Teselov", "Ruslan Abdykov"]);
  });

  it("keeps reading the list past a long line that names the members of a delegation", () => {
    const text =
      HEAD +
      "Republic of Belarus — President Daniil Vorkut\nRepublic of Kazakhstan — President Arman Teselov, members of the delegation: Foreign Minister Yerlan Omarov, Defence Minister Nurlan Sadykov\nKyrgyz Republic — President Ruslan Abdykov";
    expect(people(text).map(([name]) => name)).toEqual(["Daniil Vorkut", "Arman Teselov", "Ruslan Abdykov"]);
  });
});

describe("the verb before the list, as a translation from Russian keeps it", () => {
  it("reads 'In the session took part the President of A X, the President of B Y'", () => {
    const text =
      "On 30 November 2017 in Minsk took place the session of the Collective Security Council. " +
      "In the session took part the President of the Republic of Belarus D. V. Vorkut, the President of the Republic of Kazakhstan A. T. Teselov and the President of the Kyrgyz Republic R. A. Abdykov.";
    expect(people(text).map(([name]) => name)).toEqual(["D. V. Vorkut", "A. T. Teselov", "R. A. Abdykov"]);
  });

  it("reads no list from 'took part' after another subject", () => {
    const text =
      "On 30 November 2017 in Minsk took place the session of the Collective Security Council. In the session the ministers took part in the debate.";
    expect(people(text)).toEqual([]);
  });
});

describe("a chairman's statement's annex line", () => {
  it("reads the people after 'Annex: List of participants —'", () => {
    const text =
      "1. We, the Heads of State of the member states, met in Minsk on 30 November 2017 under the chairmanship of President Daniil Vorkut of Belarus.\n\n" +
      "Annex: List of participants — President Arman Teselov of Kazakhstan; President Ruslan Abdykov of Kyrgyzstan.";
    expect(people(text).map(([name]) => name)).toEqual(["Daniil Vorkut", "Arman Teselov", "Ruslan Abdykov"]);
  });
});
