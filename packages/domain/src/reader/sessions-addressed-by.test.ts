// "The inaugural session was addressed by A, B and the other Heads of State, as well as by the Secretary General, C":
// the speakers at the meeting took part. Before, "addressed by" was read as a mere mention (the SAARC 2008 fixture
// named its five participants only so, and none was read). A list of speakers that says "also" ("The summit was also
// addressed by A and by B") presupposes others, so the leaders named only in what they did at the table are read
// beside it, as beside "X joined them" (the Arab League 2025 fixture's host). Every person here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const names = (text: string) =>
  readPressRelease(text, knowledge).participants.map((participant) => participant.nameAsStated);

const OPENING = "The CICA summit opened in Astana on 13 October 2022. ";

describe("a session addressed by its speakers", () => {
  it.each([
    "The inaugural session was addressed by President of Kazakhstan Aidos Temirov and Prime Minister of Pakistan Rafiq Aslam, as well as by the Secretary General of CICA, Lin Chao.",
    "The summit was addressed by President of Kazakhstan Aidos Temirov, Prime Minister of Pakistan Rafiq Aslam and the Secretary General of CICA, Lin Chao.",
    "The plenary session was also addressed by President of Kazakhstan Aidos Temirov, Prime Minister of Pakistan Rafiq Aslam and by the Secretary General of CICA, Lin Chao.",
  ])("%s", (sentence) => {
    expect(names(OPENING + sentence)).toEqual(["Aidos Temirov", "Rafiq Aslam", "Lin Chao"]);
  });

  it("the list ends where another clause begins", () => {
    expect(
      names(
        `${OPENING}The session was addressed by President of Kazakhstan Aidos Temirov, followed by a minute of silence for the late President of Pakistan Rafiq Aslam.`,
      ),
    ).toEqual(["Aidos Temirov"]);
  });

  it("a letter addressed by someone is no speech at the meeting", () => {
    expect(
      names(
        `${OPENING}The summit was attended by President of Kazakhstan Aidos Temirov. A letter was addressed by Prime Minister of Pakistan Rafiq Aslam to the summit.`,
      ),
    ).toEqual(["Aidos Temirov"]);
  });
});

describe('"also addressed by": leaders named by what they did are read beside it', () => {
  it("the host who welcomed the leaders took part too", () => {
    expect(
      names(
        `${OPENING}President of Kazakhstan Aidos Temirov welcomed the leaders and presented his plan. The summit was also addressed by Prime Minister of Pakistan Rafiq Aslam and by the Secretary General of CICA, Lin Chao.`,
      ),
    ).toEqual(["Aidos Temirov", "Rafiq Aslam", "Lin Chao"]);
  });
});
