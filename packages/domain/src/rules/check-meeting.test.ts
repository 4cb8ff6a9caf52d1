import { describe, expect, it } from "vitest";
import { countryId, personId, seedMeetingRecord } from "../testing/seed";
import { checkMeeting } from "./check-meeting";
import { hasErrors } from "./rule-issue";

describe("checkMeeting", () => {
  it("finds nothing wrong with the seed record", () => {
    expect(checkMeeting(seedMeetingRecord())).toEqual([]);
  });

  it("collects issues from every rule, with paths relative to the record", () => {
    const seed = seedMeetingRecord();
    const participations = seed.participations.map((p, i) =>
      i === 11
        ? { ...p, category: "member_state" as const }
        : i === 5
          ? { ...p, mode: "video_message" as const }
          : p,
    );
    const record = {
      ...seed,
      meeting: {
        ...seed.meeting,
        endDate: "2020-11-09",
        slug: "meeting-of-the-sco-council-of-heads-of-state-2019-06-14",
      },
      participations: [...participations, { ...participations[0]!, occupancyId: seed.occupancies[1]!.id }],
      occupancies: seed.occupancies.map((o, i) =>
        i === 0 ? { ...o, startDate: "2014-05-26", endDate: "2009" } : o,
      ),
      memberships: [...seed.memberships, { ...seed.memberships[0]!, status: "observer" as const }],
      chairmanships: [{ ...seed.chairmanships[0]!, endDate: "2020-12-01" }, seed.chairmanships[1]!],
      tallies: [{ documentType: "decision" as const, count: 1 }],
    };
    const issues = checkMeeting(record);
    const found = issues.map((i) => [i.rule, i.code, i.path.join(".")]);
    expect(found).toEqual([
      ["dates", "end_before_start", "endDate"],
      ["dates", "end_before_start", "occupancies.0.endDate"],
      // Modi's term, ending before it starts, cannot cover the meeting either.
      ["occupancy", "occupancy_outside_meeting", "participations.0.occupancyId"],
      ["occupancy", "occupancy_other_person", "participations.15.occupancyId"],
      ["chair", "chair_not_attending", "participations.5.mode"],
      ["category", "category_mismatch", "participations.11.category"],
      ["terms", "membership_overlap", `memberships.${seed.memberships.length}.startDate`],
      ["terms", "chairmanship_overlap", "chairmanships.1.startDate"],
      ["terms", "handover_end_mismatch", "chairmanships.0.endDate"],
      ["tally", "tally_below_listed", "tallies.0.count"],
      ["slug", "slug_taken", "slug"],
      ["unique-participant", "participant_duplicate", "participations.15.personId"],
    ]);
    expect(issues.find((i) => i.path.join(".") === "occupancies.0.endDate")?.message).toBe(
      "Narendra Modi's term as Prime Minister of India ends (2009) before it starts (2014-05-26); the end date must be on or after the start date.",
    );
    expect(hasErrors(issues)).toBe(true);
  });

  it("checks a new draft without ids, slugs or context", () => {
    const issues = checkMeeting({
      meeting: {
        titleI18n: { en: "Meeting of the SCO Council of Heads of State" },
        startDate: "2021-09-17",
        endDate: null,
        bodyId: null,
        coChaired: false,
        status: "draft",
        sources: [],
      },
      participations: [
        {
          personId: personId("Emomali Rahmon"),
          occupancyId: null,
          representingCountryId: countryId("tj"),
          category: "member_state",
          role: "head_of_delegation",
          mode: "in_person",
        },
      ],
    });
    expect(issues.map((i) => [i.code, i.severity])).toEqual([
      ["chair_missing", "warning"],
      ["category_no_membership", "warning"],
    ]);
    expect(hasErrors(issues)).toBe(false);
  });

  it("checks both ends of a term handed over here against the meetings given for them", () => {
    const seed = seedMeetingRecord();
    const dushanbe = "cmeetingdushanbe202100000";
    const tajikistan = { ...seed.chairmanships[1]!, endDate: "2021-09-16", endedAtMeetingId: dushanbe };
    const record = { ...seed, chairmanships: [seed.chairmanships[0]!, tajikistan] };
    // Without the other meeting's dates only this meeting's end is checked.
    expect(checkMeeting(record)).toEqual([]);
    const issues = checkMeeting({
      ...record,
      handoverMeetings: { [dushanbe]: { startDate: "2021-09-17", endDate: null } },
    });
    expect(issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["handover_end_mismatch", "chairmanships.1.endDate"],
    ]);
  });

  it("blocks publishing an incomplete meeting", () => {
    const seed = seedMeetingRecord();
    const issues = checkMeeting({ ...seed, meeting: { ...seed.meeting, sources: [] } });
    expect(issues.map((i) => i.code)).toEqual(["publish_source_missing"]);
  });
});
