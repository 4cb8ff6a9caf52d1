import { describe, expect, it } from "vitest";
import { countryId, MEETING_ID, NAMES, SCO_ID, seedMeetingRecord } from "../testing/seed";
import {
  checkChairmanshipOverlaps,
  checkHandovers,
  checkMembershipOverlaps,
  checkTerms,
} from "./terms-overlap";

const seed = seedMeetingRecord();
const meetings = { [MEETING_ID]: { startDate: "2020-11-10", endDate: "2020-11-10" } };
const india = countryId("in");
const [russia, tajikistan] = seed.chairmanships;

describe("rule 5: memberships do not overlap", () => {
  it("passes the seed memberships, and successive statuses that touch", () => {
    expect(checkMembershipOverlaps(seed.memberships, NAMES)).toEqual([]);
    expect(
      checkMembershipOverlaps([
        {
          organizationId: SCO_ID,
          countryId: india,
          status: "observer",
          startDate: "2005-07-05",
          endDate: "2017-06-09",
        },
        {
          organizationId: SCO_ID,
          countryId: india,
          status: "member",
          startDate: "2017-06-09",
          endDate: null,
        },
      ]),
    ).toEqual([]);
  });

  it("errors on overlapping statuses of one country in one organization", () => {
    const memberships = [
      {
        organizationId: SCO_ID,
        countryId: india,
        status: "observer" as const,
        startDate: "2005-07-05",
        endDate: "2017-06-10",
      },
      {
        organizationId: SCO_ID,
        countryId: india,
        status: "member" as const,
        startDate: "2017-06-09",
        endDate: null,
      },
    ];
    expect(checkMembershipOverlaps(memberships, NAMES)).toEqual([
      {
        rule: "terms",
        code: "membership_overlap",
        severity: "error",
        path: ["memberships", 1, "startDate"],
        message:
          "India's memberships in the SCO overlap: observer from 2005-07-05 until 2017-06-10 and member from 2017-06-09 on; a country has one status at a time, so end one where the other starts.",
      },
    ]);
  });

  it("treats statuses known only to the same year as overlapping", () => {
    const memberships = [
      {
        organizationId: SCO_ID,
        countryId: india,
        status: "observer" as const,
        startDate: "2005",
        endDate: "2017",
      },
      {
        organizationId: SCO_ID,
        countryId: india,
        status: "member" as const,
        startDate: "2017",
        endDate: null,
      },
    ];
    expect(checkMembershipOverlaps(memberships).map((i) => i.code)).toEqual(["membership_overlap"]);
  });

  it("does not compare different countries or organizations", () => {
    const other = "corgbrics0000000000000000";
    expect(
      checkMembershipOverlaps([
        {
          organizationId: SCO_ID,
          countryId: india,
          status: "member",
          startDate: "2017-06-09",
          endDate: null,
        },
        { organizationId: other, countryId: india, status: "member", startDate: "2009", endDate: null },
        {
          organizationId: SCO_ID,
          countryId: countryId("pk"),
          status: "member",
          startDate: "2017-06-09",
          endDate: null,
        },
      ]),
    ).toEqual([]);
  });
});

describe("rule 5: chairmanships do not overlap", () => {
  it("passes Russia's presidency ending the day Tajikistan's starts", () => {
    expect(checkChairmanshipOverlaps(seed.chairmanships, NAMES)).toEqual([]);
  });

  it("errors when two presidencies of one organization overlap", () => {
    const issues = checkChairmanshipOverlaps([{ ...russia!, endDate: "2020-12-01" }, tajikistan!], NAMES);
    expect(issues).toEqual([
      {
        rule: "terms",
        code: "chairmanship_overlap",
        severity: "error",
        path: ["chairmanships", 1, "startDate"],
        message:
          "Russia's chairmanship of the SCO (from 2019-06-14 until 2020-12-01) overlaps Tajikistan's (from 2020-11-10 on); the next term starts on the day the previous one ends.",
      },
    ]);
  });
});

