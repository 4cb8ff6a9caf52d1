import { describe, expect, it } from "vitest";
import { CHS_ID, countryId, id, MEETING_ID, personId, SEED_SOURCE } from "../testing/seed";
import { Chairmanship, CreateChairmanshipInput } from "./chairmanship";
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
  it("creates Russia's and Tajikistan's presidencies with the handover meeting", () => {
    const tajikistan = {
      organizationId: id("org", "sco"),
      countryId: countryId("tj"),
      startDate: "2020-11-10",
      handoverMeetingId: MEETING_ID,
    };
    expect(CreateChairmanshipInput.parse(tajikistan)).toEqual(tajikistan);
    expect(pathsOf(CreateChairmanshipInput.safeParse({ ...tajikistan, startDate: null }))).toEqual([
      ["startDate"],
    ]);
    expect(
      Chairmanship.safeParse({
        ...stored,
        id: id("chair", "ru"),
        ...tajikistan,
        countryId: countryId("ru"),
        startDate: "2019-06-14",
        endDate: "2020-11-10",
        themeI18n: null,
      }).success,
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
