// A body named by words another organization's body shares, followed by whose it is: "The Council of Heads of State
// of GUAM" is not the SCO's "Council of Heads of State". Every person here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { referenceData } from "./fixtures/reference-data";
import { withReferenceData } from "./fixtures/with-reference-data";
import { ids } from "./fixtures/world-knowledge";
import { organizationMentions } from "./mentions";
import { readPressRelease } from "./read-press-release";

const mentioned = (text: string, knowledge = eurasiaKnowledge) =>
  organizationMentions(text, knowledge).map((mention) => [mention.asStated, mention.id]);

const SCO_COUNCIL = "orgscocouncilofheadsofstate";

const release = (opening: string) => `Communiqué

Baku, 19 June 2007

${opening} held its session in Baku on 19 June 2007. President of Azerbaijan Ilham Aliyev chaired it. Prime Minister of Moldova Ion Rusu took part.`;

describe("a council followed by another organization's name", () => {
  it("is not the council of that name the knowledge holds, when the knowledge does not hold the other one", () => {
    expect(mentioned("The Council of Heads of State of GUAM held its session.")).toEqual([]);
    expect(
      readPressRelease(release("The Council of Heads of State of GUAM"), eurasiaKnowledge).body,
    ).toBeNull();
  });

  it("is not it either when the knowledge holds the other organization, which is the one named", () => {
    const knowledge = withReferenceData(eurasiaKnowledge, referenceData);
    expect(mentioned("The Council of Heads of State of GUAM held its session.", knowledge)).toEqual([
      ["GUAM", "guam"],
    ]);
    const proposal = readPressRelease(release("The Council of Heads of State of GUAM"), knowledge);
    expect(proposal.body?.value.status === "matched" && proposal.body.value.id).toBe("guam");
  });
});

describe("guards", () => {
  it("keeps a council followed by its own organization's name", () => {
    expect(mentioned("The Council of Heads of State of the SCO met.")).toContainEqual([
      "Council of Heads of State of the SCO",
      SCO_COUNCIL,
    ]);
    expect(
      mentioned("The Council of Heads of State of the Shanghai Cooperation Organisation met."),
    ).toContainEqual(["Council of Heads of State of the Shanghai Cooperation Organisation", SCO_COUNCIL]);
  });

  it("keeps a council followed by a place, a country or words that are no organization", () => {
    expect(mentioned("The Council of Heads of State of the member states met.")).toEqual([
      ["Council of Heads of State", SCO_COUNCIL],
    ]);
    expect(mentioned("The Council of Heads of State in Baku met.")).toEqual([
      ["Council of Heads of State", SCO_COUNCIL],
    ]);
    expect(mentioned("The SCO Council of Heads of State of 2007 met.")).toEqual([
      ["SCO Council of Heads of State", SCO_COUNCIL],
    ]);
  });

  it("keeps an organization named by its abbreviation before 'of'", () => {
    expect(mentioned("The CSTO of today is stronger.")).toEqual([["CSTO", ids.organization("csto")]]);
  });
});
