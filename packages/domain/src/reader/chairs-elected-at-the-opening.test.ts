// "On a proposal by the outgoing Chairman, Prime Minister of India X, President of Sri Lanka Y was unanimously elected
// Chairman of the Summit": Y chairs the meeting, elected at its opening, and X, who proposed him, does not. Before,
// being elected the summit's chairman was no chairing (the SAARC 2008 fixture had no chair); "elected Chairman of the
// Council for 2023", a term of the body's own, stays a handover's matter. Every person here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { chairNames } from "./participants-test-reading";

const chairs = (text: string) => chairNames(text, knowledge);

const OPENING = "The CICA summit opened in Astana on 13 October 2022. ";
const LIST =
  " The summit was attended by President of Pakistan Rafiq Aslam and Prime Minister of India Dev Kumar.";

describe("a chair elected at the meeting's opening", () => {
  it.each([
    "President of Sri Lanka Ravi Perera was unanimously elected Chairman of the Summit.",
    "President of Sri Lanka Ravi Perera was elected President of the Conference.",
    "President of Sri Lanka Ravi Perera has been elected Chairperson of the Fifth Summit.",
    "On a proposal by the outgoing Chairman, Prime Minister of India Dev Kumar, President of Sri Lanka Ravi Perera was unanimously elected Chairman of the Summit.",
    "At the suggestion of President Rafiq Aslam, President of Sri Lanka Ravi Perera was elected Chairman of the Meeting.",
  ])("%s", (sentence) => {
    expect(chairs(OPENING + sentence + LIST)).toEqual(["Ravi Perera"]);
  });

  it("elected to a term of the body's own is no chair of this meeting", () => {
    expect(
      chairs(
        `${OPENING}President of Sri Lanka Ravi Perera was elected Chairman of the Council for 2023.${LIST}`,
      ),
    ).toEqual([]);
  });
});
