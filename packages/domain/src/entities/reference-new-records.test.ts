import { describe, expect, it } from "vitest";
import { checkNewRecordRefs, usedNewRecordsOf } from "./meeting-new-records";
import { UpdatePostWithNewRecords, referenceRecordRefs } from "./reference-new-records";

const POST = "cpost000000000000001";
const ORGANIZATION = "neworganization00001";
const COUNTRY = "newcountry0000000001";

describe("a post saved from its own form with the records made in its pickers", () => {
  const { newRecords, ...post } = UpdatePostWithNewRecords.parse({
    id: POST,
    version: 3,
    organizationId: ORGANIZATION,
    countryId: null,
    newRecords: {
      organizations: [
        { tempId: ORGANIZATION, nameI18n: { en: "Pending Agency" }, classification: "government" },
      ],
      countries: [{ tempId: COUNTRY, nameI18n: { en: "Rocklandia" }, iso2: "RK" }],
    },
  });

  it("names only the fields it sets", () => {
    expect(referenceRecordRefs.post(post)).toEqual([
      { kind: "organization", id: ORGANIZATION, path: ["organizationId"] },
    ]);
  });

  it("refuses the new country it no longer names, and the form leaves it out of the save", () => {
    const issues = checkNewRecordRefs(referenceRecordRefs.post(post), newRecords!, "this post");
    expect(issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      [
        "newRecords.countries.0",
        "The new country “Rocklandia” is not used by this post: use it or leave it out.",
      ],
    ]);
    const used = usedNewRecordsOf(referenceRecordRefs.post(post), newRecords!);
    expect(used.countries).toEqual([]);
    expect(used.organizations.map((o) => o.tempId)).toEqual([ORGANIZATION]);
  });

  it("takes a topic's new broader topic as a topic, not as an organization", () => {
    const issues = checkNewRecordRefs(
      referenceRecordRefs.topic({ parentId: ORGANIZATION }),
      { ...newRecords!, countries: [] },
      "this topic",
    );
    expect(issues.map((issue) => issue.code)).toContain("new_record_wrong_kind");
  });
});
