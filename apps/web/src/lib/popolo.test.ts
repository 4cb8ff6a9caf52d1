import { describe, expect, it } from "vitest";
import { popoloFromMeetings } from "./popolo";
import type { MeetingDetail } from "./types";

const meeting = (id: string, startDate: string) =>
  ({
    id,
    slug: `sco-${startDate}`,
    titleI18n: { en: `SCO ${startDate}` },
    classification: "summit",
    startDate,
    endDate: startDate,
    bodyId: null,
    attendanceMode: "in_person",
    sources: [],
  }) as unknown as MeetingDetail["meeting"];

const tajikistan = { iso2: "TJ" } as MeetingDetail["chairmanships"][number]["country"];
const uzbekistan = { iso2: "UZ" } as MeetingDetail["chairmanships"][number]["country"];
const term = (id: string, startDate: string, endDate: string | null, startedAtMeetingId: string | null, endedAtMeetingId: string | null) =>
  ({ id, organizationId: "csco", startDate, endDate, startedAtMeetingId, endedAtMeetingId }) as MeetingDetail["chairmanships"][number]["chairmanship"];

const detail = (m: MeetingDetail["meeting"], chairmanships: MeetingDetail["chairmanships"]) =>
  ({ meeting: m, body: null, organization: null, hostCountry: null, participations: [], documents: [], chairmanships }) as unknown as MeetingDetail;

describe("popoloFromMeetings: presidencies", () => {
  it("lists a term handed over at two exported meetings once, with the event at each end", () => {
    const tj = term("ctj", "2020-11-10", "2021-09-17", "m2020", "m2021");
    const dataset = popoloFromMeetings(
      [
        detail(meeting("m2020", "2020-11-10"), [{ at: "start", chairmanship: tj, country: tajikistan }]),
        detail(meeting("m2021", "2021-09-17"), [
          { at: "end", chairmanship: tj, country: tajikistan },
          { at: "start", chairmanship: term("cuz", "2021-09-17", null, "m2021", null), country: uzbekistan },
        ]),
      ],
      (path) => `https://plenary.example${path}`,
    );
    expect(dataset.chairmanships).toEqual([
      { id: "ctj", organization_id: "csco", country: "TJ", start_date: "2020-11-10", end_date: "2021-09-17", started_at_event_id: "m2020", ended_at_event_id: "m2021" },
      { id: "cuz", organization_id: "csco", country: "UZ", start_date: "2021-09-17", end_date: undefined, started_at_event_id: "m2021", ended_at_event_id: undefined },
    ]);
  });
});
