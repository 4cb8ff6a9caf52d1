import { describe, expect, it } from "vitest";
import { MeetingRecordInput } from "./meeting-record";
import { checkNewRecords, MeetingNewRecords, usedNewRecords } from "./meeting-new-records";

const PERSON = "newperson00000001";
const POST = "newpost0000000001";
const ORG = "neworg00000000001";
const HELD = "newheld0000000001";

const meeting = (occupancyId: string | null = HELD, personId = PERSON) =>
  MeetingRecordInput.parse({
    titleI18n: { en: "Summit" },
    classification: "summit",
    attendanceMode: "in_person",
    participations: [
      {
        personId,
        occupancyId,
        titleAsStated: "Secretary-General",
        category: "igo_official",
        role: "participant",
        mode: "in_person",
        protocolOrder: 1,
      },
    ],
  });

const records = (changes: object = {}) =>
  MeetingNewRecords.parse({
    people: [{ tempId: PERSON, nameI18n: { en: "Anna Example" } }],
    organizations: [{ tempId: ORG, nameI18n: { en: "Example Council" }, classification: "igo_organ" }],
    posts: [
      { tempId: POST, labelI18n: { en: "Chair of the Example Council" }, role: "other", organizationId: ORG },
    ],
    occupancies: [{ tempId: HELD, personId: PERSON, postId: POST }],
    ...changes,
  });

describe("checkNewRecords", () => {
  it("accepts new records the meeting uses, directly or through another new record", () => {
    expect(checkNewRecords(meeting(), records())).toEqual([]);
  });

  it("refuses a new record nothing uses, at the record, naming it", () => {
    const issues = checkNewRecords(meeting(null), records());
    expect(issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["new_record_unused", "newRecords.organizations.0"],
      ["new_record_unused", "newRecords.posts.0"],
      ["new_record_unused", "newRecords.occupancies.0"],
    ]);
    expect(issues[1]!.message).toContain("“Chair of the Example Council” is not used");
  });

  it("refuses a temporary id used where another kind is taken, and one defined twice", () => {
    const issues = checkNewRecords(
      meeting(HELD, POST),
      records({
        occupancies: [{ tempId: HELD, personId: POST, postId: PERSON }],
        topics: [{ tempId: ORG, labelI18n: { en: "Twice" } }],
      }),
    );
    expect(issues.map((i) => [i.code, i.path.join(".")])).toEqual(
      expect.arrayContaining([
        ["duplicate_temp_id", "newRecords.topics.0.tempId"],
        ["new_record_wrong_kind", "participations.0.personId"],
        ["new_record_wrong_kind", "newRecords.occupancies.0.personId"],
        ["new_record_wrong_kind", "newRecords.occupancies.0.postId"],
      ]),
    );
  });

  it("refuses an organization that belongs to one listed after it, and a post held ending before it starts", () => {
    const issues = checkNewRecords(
      meeting(),
      records({
        organizations: [
          {
            tempId: "neworg00000000002",
            nameI18n: { en: "Sub" },
            classification: "igo_organ",
            parentId: ORG,
          },
          { tempId: ORG, nameI18n: { en: "Example Council" }, classification: "igo_organ" },
        ],
        occupancies: [
          { tempId: HELD, personId: PERSON, postId: POST, startDate: "2021-05", endDate: "2020" },
        ],
      }),
    );
    expect(issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["new_record_order", "newRecords.organizations.0.parentId"],
      ["new_record_unused", "newRecords.organizations.0"],
      ["end_before_start", "newRecords.occupancies.0.endDate"],
    ]);
  });
});

describe("usedNewRecords", () => {
  it("leaves out what the meeting no longer uses and keeps what it does", () => {
    const kept = usedNewRecords(meeting(null), records());
    expect(kept.people.map((p) => p.tempId)).toEqual([PERSON]);
    expect([...kept.organizations, ...kept.posts, ...kept.occupancies]).toEqual([]);
    expect(checkNewRecords(meeting(null), kept)).toEqual([]);
  });
});
