// Three near misses of the participant rules read right as classes: a chair of an earlier meeting named in the
// sentence's opening ("At the preceding session, X chaired …"), a leader represented by someone else ("X was
// represented by his deputy"), and a leader whose country holds another body's office ("X, whose country holds the
// presidency of the Nordic Council, …"); with controls that must still read the chair or the participant. Every
// sentence and person here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { participantsAfterTwoLeaders } from "./participants-test-reading";
import { readPressRelease } from "./read-press-release";

const OPENING = `MINSK, 14 May 2021 – The Council of Heads of State of the CIS met today. Taking part were President Aidos Serikov of Kazakhstan and President Ruslan Abdykov of Kyrgyzstan.`;
const others = (sentence: string) => participantsAfterTwoLeaders(OPENING, sentence).map(([name]) => name);
const chairOf = (sentence: string) => {
  const read = readPressRelease(`${OPENING} ${sentence}`, eurasiaKnowledge);
  return read.participants.find((participant) => participant.role.value === "chair")?.nameAsStated ?? null;
};

describe("a chair of an earlier meeting named in the opening", () => {
  it.each([
    "At the preceding session, President Lena Kask of Moldova chaired the meeting.",
    "During the founding summit in 1991, President Lena Kask of Moldova chaired the talks.",
    "At the last summit, held in Chisinau, President Lena Kask of Moldova chaired the session.",
  ])("adds no one: %s", (sentence) => {
    expect(others(sentence)).toEqual([]);
  });

  it("still reads a chair of this meeting named after an opening of place", () => {
    expect(chairOf("At the summit, President Lena Kask of Moldova chaired the meeting.")).toBe("Lena Kask");
  });
});

describe("a leader represented by someone else", () => {
  it.each([
    "President Lena Kask of Moldova was represented by her prime minister.",
    "President Lena Kask of Moldova, who had the flu, was represented at the summit by her deputy.",
  ])("is not there himself: %s", (sentence) => {
    expect(others(sentence)).toEqual([]);
  });

  it("reads the one who stood in, and the leader who represented his country", () => {
    expect(others("President Lena Kask of Moldova was represented by Prime Minister Ivo Lind.")).toEqual([
      "Ivo Lind",
    ]);
    expect(others("Moldova was represented by President Lena Kask.")).toEqual(["Lena Kask"]);
  });
});

describe("a leader whose country holds another body's office", () => {
  it("makes no chair of another body's office", () => {
    expect(
      chairOf(
        "Serikov, whose country holds the presidency of the Nordic Investment Council, praised the plan.",
      ),
    ).toBeNull();
  });

  it.each([
    "Serikov, whose country holds the rotating chairmanship of the Commonwealth, opened the talks.",
    "Serikov, whose country holds the rotating chairmanship, opened the talks.",
  ])("still reads the chair of the body that met: %s", (sentence) => {
    expect(chairOf(sentence)).toBe("Aidos Serikov");
  });
});
