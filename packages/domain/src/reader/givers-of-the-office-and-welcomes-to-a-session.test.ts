// How G20, ASEAN, BIMSTEC and SAARC stories tell the handover ceremony, written in our own words: "Prime Minister X
// completed the transition by handing the ceremonial gavel to Brazilian President Y", "President X formally handed
// the gavel to Singapore's Prime Minister Y last night, marking Singapore's turn to chair the summits next year",
// "President X, who assumed the chairmanship of SAARC at the opening, welcomed the leaders to the closing session of
// the 15th SAARC Summit: A, B and C". Until 8 December 2026 the one handing the office over was no participant (and
// "next year", about the next term, made him one of a later meeting), the one handed it by "handing" neither, the one
// who took the office at the opening no chair, and the leaders welcomed to a session after a colon no participants.
// Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { referenceData } from "./fixtures/reference-data";
import { readPressRelease } from "./read-press-release";

const read = (text: string) => readPressRelease(text, referenceData);
const names = (text: string) => read(text).participants.map((p) => p.nameAsStated);

describe("the one who hands the office over at the meeting, and the one he hands it to", () => {
  it("both take part when the handing is told by a gerund", () => {
    const text =
      "New Delhi, 10 September 2023 - The G20 Summit closed in New Delhi. Prime Minister Narendra Modi completed the transition by handing the ceremonial gavel to Brazilian President Luiz Inacio Lula da Silva.";
    expect(names(text)).toEqual(["Narendra Modi", "Luiz Inacio Lula da Silva"]);
  });

  it("the giver takes part though the sentence dates the next term", () => {
    const text =
      "Manila, 14 November 2017 - The 31st ASEAN Summit closed in Pasay City. President Rodrigo Duterte formally handed the gavel to Singapore's Prime Minister Lee Hsien Loong, marking Singapore's turn to chair the ASEAN summits next year.";
    expect(names(text)).toEqual(["Rodrigo Duterte", "Lee Hsien Loong"]);
  });

  it("not one who will hand it over", () => {
    const summit = "Manila, 14 November 2017 - The 31st ASEAN Summit closed in Pasay City.";
    expect(
      names(`${summit} President Rodrigo Duterte will hand over the chairmanship to Singapore in December.`),
    ).toEqual([]);
  });
});

describe("the one who took the office at the opening", () => {
  const text =
    "Colombo, 3 August 2008 - President Mahinda Rajapaksa, who assumed the chairmanship of SAARC at the opening, welcomed the leaders to the closing session of the 15th SAARC Summit: Afghan President Hamid Karzai, Indian Prime Minister Manmohan Singh and Prime Minister of Pakistan Yousuf Raza Gilani.";

  it("chairs, and the leaders welcomed to the session after a colon take part", () => {
    const proposal = read(text);
    expect(proposal.participants.map((p) => [p.nameAsStated, p.role.value])).toEqual([
      ["Mahinda Rajapaksa", "chair"],
      ["Hamid Karzai", "head_of_delegation"],
      ["Manmohan Singh", "head_of_delegation"],
      ["Yousuf Raza Gilani", "head_of_delegation"],
    ]);
  });

  it("takes part, not as the chair, when he took it otherwise at the meeting", () => {
    const proposal = read(
      "Colombo, 3 August 2008 - The 15th SAARC Summit closed in Colombo. President Mahinda Rajapaksa, who assumed the chairmanship of SAARC, thanked the leaders.",
    );
    expect(proposal.participants.map((p) => [p.nameAsStated, p.role.value])).toEqual([
      ["Mahinda Rajapaksa", "head_of_delegation"],
    ]);
  });
});
