import { describe, expect, it } from "vitest";
import { seedMeetingRecord } from "../testing/seed";
import type { PublishCheckInput } from "./publishable";
import { checkPublishable } from "./publishable";

const seed = seedMeetingRecord();
const published: PublishCheckInput = { meeting: seed.meeting, participations: seed.participations };

describe("rule 7: what a published meeting needs", () => {
  it("passes the seed meeting", () => {
    expect(checkPublishable(published)).toEqual([]);
  });

  it("does not apply to drafts or archived meetings", () => {
    const empty = { titleI18n: null, startDate: null, endDate: null, bodyId: null, sources: [] };
    expect(checkPublishable({ meeting: { ...empty, status: "draft" }, participations: [] })).toEqual([]);
    expect(checkPublishable({ meeting: { ...empty, status: "archived" }, participations: [] })).toEqual([]);
  });

  it.each([
    ["publish_title_missing", { titleI18n: { en: " " } }, ["titleI18n", "en"], "an English title"],
    ["publish_start_date_missing", { startDate: null }, ["startDate"], "a start date"],
    ["publish_end_date_missing", { endDate: null }, ["endDate"], "an end date"],
    ["publish_body_missing", { bodyId: null }, ["bodyId"], "the body that met"],
    ["publish_source_missing", { sources: [] }, ["sources"], "at least one source"],
  ] as const)("errors with %s", (code, change, path, what) => {
    const issues = checkPublishable({ ...published, meeting: { ...published.meeting, ...change } });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ rule: "publish", code, severity: "error", path });
    expect(issues[0]?.message).toContain(`A meeting can be published only with ${what}`);
    expect(issues[0]?.message).toContain("keep the meeting as a draft");
  });

  it("errors without participants", () => {
    expect(checkPublishable({ ...published, participations: [] })).toEqual([
      {
        rule: "publish",
        code: "publish_participants_missing",
        severity: "error",
        path: ["participations"],
        message:
          "A meeting can be published only with at least one participant; add it or keep the meeting as a draft.",
      },
    ]);
  });

  it("reports every missing item at once", () => {
    const issues = checkPublishable({
      meeting: {
        status: "published",
        titleI18n: null,
        startDate: null,
        endDate: null,
        bodyId: null,
        sources: null,
      },
      participations: [],
    });
    expect(issues).toHaveLength(6);
  });
});
