import { describe, expect, it } from "vitest";
import { NAMES, occupancyId, personId, postId } from "../testing/seed";
import { checkOccupancies } from "./occupancy-covers-meeting";

const meeting = { startDate: "2020-11-10", endDate: "2020-11-10" };
const putin = personId("Vladimir Putin");
const medvedev = "cpersonmedvedev0000000000";
const presidentOfRussia = postId("President of Russia");
const putinTerm = occupancyId("Vladimir Putin");

const check = (
  occupancy: { personId: string; startDate: string | null; endDate: string | null },
  id = putinTerm,
) =>
  checkOccupancies({
    meeting,
    participations: [{ personId: putin, occupancyId: id }],
    occupanciesById: { [putinTerm]: { postId: presidentOfRussia, ...occupancy } },
    names: { ...NAMES, persons: { ...NAMES.persons, [medvedev]: "Dmitry Medvedev" } },
  });

describe("rule 2: a participation's occupancy covers the meeting", () => {
  it("passes when the term covers the meeting", () => {
    expect(check({ personId: putin, startDate: "2012-05-07", endDate: null })).toEqual([]);
    expect(check({ personId: putin, startDate: "2012-05-07", endDate: "2024-05-07" })).toEqual([]);
  });

  it("passes terms whose dates were left unknown, as the seed's are", () => {
    expect(check({ personId: putin, startDate: null, endDate: null })).toEqual([]);
  });

  it("passes participations with no occupancy linked yet, and meetings without dates", () => {
    expect(
      checkOccupancies({
        meeting,
        participations: [{ personId: putin, occupancyId: null }],
        occupanciesById: {},
      }),
    ).toEqual([]);
    expect(
      checkOccupancies({
        meeting: { startDate: null, endDate: null },
        participations: [{ personId: putin, occupancyId: putinTerm }],
        occupanciesById: {
          [putinTerm]: { personId: putin, postId: presidentOfRussia, startDate: "2000", endDate: "2008" },
        },
      }),
    ).toEqual([]);
  });

  it("warns when the term does not cover the meeting", () => {
    expect(check({ personId: putin, startDate: "2012-05-07", endDate: "2018-05-07" })).toEqual([
      {
        rule: "occupancy",
        code: "occupancy_outside_meeting",
        severity: "warning",
        path: ["participations", 0, "occupancyId"],
        message:
          "Vladimir Putin held no recorded post 'President of Russia' on 2020-11-10 (the recorded term runs from 2012-05-07 until 2018-05-07); link the post held that day or correct the term's dates.",
      },
    ]);
  });

  it("warns when a term ends on the meeting day (half-open: it no longer covers that day)", () => {
    expect(check({ personId: putin, startDate: null, endDate: "2020-11-10" })[0]?.code).toBe(
      "occupancy_outside_meeting",
    );
  });

  it("errors when the occupancy belongs to another person", () => {
    expect(check({ personId: medvedev, startDate: "2008-05-07", endDate: "2012-05-07" })).toEqual([
      {
        rule: "occupancy",
        code: "occupancy_other_person",
        severity: "error",
        path: ["participations", 0, "occupancyId"],
        message:
          "The post 'President of Russia' linked to Vladimir Putin is Dmitry Medvedev's term, not Vladimir Putin's; link a post Vladimir Putin held.",
      },
    ]);
  });

  it("errors when the linked occupancy does not exist", () => {
    const [issue] = check({ personId: putin, startDate: null, endDate: null }, "cmissingoccupancy000000000");
    expect(issue).toMatchObject({
      code: "occupancy_unknown",
      severity: "error",
      path: ["participations", 0, "occupancyId"],
    });
    expect(issue?.message).toContain("does not exist; link one of Vladimir Putin's posts");
  });
});
