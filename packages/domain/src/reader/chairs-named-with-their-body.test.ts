// A country named in apposition as the current chair of the meeting's own body, the body named beside the
// chairmanship ("Egypt, which holds the D-8 chairmanship, hosted …", "Egypt, the current chair of the D-8, …"): its
// leader at the meeting chairs it. Guards: another body's chairmanship ("the OSCE chairmanship", "the current chair of
// the Arab League"), a next or a former chair. Every person here is invented.
import { describe, expect, it } from "vitest";
import { chair4Knowledge as knowledge } from "./fixtures/chair4-knowledge";
import { ids } from "./fixtures/world-knowledge";
import { readParticipantsOf } from "./participants-test-reading";

const chairOf = (sentence: string) => {
  const { participants } = readParticipantsOf(
    `Cairo, 19 December 2024 — ${sentence} President of Egypt Omar Hassan, Prime Minister Ali Khan of Pakistan and President Reza Karimi of Iran attended.`,
    { date: "2024-12-19", organizationId: ids.organization("d-8"), knowledge },
  );
  return participants.filter((participant) => participant.role.value === "chair").map((p) => p.nameAsStated);
};

describe("a country named the current chair of the meeting's own body", () => {
  it.each([
    "Egypt, which holds the D-8 chairmanship, hosted the eleventh summit today.",
    "Egypt, the current chair of the D-8, hosted the eleventh summit today.",
    "Egypt, holder of the rotating D-8 presidency, hosted the eleventh summit today.",
    "Egypt, the current holder of the rotating D-8 chairmanship, hosted the eleventh summit today.",
  ])("%s", (sentence) => {
    expect(chairOf(sentence)).toEqual(["Omar Hassan"]);
  });

  it.each([
    "Egypt, which holds the OSCE chairmanship, hosted the eleventh D-8 summit today.",
    "Egypt, the current chair of the Arab League, hosted the eleventh D-8 summit today.",
    "Egypt, holder of the rotating Arab League presidency, hosted the eleventh D-8 summit today.",
    "Egypt, the next chair of the D-8, hosted the eleventh summit today.",
    "Egypt, the former chair of the D-8, hosted the eleventh summit today.",
  ])("is no chair of this meeting: %s", (sentence) => {
    expect(chairOf(sentence)).toEqual([]);
  });
});
