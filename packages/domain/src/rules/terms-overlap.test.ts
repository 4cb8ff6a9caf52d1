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
  it("passes the seed handover at the 2020-11-10 meeting", () => {
    expect(checkHandovers(seed.chairmanships, meetings, NAMES)).toEqual([]);
  });

  it("accepts any day of a multi-day meeting, and skips meetings it was not given", () => {
    const bishkek = "cmeetingbishkek2019000000";
    const term = { ...russia!, handoverMeetingId: bishkek };
    expect(checkHandovers([term], { [bishkek]: { startDate: "2019-06-13", endDate: "2019-06-14" } })).toEqual(
      [],
    );
    expect(checkHandovers([term], {})).toEqual([]);
  });

  it("errors when a term names the meeting but neither starts nor ends on its date", () => {
    const issues = checkHandovers([{ ...russia!, endDate: "2020-11-09" }, tajikistan!], meetings, NAMES);
    expect(issues).toEqual([
      {
        rule: "terms",
        code: "handover_date_mismatch",
        severity: "error",
        path: ["chairmanships", 0, "handoverMeetingId"],
        message:
          "Russia's chairmanship (from 2019-06-14 until 2020-11-09) is handed over at the meeting of 2020-11-10, but neither starts nor ends that day; set its start or end date to 2020-11-10, or link the right meeting.",
      },
    ]);
  });

  it("errors when the term's date is only known to the month", () => {
    const issues = checkHandovers([{ ...tajikistan!, startDate: "2020-11" }], meetings);
    expect(issues.map((i) => i.code)).toEqual(["handover_date_mismatch"]);
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
      "handover_date_mismatch",
    ]);
  });

  it("passes with nothing to check", () => {
    expect(checkTerms({})).toEqual([]);
  });
});
