import { describe, expect, it } from "vitest";
import { linkSummary } from "./link-summary";

describe("linkSummary", () => {
  it("adds up the links of several records by kind, in words", () => {
    expect(
      linkSummary([
        { "participation.personId": 2, "occupancy.personId": 1, "speech.personId": 0 },
        { "participation.personId": 1, "speech.personId": 1 },
      ]),
    ).toBe("3 participations, 1 post held, 1 speech");
    expect(
      linkSummary([
        { "orgMembership.countryId": 4, "meeting.hostCountryId": 1, "meeting.venueCountryId": 1 },
      ]),
    ).toBe("4 memberships, 2 meetings");
  });

  it("says nothing when nothing links", () => {
    expect(linkSummary([{ "occupancy.postId": 0 }])).toBe("");
  });
});
