import { describe, expect, it } from "vitest";
import { popoloFromMeetings } from "./popolo";
import { danglingReferences, popoloSchemaErrors } from "./popolo-schema/popolo-conformance";
import type { MeetingDetail } from "./types";

const updatedAt = new Date("2026-01-02T03:04:05Z");
const meeting = (id: string, startDate: string) =>
  ({
    id,
    slug: `sco-${startDate}`,
    titleI18n: { en: `SCO ${startDate}` },
    summaryI18n: null,
    classification: "summit",
    startDate,
    endDate: startDate,
    bodyId: null,
    attendanceMode: "online",
    venue: null,
    identifiers: [],
    sources: [{ title: "Press release", publishedAt: "2020-11-12T10:58", text: "…" }],
    updatedAt,
  }) as unknown as MeetingDetail["meeting"];

const tajikistan = {
  id: "ctajikistan",
  slug: "tajikistan",
  iso2: "TJ",
  iso3: "TJK",
  nameI18n: { en: "Tajikistan" },
  officialNameI18n: null,
  otherNames: [],
  identifiers: [],
  sources: [],
  updatedAt,
} as unknown as MeetingDetail["chairmanships"][number]["country"];
const uzbekistan = {
  ...tajikistan,
  id: "cuzbekistan",
  slug: "uzbekistan",
  iso2: "UZ",
  iso3: "UZB",
  nameI18n: { en: "Uzbekistan" },
} as MeetingDetail["chairmanships"][number]["country"];
const organization = (id: string, name: string, parentId: string | null) =>
  ({
    id,
    slug: id,
    nameI18n: { en: name },
    otherNames: [],
    classification: "igo_organ",
    parentId,
    foundingDate: null,
    dissolutionDate: null,
    identifiers: [],
    sources: [],
    updatedAt,
  }) as unknown as NonNullable<MeetingDetail["body"]>;
const sco = organization("corgsco", "Shanghai Cooperation Organisation", null);
const council = organization("corgcouncil", "Council of Heads of State", "corgsco");
const term = (
  id: string,
  startDate: string,
  endDate: string | null,
  startedAtMeetingId: string | null,
  endedAtMeetingId: string | null,
) =>
  ({
    id,
    organizationId: "corgcouncil",
    startDate,
    endDate,
    startedAtMeetingId,
    endedAtMeetingId,
  }) as MeetingDetail["chairmanships"][number]["chairmanship"];

const detail = (m: MeetingDetail["meeting"], chairmanships: MeetingDetail["chairmanships"]) =>
  ({
    meeting: m,
    body: null,
    organization: null,
    hostCountry: null,
    venueCountry: null,
    participations: [],
    documents: [],
    chairmanships,
  }) as unknown as MeetingDetail;

const urlOf = (path: string) => `https://plenary.example${path}`;

