// Releases translated from Russian and the organisations' own releases name people with initials before the family
// name, a transliterated initial of two letters alone ("Sh. Mirziyoyev", "Kh. Kasuri"), open a sentence on the host
// greeting the others ("Greeting the heads of the delegations, the President of … X expressed …"), and recall the
// heads of government's council held the day before under a chair of its own. People here are invented unless the
// knowledge holds them (Mirziyoyev).
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { participantsOn } from "./participants-test-reading";
import { readPressRelease } from "./read-press-release";
import { reconcilePerson } from "./reconcile";
import { segment } from "./segment";

const CIS_CHS = "orgciscouncilofheadsofstate";
const sentences = (text: string) => segment(text)[0]!.sentences.map((sentence) => sentence.text);
const people = (text: string) =>
  participantsOn(text, { date: "2004-09-16", organizationId: CIS_CHS }).map((participant) => [
    participant.nameAsStated,
    participant.role.value,
  ]);

describe("a transliterated initial of two letters on its own", () => {
  it("ends no sentence after 'Sh.' or 'Kh.' before a family name", () => {
    expect(sentences("Prime Minister Sh. Mirziyoyev presided. Foreign Minister Kh. Kasuri spoke.")).toEqual([
      "Prime Minister Sh. Mirziyoyev presided.",
      "Foreign Minister Kh. Kasuri spoke.",
    ]);
  });

  it("matches 'Sh. Mirziyoyev' to the person whose given name it starts, not as a merely similar name", () => {
    expect(reconcilePerson("Sh. Mirziyoyev", eurasiaKnowledge, [], "2007-11-02").reconciled).toMatchObject({
      status: "matched",
      id: "pershavkatmirziyoyev",
    });
  });
});

describe("the host greeting the others in a clause that opens the sentence", () => {
  it.each([
    "Greeting the heads of the delegations, the President of Kazakhstan A. B. Serikov expressed confidence in the reform.",
    "Welcoming his counterparts, President of Kazakhstan Aidos Serikov said the Commonwealth needed reform.",
  ])("reads the host as taking part: %s", (sentence) => {
    const text = `The meeting was chaired by the President of Armenia G. A. Sahakyan. ${sentence}`;
    expect(people(text).map(([name]) => name)).toHaveLength(2);
  });
});

describe("the heads of government's council beside a summit of heads of state", () => {
  it("takes the chair of the heads of government's council the day before for no participant", () => {
    const text =
      "On 16 September in Astana took place the regular meeting of the Council of Heads of States-participants of the Commonwealth of Independent States. " +
      "The meeting was chaired by the President of Armenia G. A. Sahakyan. The President of Kazakhstan A. B. Serikov took part. " +
      "The day before, the Council of Heads of Government of the CIS met under the chairmanship of the Prime Minister of the Republic of Moldova V. P. Tarnu.";
    expect(people(text)).toEqual([
      ["G. A. Sahakyan", "chair"],
      ["A. B. Serikov", "head_of_delegation"],
    ]);
  });

  it("still reads the chair of a release about the heads of government's council itself", () => {
    const text =
      "The Council of Heads of Government of the CIS met in Astana under the chairmanship of the Prime Minister of the Republic of Moldova V. P. Tarnu. The Prime Minister of Kazakhstan A. B. Serikov took part.";
    expect(people(text)[0]).toEqual(["V. P. Tarnu", "chair"]);
  });
});

describe("the chairman elected and the body named in the headline", () => {
  const release = (sentence: string) =>
    readPressRelease(
      "On the meeting of the Council of Heads of State of the Commonwealth of Independent States\n\n16.09.2004\n\n" +
        "On 16 September 2004 in the city of Astana took place the regular meeting of the Council of Heads of States-participants of the Commonwealth of Independent States. " +
        "The meeting was chaired by the President of Armenia G. A. Sahakyan, Chairman of the Council of Heads of State. " +
        `The President of Kazakhstan A. B. Serikov took part. ${sentence}`,
      eurasiaKnowledge,
    );

  it("reads 'X was elected Chairman of the Council' as the chairmanship passing to X's country", () => {
    const read = release(
      "By decision of the Council the President of Kazakhstan A. B. Serikov was elected Chairman of the Council.",
    );
    expect(read.chairmanships.map((term) => term.countryId)).toContain("ctykzx0001");
  });

  it("takes the headline's council of the Commonwealth the text names in its own words", () => {
    expect(release("").body?.value).toMatchObject({ status: "matched", id: "orgciscouncilofheadsofstate" });
  });
});