describe("rule 5: a handover meeting's date is the end of one term and the start of the next", () => {
  const bishkek = "cmeetingbishkek2019000000";
  const dushanbe = "cmeetingdushanbe202100000";
  const both = {
    ...meetings,
    [bishkek]: { startDate: "2019-06-13", endDate: "2019-06-14" },
    [dushanbe]: { startDate: "2021-09-17", endDate: null },
  };

  it("passes the seed handover at the 2020-11-10 meeting: Russia's term ends there, Tajikistan's starts", () => {
    expect(checkHandovers(seed.chairmanships, meetings, NAMES)).toEqual([]);
  });

  it("passes a term linked at both ends, each on its meeting's date", () => {
    const term = { ...tajikistan!, endDate: "2021-09-17", endedAtMeetingId: dushanbe };
    expect(checkHandovers([term], both)).toEqual([]);
  });

  it("accepts any day of a multi-day meeting, and skips meetings it was not given", () => {
    const term = { ...russia!, startedAtMeetingId: bishkek };
    expect(checkHandovers([term], both)).toEqual([]);
    expect(checkHandovers([term], {})).toEqual([]);
  });

  it("errors when a term starts at a meeting but not on its date", () => {
    const issues = checkHandovers([russia!, { ...tajikistan!, startDate: "2020-11-11" }], meetings, NAMES);
    expect(issues).toEqual([
      {
        rule: "terms",
        code: "handover_start_mismatch",
        severity: "error",
        path: ["chairmanships", 1, "startDate"],
        message:
          "Tajikistan's chairmanship (from 2020-11-11 on) starts at the meeting of 2020-11-10, but not on that day; set its start date to 2020-11-10, or say it ends there.",
      },
    ]);
  });

  it("errors when a term ends at a meeting but not on its date, or has no end", () => {
    const issues = checkHandovers([{ ...russia!, endDate: "2020-11-09" }, tajikistan!], meetings, NAMES);
    expect(issues).toEqual([
      {
        rule: "terms",
        code: "handover_end_mismatch",
        severity: "error",
        path: ["chairmanships", 0, "endDate"],
        message:
          "Russia's chairmanship (from 2019-06-14 until 2020-11-09) ends at the meeting of 2020-11-10, but not on that day; set its end date to 2020-11-10, or say it starts there.",
      },
    ]);
    // Ending at the meeting where it started and the date it ended at do not make up for each other.
    expect(
      checkHandovers([{ ...russia!, endDate: null }], meetings).map((i) => [i.code, i.path.join(".")]),
    ).toEqual([["handover_end_mismatch", "chairmanships.0.endDate"]]);
  });

  it("checks each end against its own meeting: a start on the end meeting's date is still wrong", () => {
    const term = {
      ...tajikistan!,
      startDate: "2021-09-17",
      endDate: "2021-09-17",
      endedAtMeetingId: dushanbe,
    };
    expect(checkHandovers([term], both).map((i) => i.code)).toEqual(["handover_start_mismatch"]);
  });

  it("errors when the term's date is only known to the month", () => {
    const issues = checkHandovers([{ ...tajikistan!, startDate: "2020-11" }], meetings);
    expect(issues.map((i) => i.code)).toEqual(["handover_start_mismatch"]);
  });

  it("errors when a term starts and ends at the same meeting", () => {
    const term = { ...tajikistan!, endDate: "2020-11-10", endedAtMeetingId: MEETING_ID };
    const issues = checkHandovers([term], meetings, NAMES);
    expect(issues).toEqual([
      {
        rule: "terms",
        code: "handover_same_meeting",
        severity: "error",
        path: ["chairmanships", 0, "endedAtMeetingId"],
        message:
          "Tajikistan's chairmanship (from 2020-11-10 until 2020-11-10) is linked as starting and ending at the same meeting; a term runs from one handover to the next, so link the meeting where it ended, or where it started.",
      },
    ]);
    // Also for a meeting whose dates are not known here.
    expect(
      checkHandovers([{ ...term, startedAtMeetingId: bishkek, endedAtMeetingId: bishkek }], {}).map(
        (i) => i.code,
      ),
    ).toEqual(["handover_same_meeting"]);
  });
});

describe("checkTerms", () => {
  it("runs all three checks", () => {
    const issues = checkTerms({
      memberships: [...seed.memberships, { ...seed.memberships[0]!, status: "observer" }],
      chairmanships: [{ ...russia!, endDate: "2020-12-01" }, tajikistan!],
      meetingsById: meetings,
    });
    expect(issues.map((i) => i.code)).toEqual([
      "membership_overlap",
      "chairmanship_overlap",
      "handover_end_mismatch",
    ]);
  });

  it("passes with nothing to check", () => {
    expect(checkTerms({})).toEqual([]);
  });
});
