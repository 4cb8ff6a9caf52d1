import { describe, expect, it } from "vitest";
import { countryId, NAMES, SCO_ID, seedMeetingRecord } from "../testing/seed";
import type { CategoryCheckInput } from "./category-membership";
import { checkCategories } from "./category-membership";

const seed = seedMeetingRecord();
const base: CategoryCheckInput = {
  meeting: seed.meeting,
  participations: seed.participations,
  memberships: seed.memberships,
  names: NAMES,
};
const check = (participations: CategoryCheckInput["participations"], memberships = seed.memberships) =>
  checkCategories({ ...base, participations, memberships });

describe("rule 4: category agrees with membership status on the meeting date", () => {
  it("passes the seed meeting: eight members, four observers, two officials, one guest organization", () => {
    expect(checkCategories(base)).toEqual([]);
  });

  it("passes a dialogue partner and a guest state without a membership", () => {
    const turkey = "ccountrytr000000000000000";
    const turkmenistan = "ccountrytm000000000000000";
    const memberships = [
      {
        organizationId: SCO_ID,
        countryId: turkey,
        status: "dialogue_partner" as const,
        startDate: "2013",
        endDate: null,
      },
    ];
    expect(
      check(
        [
          { representingCountryId: turkey, category: "dialogue_partner" },
          { representingCountryId: turkmenistan, category: "guest_state" },
        ],
        memberships,
      ),
    ).toEqual([]);
  });

  it("does not flag an official of an organization who comes from a member state", () => {
    expect(check([{ representingCountryId: countryId("uz"), category: "igo_official" }])).toEqual([]);
  });

  it("skips meetings without a date", () => {
    expect(
      checkCategories({
        ...base,
        meeting: { startDate: null, endDate: null },
        participations: [{ representingCountryId: countryId("by"), category: "member_state" }],
      }),
    ).toEqual([]);
  });

  it("warns when a state is listed under a category its status does not give", () => {
    expect(check([{ representingCountryId: countryId("by"), category: "member_state" }])).toEqual([
      {
        rule: "category",
        code: "category_mismatch",
        severity: "warning",
        path: ["participations", 0, "category"],
        message:
          "Belarus is listed under Member states, but its status in the SCO on 2020-11-10 was observer; change the category to Observer states or correct the membership.",
      },
    ]);
  });

  it("warns when a member state is listed as a guest state", () => {
    const [issue] = check([{ representingCountryId: countryId("ru"), category: "guest_state" }]);
    expect(issue).toMatchObject({ code: "category_mismatch", severity: "warning" });
    expect(issue?.message).toContain("was founding member; change the category to Member states");
  });

  it("uses the status on the meeting date: India was not yet a member in 2016", () => {
    const [issue] = checkCategories({
      ...base,
      meeting: { startDate: "2016-06-23", endDate: "2016-06-24" },
      participations: [{ representingCountryId: countryId("in"), category: "member_state" }],
      memberships: [
        {
          organizationId: SCO_ID,
          countryId: countryId("in"),
          status: "observer",
          startDate: "2005-07-05",
          endDate: "2017-06-09",
        },
        {
          organizationId: SCO_ID,
          countryId: countryId("in"),
          status: "member",
          startDate: "2017-06-09",
          endDate: null,
        },
      ],
    });
    expect(issue?.code).toBe("category_mismatch");
    expect(issue?.message).toContain(
      "on 2016-06-23 – 2016-06-24 was observer; change the category to Observer states",
    );
  });

  it("warns when a state listed under a membership category has no recorded status then", () => {
    const [issue] = check([
      { representingCountryId: "ccountryae000000000000000", category: "dialogue_partner" },
    ]);
    expect(issue).toMatchObject({
      code: "category_no_membership",
      severity: "warning",
      path: ["participations", 0, "category"],
    });
    expect(issue?.message).toBe(
      "country ccountryae000000000000000 is listed under Dialogue partners, but has no recorded status in the SCO on 2020-11-10; record its membership or change the category.",
    );
  });

  it("warns when a participant listed under a membership category represents no country", () => {
    expect(check([{ representingCountryId: null, category: "observer_state" }])).toEqual([
      {
        rule: "category",
        code: "category_without_country",
        severity: "warning",
        path: ["participations", 0, "representingCountryId"],
        message:
          "This participant is listed under Observer states but represents no country; set the country they represent.",
      },
    ]);
  });
});
