// People a release names who took no part in the meeting: a leader's spouse, whoever she or he joined; someone who
// joined the leaders only at a concert or was among the guests at a dinner; a chair of another meeting at another time;
// someone quoted. Every person here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const names = (sentences: string) =>
  readPressRelease(
    `ASTANA, 14 March 2019 — The Council of Heads of State of the CIS met today. Daniil Vorkut, President of Belarus, attended the summit. ${sentences}`,
    knowledge,
  ).participants.map((participant) => {
    const person = participant.person.value;
    return person.status === "matched" ? person.label : person.proposed.name;
  });

describe("a leader's spouse is no participant", () => {
  it.each([
    "Irina Vorkut, First Lady of Belarus and the host's wife, joined the leaders in the hall.",
    "The President's wife, Irina Vorkut, First Lady of Belarus, joined the leaders.",
    "Irina Vorkut, Vice-President of Belarus and his wife, also attended the summit.",
    "Aigerim Teselova, the wife of the President of Kazakhstan, hosted a programme for the spouses.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(["Daniil Vorkut"]);
  });
});

describe("someone who joined the leaders only at an event beside the meeting", () => {
  it.each([
    "Arman Teselov, President of Kazakhstan, joined them at a concert in the evening.",
    "Former President Arman Teselov of Kyrgyzstan was among the guests at the gala dinner.",
    "President Arman Teselov of Kazakhstan joined the leaders for the reception.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(["Daniil Vorkut"]);
  });

  it("but one who was among the guests at the summit took part", () => {
    expect(names("President Arman Teselov of Kazakhstan was among the guests at the summit.")).toEqual([
      "Daniil Vorkut",
      "Arman Teselov",
    ]);
  });
});

describe("a chair of a meeting days or weeks before", () => {
  it.each([
    "Prime Minister Arman Teselov of Kazakhstan chaired the Eurasian Intergovernmental Council in Almaty a week earlier.",
    "Prime Minister Arman Teselov of Kazakhstan chaired the Council of Heads of Government two days before.",
    "Foreign Minister Arman Teselov of Kazakhstan chaired the ministers' meeting a few days earlier.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(["Daniil Vorkut"]);
  });
});

describe("someone quoted or cited", () => {
  it.each([
    "Quoting President Arman Teselov of Kazakhstan, the chair said that unity mattered.",
    "Citing President Arman Teselov of Kazakhstan, the declaration called for restraint.",
    "The statement quoted President Arman Teselov of Kazakhstan on transit.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(["Daniil Vorkut"]);
  });
});

describe("a leader named at another time, in the bilateral part only, or as someone's predecessor", () => {
  it.each([
    "Earlier in the week, President of Moldova Ion Rusu chaired the summit of another organization.",
    "Earlier this month, Kyrgyz President Ruslan Abdykov attended a summit in Baku.",
    "The President of Kyrgyzstan Ruslan Abdykov took part only in the bilateral talks with Vorkut.",
    "Kyrgyz President Ruslan Abdykov attended the bilateral meeting with Vorkut on the same day.",
    "His predecessor, President of Kyrgyzstan Ruslan Abdykov, had proposed the idea.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(["Daniil Vorkut"]);
  });

  it("but a leader who attended the summit and held bilateral talks took part", () => {
    expect(
      names("Kyrgyz President Ruslan Abdykov attended the summit and held bilateral talks with Vorkut."),
    ).toEqual(["Daniil Vorkut", "Ruslan Abdykov"]);
  });
});
