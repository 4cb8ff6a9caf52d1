// Those at the table named as a group with its members in apposition, or greeted as the heads of delegations before
// a colon: "The summit's participants, A, B and C, adopted …", "The participants in the meeting — A, B and C — signed …",
// "The heads of state, A, B and C, approved …", "Before the talks, the President greeted the heads of delegations: A, B
// and C". Kremlin-style items name the other leaders only so, beside the chair. Every sentence and every person here is
// written for these tests.
import { describe, expect, it } from "vitest";
import { referenceData } from "./fixtures/reference-data";
import { participantsByName } from "./participants-test-reading";

const OPENING =
  "MOSCOW, 20 December 2024. The informal summit of the CIS heads of state took place in Moscow. President of Russia Oleg Voronov chaired the meeting.";
const THREE =
  "President of Kazakhstan Arman Seitkali, President of Kyrgyzstan Bakyt Osmonov and President of Tajikistan Farrukh Nazarov";

const posts = (sentence: string) =>
  participantsByName(`${OPENING} ${sentence}`, referenceData, (participant) =>
    participant.post?.value.status === "matched"
      ? participant.post.value.label
      : participant.post?.value.proposed.label,
  );

const ALL = {
  "Oleg Voronov": "President of Russia",
  "Arman Seitkali": "President of Kazakhstan",
  "Bakyt Osmonov": "President of Kyrgyzstan",
  "Farrukh Nazarov": "President of Tajikistan",
};

describe("the group at the table, its members in apposition", () => {
  it.each([
    `The summit's participants, ${THREE}, adopted a joint statement on trade.`,
    `The participants in the summit — ${THREE} — adopted a joint statement on trade.`,
    `The summit participants - ${THREE} - signed the final communique.`,
    `The heads of state, ${THREE}, approved the budget of the Executive Committee.`,
    `The heads of delegations, ${THREE}, then made statements.`,
  ])("%s", (sentence) => {
    expect(posts(sentence)).toEqual(ALL);
  });
});

describe("the heads of delegations greeted before a colon", () => {
  it.each([
    `Before the talks, the President greeted the heads of delegations: ${THREE}.`,
    `Oleg Voronov welcomed the heads of the delegations: ${THREE}.`,
    `At the entrance to the hall, the host greeted the delegation heads: ${THREE}.`,
  ])("%s", (sentence) => {
    expect(posts(sentence)).toEqual(ALL);
  });
});

describe("guards", () => {
  it("not the participants of an earlier meeting", () => {
    expect(
      Object.keys(posts(`The participants of the previous summit, ${THREE}, had agreed to meet in Moscow.`)),
    ).toEqual(["Oleg Voronov"]);
  });

  it("not a group whose apposition names no one", () => {
    expect(
      Object.keys(posts("The heads of state, meeting in a narrow circle, discussed regional security.")),
    ).toEqual(["Oleg Voronov"]);
  });
});
