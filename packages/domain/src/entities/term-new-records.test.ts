import { describe, expect, it } from "vitest";
import { checkNewRecordRefs, usedNewRecordsOf } from "./meeting-new-records";
import {
  CreateOccupancyWithNewRecords,
  CreateOrgMembershipWithNewRecords,
  membershipRecordRefs,
  occupancyRecordRefs,
} from "./term-new-records";

const PERSON = "cperson0000000000001";
const POST = "newpostheld000000001";
const COUNTRY = "newcountryheld000001";

const term = (changes: object = {}) =>
  CreateOccupancyWithNewRecords.parse({
    personId: PERSON,
    postId: POST,
    startDate: "2024-03",
    newRecords: {
      countries: [{ tempId: COUNTRY, nameI18n: { en: "Rocklandia" }, iso2: "RK" }],
      posts: [{ tempId: POST, labelI18n: { en: "Envoy of Rocklandia" }, role: "envoy", countryId: COUNTRY }],
    },
    ...changes,
  });

describe("a post held saved with the records made in its form", () => {
  it("accepts a new post the post held names, and that post's new country", () => {
    const { newRecords, ...held } = term();
    expect(checkNewRecordRefs(occupancyRecordRefs(held), newRecords!, "this post held")).toEqual([]);
  });

  it("refuses a new record the post held does not use, naming it and the post held", () => {
    const { newRecords, ...held } = term({ postId: "cpost000000000000001" });
    const issues = checkNewRecordRefs(occupancyRecordRefs(held), newRecords!, "this post held");
    expect(issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["new_record_unused", "newRecords.countries.0"],
      ["new_record_unused", "newRecords.posts.0"],
    ]);
    expect(issues[1]!.message).toBe(
      "The new post “Envoy of Rocklandia” is not used by this post held: use it or leave it out.",
    );
    expect(usedNewRecordsOf(occupancyRecordRefs(held), newRecords!).posts).toEqual([]);
  });

  it("refuses a new country where the post held takes a post", () => {
    const { newRecords, ...held } = term({ postId: COUNTRY });
    const issues = checkNewRecordRefs(occupancyRecordRefs(held), newRecords!, "this post held");
    expect(issues[0]).toMatchObject({ code: "new_record_wrong_kind", path: ["postId"] });
  });

  it("refuses a new record that fails its create schema, at its fields", () => {
    const parsed = CreateOccupancyWithNewRecords.safeParse({
      personId: PERSON,
      postId: POST,
      newRecords: { posts: [{ tempId: POST, labelI18n: { en: "Envoy" }, role: "no such role" }] },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.path).toEqual(["newRecords", "posts", 0, "role"]);
  });

  it("lets a membership name a new country", () => {
    const { newRecords, ...membership } = CreateOrgMembershipWithNewRecords.parse({
      organizationId: "corg0000000000000001",
      countryId: COUNTRY,
      status: "member",
      newRecords: { countries: [{ tempId: COUNTRY, nameI18n: { en: "Rocklandia" }, iso2: "RK" }] },
    });
    expect(checkNewRecordRefs(membershipRecordRefs(membership), newRecords!, "this membership")).toEqual([]);
  });
});