describe("popoloFromMeetings: presidencies", () => {
  const tj = term("ctj", "2020-11-10", "2021-09-17", "m2020", "m2021");
  const both = [
    detail(meeting("m2020", "2020-11-10"), [{ at: "start", chairmanship: tj, country: tajikistan }]),
    detail(meeting("m2021", "2021-09-17"), [
      { at: "end", chairmanship: tj, country: tajikistan },
      { at: "start", chairmanship: term("cuz", "2021-09-17", null, "m2021", null), country: uzbekistan },
    ]),
  ];

  it("lists a term handed over at two exported meetings once, with the event at each end", () => {
    const dataset = popoloFromMeetings(
      both,
      { organizations: [council, sco], countries: [] },
      { urlOf, scope: "dataset" },
    );
    expect(dataset.plenary.chairmanships).toEqual([
      {
        id: "ctj",
        organization_id: "corgcouncil",
        country_id: "ctajikistan",
        start_date: "2020-11-10",
        end_date: "2021-09-17",
        started_at_event_id: "m2020",
        ended_at_event_id: "m2021",
      },
      {
        id: "cuz",
        organization_id: "corgcouncil",
        country_id: "cuzbekistan",
        start_date: "2021-09-17",
        end_date: null,
        started_at_event_id: "m2021",
        ended_at_event_id: null,
      },
    ]);
    // The presiding body's parent comes along, so that its parent_id resolves.
    expect(dataset.organizations.map((o) => o.id)).toEqual(
      expect.arrayContaining(["corgcouncil", "corgsco", "ctajikistan"]),
    );
    expect(popoloSchemaErrors(dataset)).toEqual([]);
    expect(danglingReferences(dataset as never)).toEqual([]);
  });

  it("names in one meeting's file no event outside it, and says which meeting the file holds", () => {
    const one = popoloFromMeetings(
      [both[1]!],
      { organizations: [council, sco], countries: [] },
      { urlOf, scope: "meeting" },
    );
    expect(one.plenary.chairmanships[0]).toMatchObject({
      id: "ctj",
      started_at_event_id: null,
      ended_at_event_id: "m2021",
    });
    expect(one.plenary.scope).toEqual({
      kind: "meeting",
      event_id: "m2021",
      url: urlOf("/en/meetings/sco-2021-09-17"),
    });
    expect(danglingReferences(one as never)).toEqual([]);
  });

  it("keeps a source without a URL out of Popolo's sources and in the event's plenary extension", () => {
    const [event] = popoloFromMeetings(
      [both[0]!],
      { organizations: [council, sco], countries: [] },
      { urlOf, scope: "meeting" },
    ).events;
    expect(event!.sources).toEqual([]);
    expect(event!.plenary).toMatchObject({
      attendance_mode: "online",
      sources: [{ title: "Press release", published_at: "2020-11-12T10:58" }],
    });
    expect(event!.updated_at).toBe("2026-01-02T03:04:05.000Z");
  });

  it("cites a source with an address by title, publisher and date, and keeps every field in the extension", () => {
    const cited = meeting("m2021", "2021-09-17");
    cited.sources = [
      {
        url: "https://news.example.org/summit",
        title: "Leaders meet",
        publisher: "Example News Agency",
        publishedAt: "2021-09-17",
        language: "ru",
        text: "Лидеры встретились.",
        archivedAt: "2021-09-18",
      },
    ];
    const [event] = popoloFromMeetings(
      [detail(cited, [])],
      { organizations: [], countries: [] },
      { urlOf, scope: "meeting" },
    ).events;
    expect(event!.sources).toEqual([
      { url: "https://news.example.org/summit", note: "Leaders meet, Example News Agency, 2021-09-17" },
    ]);
    expect(event!.plenary).toMatchObject({
      sources: [
        {
          url: "https://news.example.org/summit",
          publisher: "Example News Agency",
          published_at: "2021-09-17",
          language: "ru",
          archived_text: "Лидеры встретились.",
          archived_at: "2021-09-18",
        },
      ],
    });
  });
});

describe("Popolo conformance checks", () => {
  const valid = () =>
    popoloFromMeetings(
      [detail(meeting("m2020", "2020-11-10"), [])],
      { organizations: [], countries: [] },
      { urlOf, scope: "meeting" },
    );

  it("reject a link without a URL, an addition outside the plenary key and a date-time without a time zone", () => {
    const broken = valid();
    broken.events[0]!.sources = [{ note: "Press release" }];
    broken.events[0]!.attendance_mode = "online";
    broken.events[0]!.updated_at = "2026-01-02T03:04:05";
    const messages = popoloSchemaErrors(broken).map((e) => `${e.instancePath} ${e.message}`);
    expect(messages).toContain("/events/0/sources/0 must have required property 'url'");
    expect(messages).toContain("/events/0 must NOT have unevaluated properties");
    expect(messages).toContain('/events/0/updated_at must match format "date-time"');
  });

  it("find a parent, an organization or a person the file does not hold", () => {
    const broken = valid();
    broken.organizations.push({
      id: "corgchild",
      name: "Child",
      classification: "igo_organ",
      parent_id: "corgmissing",
    });
    broken.posts.push({
      id: "cpost",
      label: "President",
      role: "head_of_state",
      organization_id: "ckazakhstan",
    });
    expect(danglingReferences(broken as never)).toEqual([
      "organization corgchild parent_id → corgmissing",
      "post cpost organization_id → ckazakhstan",
    ]);
  });
});
