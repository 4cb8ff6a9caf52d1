import { describe, expect, it } from "vitest";
import { meetingEventLd, webPageLd } from "./json-ld";
import { schemaOrgViolations } from "./schema-org-conformance";
import type { MeetingDetail } from "./types";

const urlOf = (path: string) => `https://plenary.example${path}`;
const russia = { slug: "russia", iso2: "RU", nameI18n: { en: "Russia", ru: "Россия" } };
const detail = (attendanceMode: "online" | "in_person" | "hybrid", venue: { city?: { en: string } } | null) =>
  ({
    meeting: {
      slug: "sco-2020",
      titleI18n: { en: "SCO summit" },
      summaryI18n: null,
      startDate: "2020-11-10",
      endDate: "2020-11-10",
      attendanceMode,
      venue,
      identifiers: [{ scheme: "wikidata", value: "Q123" }],
    },
    body: { slug: "council", nameI18n: { en: "Council of Heads of State" } },
    hostCountry: russia,
    venueCountry: venue ? russia : null,
    participations: [{ person: { slug: "vladimir-putin", nameI18n: { en: "Vladimir Putin" } } }],
  }) as unknown as MeetingDetail;

describe("meetingEventLd", () => {
  it("places an online meeting at a VirtualLocation, with a description and no licence", () => {
    const event = meetingEventLd(detail("online", null), "en", urlOf);
    expect(event.location).toEqual({ "@type": "VirtualLocation", url: urlOf("/en/meetings/sco-2020") });
    expect(event.description).toBe("Council of Heads of State, 10 November 2020");
    expect(event).not.toHaveProperty("license");
    expect(event.attendee).toEqual([
      { "@type": "Person", name: "Vladimir Putin", url: urlOf("/en/people/vladimir-putin") },
    ]);
    expect(event.organizer).toMatchObject({
      "@type": "Organization",
      url: urlOf("/en/organizations/council"),
    });
    expect(event.sameAs).toEqual(["https://www.wikidata.org/entity/Q123"]);
  });

  it("places an in-person meeting at a Place with its address, and a hybrid one at both", () => {
    const place = {
      "@type": "Place",
      name: "Moscow, Russia",
      address: { "@type": "PostalAddress", addressLocality: "Moscow", addressCountry: "RU" },
    };
    expect(meetingEventLd(detail("in_person", { city: { en: "Moscow" } }), "en", urlOf).location).toEqual(
      place,
    );
    expect(meetingEventLd(detail("hybrid", { city: { en: "Moscow" } }), "en", urlOf).location).toEqual([
      place,
      { "@type": "VirtualLocation", url: urlOf("/en/meetings/sco-2020") },
    ]);
  });

  it("puts the licence on the page, whose main entity is the event, and uses only schema.org's types and properties", () => {
    const page = webPageLd({
      url: urlOf("/en/meetings/sco-2020"),
      name: "SCO summit",
      locale: "en",
      mainEntity: meetingEventLd(detail("hybrid", { city: { en: "Moscow" } }), "en", urlOf),
    });
    expect(page).toMatchObject({
      "@type": "WebPage",
      license: "https://creativecommons.org/licenses/by/4.0/",
      mainEntity: { "@type": "Event" },
    });
    expect(schemaOrgViolations(page)).toEqual([]);
  });
});

describe("schemaOrgViolations", () => {
  it("reports a licence on an Event, on a Person and an unknown type", () => {
    expect(
      schemaOrgViolations({
        "@type": "Event",
        license: "x",
        attendee: [{ "@type": "Person", license: "x" }, { "@type": "Delegate" }],
      }),
    ).toEqual([
      "$: Event has no property license",
      "$.attendee[0]: Person has no property license",
      "$.attendee[1]: unknown type Delegate",
    ]);
  });
});
