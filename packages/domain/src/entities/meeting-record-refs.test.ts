import { describe, expect, it } from "vitest";
import { MeetingRecordInput } from "./meeting-record";
import { mapMeetingRecordRefs, meetingRecordIds, meetingRecordRefs } from "./meeting-record-refs";

describe("meetingRecordRefs", () => {
  it("lists every id the record refers to with its field, and leaves empty links out", () => {
    const record = MeetingRecordInput.parse({
      titleI18n: { en: "Summit" },
      classification: "summit",
      attendanceMode: "in_person",
      bodyId: "cbody00000000000000000000",
      venue: { city: { en: "Dushanbe" } },
      participations: [
        {
          personId: "cperson0000000000000000000",
          titleAsStated: "President",
          category: "member_state",
          role: "chair",
          mode: "in_person",
          protocolOrder: 1,
        },
      ],
      speeches: [{ personId: "cperson0000000000000000000", kind: "paraphrase", sequence: 1 }],
    });
    const refs = meetingRecordRefs(record);
    expect(refs).toContainEqual({ kind: "organization", id: "cbody00000000000000000000", path: ["bodyId"] });
    expect(refs.filter((r) => r.kind === "person").map((r) => r.path.join("."))).toEqual([
      "participations.0.personId",
      "speeches.0.personId",
    ]);
    expect(refs.some((r) => r.kind === "country")).toBe(false);
    expect(meetingRecordIds(record, "person")).toEqual(["cperson0000000000000000000"]);
  });

  it("lists references in the record's order, list fields item by item", () => {
    const record = MeetingRecordInput.parse({
      titleI18n: { en: "Summit" },
      classification: "summit",
      attendanceMode: "in_person",
      seriesId: "cseries000000000000000000",
      hostCountryId: "chost0000000000000000000",
      venue: { countryId: "cvenue000000000000000000" },
      topicIds: ["ctopic1000000000000000000", "ctopic2000000000000000000"],
      participations: [
        {
          personId: "cperson0000000000000000000",
          occupancyId: "cocc00000000000000000000",
          representingCountryId: "crep0000000000000000000",
          titleAsStated: "President",
          category: "member_state",
          role: "chair",
          mode: "in_person",
        },
      ],
      documents: [
        {
          key: "d1",
          titleI18n: { en: "Declaration" },
          type: "declaration",
          action: "adopted",
          adoptingBodyId: "cbody00000000000000000000",
          topicIds: ["ctopic1000000000000000000"],
        },
      ],
      chairmanships: [
        {
          at: "start",
          organizationId: "corg000000000000000000000",
          countryId: "cchair000000000000000000",
          startDate: "2024-01-01",
        },
      ],
    });
    expect(meetingRecordRefs(record).map((r) => `${r.kind}@${r.path.join(".")}`)).toEqual([
      "series@seriesId",
      "country@hostCountryId",
      "country@venue.countryId",
      "topic@topicIds.0",
      "topic@topicIds.1",
      "person@participations.0.personId",
      "occupancy@participations.0.occupancyId",
      "country@participations.0.representingCountryId",
      "organization@documents.0.adoptingBodyId",
      "topic@documents.0.topicIds.0",
      "organization@chairmanships.0.organizationId",
      "country@chairmanships.0.countryId",
    ]);
  });
});

describe("mapMeetingRecordRefs", () => {
  it("replaces every reference at its field, keeps empty links empty and leaves the input alone", () => {
    const record = MeetingRecordInput.parse({
      titleI18n: { en: "Summit" },
      classification: "summit",
      attendanceMode: "in_person",
      venue: { countryId: "cvenue000000000000000000", city: { en: "Astana" } },
      topicIds: ["ctopic1000000000000000000"],
      participations: [
        {
          personId: "cperson0000000000000000000",
          titleAsStated: "President",
          category: "member_state",
          role: "chair",
          mode: "in_person",
        },
      ],
      speeches: [{ personId: "cperson0000000000000000000", kind: "speech" }],
    });
    const mapped = mapMeetingRecordRefs(record, (ref) => `${ref.kind}:${ref.id}`);
    expect(mapped.venue).toEqual({ countryId: "country:cvenue000000000000000000", city: { en: "Astana" } });
    expect(mapped.topicIds).toEqual(["topic:ctopic1000000000000000000"]);
    expect(mapped.participations[0]!.personId).toBe("person:cperson0000000000000000000");
    expect(mapped.participations[0]!.occupancyId).toBeNull();
    expect(mapped.speeches[0]!.personId).toBe("person:cperson0000000000000000000");
    expect(mapped.hostCountryId).toBeNull();
    expect(record.participations[0]!.personId).toBe("cperson0000000000000000000");
    expect(meetingRecordRefs(mapped).map((r) => r.path)).toEqual(
      meetingRecordRefs(record).map((r) => r.path),
    );
  });
});
