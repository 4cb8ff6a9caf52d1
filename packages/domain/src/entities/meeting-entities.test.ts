import { describe, expect, it } from "vitest";
import { CHS_ID, countryId, id, MEETING_ID, personId, SEED_SOURCE } from "../testing/seed";
import { Chairmanship, CreateChairmanshipInput, UpdateChairmanshipInput } from "./chairmanship";
import { MEETING_EXPORT_FORMAT, MeetingExport } from "./meeting-export";
import { MeetingRecordInput, withHandoverEnds } from "./meeting-record";
import { CreateMeetingInput, Meeting, UpdateMeetingInput } from "./meeting";
import { CreateParticipationInput, Participation, UpdateParticipationInput } from "./participation";
import { CreateSpeechInput } from "./speech";

const pathsOf = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((i) => i.path);
const stored = { createdAt: new Date("2025-01-01"), updatedAt: new Date("2025-01-02"), version: 2 };

const seedMeeting = {
  seriesId: id("series", "chs"),
  bodyId: CHS_ID,
  titleI18n: {
    en: "Meeting of the SCO Council of Heads of State",
    ru: "Заседание Совета глав государств – членов ШОС",
  },
  classification: "summit",
  startDate: "2020-11-10",
  endDate: "2020-11-10",
  attendanceMode: "online",
  venue: null,
  hostCountryId: countryId("ru"),
  topicIds: [id("topic", "security"), id("topic", "covid19")],
  sources: [SEED_SOURCE],
};

describe("Meeting", () => {
  it("creates the seed meeting as a draft, not co-chaired, slug to be derived", () => {
    const input = CreateMeetingInput.parse(seedMeeting);
    expect(input).toMatchObject({ ...seedMeeting, status: "draft", coChaired: false, identifiers: [] });
    expect(input.slug).toBeUndefined();
  });

  it("accepts a venue with a city and country", () => {
    const venue = { city: { en: "Bishkek", ru: "Бишкек" }, countryId: countryId("kg") };
    expect(CreateMeetingInput.parse({ ...seedMeeting, venue, attendanceMode: "in_person" }).venue).toEqual(
      venue,
    );
  });

  it("rejects bad enums, dates, ordinal and topic ids with field paths", () => {
    const result = CreateMeetingInput.safeParse({
      ...seedMeeting,
      classification: "conference",
      startDate: "2020-11-31",
      attendanceMode: "videoconference",
      ordinal: 0,
      topicIds: ["COVID-19"],
      venue: { city: { en: "" } },
    });
    expect(pathsOf(result)).toEqual([
      ["ordinal"],
      ["classification"],
      ["startDate"],
      ["attendanceMode"],
      ["venue", "city", "en"],
      ["topicIds", 0],
    ]);
  });

  it("parses a stored, published meeting and updates it by version", () => {
    const meeting = Meeting.parse({
      ...stored,
      ...seedMeeting,
      id: MEETING_ID,
      slug: "meeting-of-the-sco-council-of-heads-of-state-2020-11-10",
      identifiers: [],
      ordinal: null,
      coChaired: false,
      summaryI18n: null,
      status: "published",
      deletedAt: null,
    });
    expect(meeting.status).toBe("published");
    expect(
      UpdateMeetingInput.parse({ id: MEETING_ID, version: meeting.version, status: "archived" }),
    ).toEqual({
      id: MEETING_ID,
      version: 2,
      status: "archived",
    });
    expect(pathsOf(UpdateMeetingInput.safeParse({ id: MEETING_ID, version: 2, status: "deleted" }))).toEqual([
      ["status"],
    ]);
  });
});

describe("Participation", () => {
  const guterres = {
    meetingId: MEETING_ID,
    personId: personId("António Guterres"),
    occupancyId: id("occ", "guterres"),
    titleAsStated: "UN Secretary-General Antonio Guterres",
    representingOrganizationId: id("org", "un"),
    category: "guest_organization",
    role: "speaker",
    mode: "video_message",
    protocolOrder: 15,
  };

  it("creates the seed's 15th participant", () => {
    expect(CreateParticipationInput.parse(guterres)).toEqual(guterres);
    expect(
      Participation.safeParse({ ...stored, id: id("part", "15"), ...guterres, representingCountryId: null })
        .success,
    ).toBe(true);
  });

  it("rejects a protocol order below 1, an unknown category and an empty stated title", () => {
    const result = CreateParticipationInput.safeParse({
      ...guterres,
      protocolOrder: 0,
      category: "un",
      titleAsStated: " ",
    });
    expect(pathsOf(result)).toEqual([["titleAsStated"], ["category"], ["protocolOrder"]]);
    expect(result.error?.issues[2]?.message).toBe("Protocol order starts at 1");
    expect(pathsOf(CreateParticipationInput.safeParse({ ...guterres, protocolOrder: 2.5 }))).toEqual([
      ["protocolOrder"],
    ]);
  });

  it("updates the mode alone", () => {
    expect(
      UpdateParticipationInput.parse({ id: id("part", "15"), version: 1, mode: "videoconference" }),
    ).toMatchObject({ mode: "videoconference" });
  });
});

