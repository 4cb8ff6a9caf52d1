import { describe, expect, it } from "vitest";
import { HistoryEntityType } from "./revision";
import {
  cacheTags,
  MergeableKind,
  PageKind,
  PublishableKind,
  RECORD_KINDS,
  TrashableKind,
} from "./record-kinds";

describe("the registry of record kinds", () => {
  it("lists every kind with a history except users, whose changes are the audit of accounts", () => {
    expect(Object.keys(RECORD_KINDS).sort()).toEqual(
      HistoryEntityType.options.filter((kind) => kind !== "user").sort(),
    );
  });

  it("derives the router enums from the kinds' traits", () => {
    expect(TrashableKind.options).toEqual([
      "meeting",
      "document",
      "person",
      "post",
      "country",
      "organization",
      "topic",
    ]);
    expect(PageKind.options).toEqual(TrashableKind.options);
    expect(MergeableKind.options).toEqual(["person", "post", "country", "organization"]);
    expect(PublishableKind.options).toEqual(["meeting", "document"]);
    expect(TrashableKind.safeParse("occupancy").success).toBe(false);
  });

  it("names the site's cache tags the way both the site and the database use them", () => {
    expect(cacheTags.page("meeting", "sco-2020")).toBe("meeting:sco-2020");
    // Not a page tag of any kind: no slug of a record can make a year's tag.
    expect(cacheTags.archiveYear("2020")).toBe("meetings-of-year:2020");
    for (const kind of PageKind.options) expect(cacheTags.archiveYear("2020")).not.toMatch(`${kind}:`);
    expect(cacheTags.list("person")).toBe("people");
    expect(cacheTags.lists("org_membership")).toEqual(["organizations", "countries"]);
    expect(cacheTags.lists("occupancy")).toEqual(["people", "posts"]);
    // Every kind's changes reach at least one list the site tags.
    for (const kind of Object.keys(RECORD_KINDS) as (keyof typeof RECORD_KINDS)[])
      expect(PageKind.options.map(cacheTags.list)).toContain(cacheTags.list(kind));
  });
});