describe("Chairmanship and Speech", () => {
  it("creates Russia's and Tajikistan's presidencies with the meetings where they start and end", () => {
    const tajikistan = {
      organizationId: id("org", "sco"),
      countryId: countryId("tj"),
      startDate: "2020-11-10",
      startedAtMeetingId: MEETING_ID,
    };
    expect(CreateChairmanshipInput.parse(tajikistan)).toEqual(tajikistan);
    expect(pathsOf(CreateChairmanshipInput.safeParse({ ...tajikistan, startDate: null }))).toEqual([
      ["startDate"],
    ]);
    const russia = {
      ...stored,
      id: id("chair", "ru"),
      organizationId: id("org", "sco"),
      countryId: countryId("ru"),
      startDate: "2019-06-14",
      endDate: "2020-11-10",
      startedAtMeetingId: id("meeting", "bishkek2019"),
      endedAtMeetingId: MEETING_ID,
      themeI18n: null,
    };
    expect(Chairmanship.safeParse(russia).success).toBe(true);
    // Both links are part of the record: a stored term names both ends, unknown as null.
    expect(pathsOf(Chairmanship.safeParse({ ...russia, endedAtMeetingId: undefined }))).toEqual([
      ["endedAtMeetingId"],
    ]);
  });

  it("refuses a term that starts and ends at the same meeting", () => {
    const both = {
      organizationId: id("org", "sco"),
      countryId: countryId("tj"),
      startDate: "2020-11-10",
      endDate: "2021-09-17",
      startedAtMeetingId: MEETING_ID,
      endedAtMeetingId: MEETING_ID,
    };
    expect(pathsOf(CreateChairmanshipInput.safeParse(both))).toEqual([["endedAtMeetingId"]]);
    expect(
      pathsOf(
        UpdateChairmanshipInput.safeParse({
          id: id("chair", "tj"),
          version: 1,
          startedAtMeetingId: MEETING_ID,
          endedAtMeetingId: MEETING_ID,
        }),
      ),
    ).toEqual([["endedAtMeetingId"]]);
    expect(
      UpdateChairmanshipInput.safeParse({ id: id("chair", "tj"), version: 1, endedAtMeetingId: MEETING_ID })
        .success,
    ).toBe(true);
  });

  it("creates Putin's paraphrase and Guterres's video message without text", () => {
    const paraphrase = {
      meetingId: MEETING_ID,
      personId: personId("Vladimir Putin"),
      kind: "paraphrase",
      textI18n: {
        en: "The SCO, which will be 20 years old in 2021, occupies an authoritative place in the system of international relations.",
      },
    };
    expect(CreateSpeechInput.parse(paraphrase)).toEqual({ ...paraphrase, order: 0 });
    expect(
      CreateSpeechInput.parse({
        meetingId: MEETING_ID,
        personId: personId("António Guterres"),
        kind: "video_message",
      }).textI18n,
    ).toBeUndefined();
    expect(pathsOf(CreateSpeechInput.safeParse({ ...paraphrase, kind: "quote" }))).toEqual([["kind"]]);
  });
});

describe("MeetingRecordChairmanship and older records", () => {
  const meeting = {
    titleI18n: { en: "Meeting of the SCO Council of Heads of State" },
    classification: "summit",
    attendanceMode: "online",
    startDate: "2020-11-10",
    endDate: "2020-11-10",
  };
  const russia = {
    organizationId: id("org", "sco"),
    countryId: countryId("ru"),
    startDate: "2019-06-14",
    endDate: "2020-11-10",
  };
  const tajikistan = {
    organizationId: id("org", "sco"),
    countryId: countryId("tj"),
    startDate: "2020-11-10",
  };

  it("says which end of each term is at the meeting", () => {
    const parsed = MeetingRecordInput.parse({
      ...meeting,
      chairmanships: [
        { ...russia, at: "end" },
        { ...tajikistan, at: "start" },
      ],
    });
    expect(parsed.chairmanships.map((c) => c.at)).toEqual(["end", "start"]);
    expect(pathsOf(MeetingRecordInput.safeParse({ ...meeting, chairmanships: [russia] }))).toEqual([
      ["chairmanships", 0, "at"],
    ]);
    expect(
      pathsOf(MeetingRecordInput.safeParse({ ...meeting, chairmanships: [{ ...russia, at: "both" }] })),
    ).toEqual([["chairmanships", 0, "at"]]);
  });

  it("reads a record written before terms had a link per end: the end on a meeting day ends there", () => {
    const legacy = { ...meeting, chairmanships: [russia, tajikistan, { ...russia, endDate: "2020-11" }] };
    expect(withHandoverEnds(legacy).chairmanships.map((c) => (c as unknown as { at: string }).at)).toEqual([
      "end",
      "start",
      "start",
    ]);
    // `at` given is kept; a record without chairmanships is returned as it is.
    expect(
      withHandoverEnds({ ...meeting, chairmanships: [{ ...tajikistan, endDate: "2020-11-10", at: "start" }] })
        .chairmanships[0],
    ).toMatchObject({ at: "start" });
    const noTerms = { id: "x", startDate: "2020-11-10" };
    expect(withHandoverEnds(noTerms)).toBe(noTerms);
  });

  it("imports an export made before the split", () => {
    const exported = {
      format: MEETING_EXPORT_FORMAT,
      exportedAt: "2026-11-01T00:00:00.000Z",
      meeting: { ...meeting, slug: "sco-2020", chairmanships: [russia, tajikistan] },
      linked: {},
    };
    expect(MeetingExport.parse(exported).meeting.chairmanships.map((c) => [c.countryId, c.at])).toEqual([
      [countryId("ru"), "end"],
      [countryId("tj"), "start"],
    ]);
  });
});
