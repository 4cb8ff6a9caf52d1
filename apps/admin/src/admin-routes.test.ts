import { MergeableKind, PageKind } from "@plenary/domain";
import { describe, expect, it } from "vitest";
import {
  ADMIN_ROUTES,
  adminPageRoutes,
  adminRouteOf,
  unlistedAdminRoutes,
  type ExampleRecords,
} from "../../../tooling/testing/admin-routes";

const RECORDS: ExampleRecords = {
  meeting: { id: "m1", slug: "a-summit" },
  records: {
    document: "d1",
    person: "p1",
    post: "p2",
    country: "c1",
    organization: "o1",
    topic: "t1",
  },
};

describe("the inventory of admin screens", () => {
  it("lists every page of this app, and nothing that is gone", () => {
    expect(adminPageRoutes().length).toBeGreaterThan(10);
    expect(unlistedAdminRoutes()).toEqual({ unlisted: [], stale: [] });
  });

  it("fails for a page that is not listed", () => {
    expect(
      unlistedAdminRoutes([...adminPageRoutes(), { path: "/reports", file: "reports/page.tsx" }]).unlisted,
    ).toEqual(["/reports"]);
  });

  it("gives every route an address that belongs to it, with its dynamic segments filled", () => {
    for (const [route, screen] of Object.entries(ADMIN_ROUTES)) {
      const examples = screen.examples(RECORDS);
      expect(examples.length, route).toBeGreaterThan(0);
      for (const example of examples) {
        expect(example, route).not.toMatch(/\[|\]|undefined/);
        expect(adminRouteOf(example), example).toBe(route);
      }
    }
  });

  it("shows every kind of record with a page of its own: its list, its page, its history, its merge", () => {
    const addresses = Object.values(ADMIN_ROUTES).flatMap((screen) => screen.examples(RECORDS));
    for (const kind of PageKind.options) expect(addresses).toContain(`/records/${kind}`);
    for (const kind of MergeableKind.options) expect(addresses).toContain(`/merge/${kind}`);
    for (const [kind, id] of Object.entries(RECORDS.records)) {
      expect(addresses).toContain(`/history/${kind}/${id}`);
      expect(addresses).toContain(`/records/${kind}/${id}`);
    }
    expect(addresses).toContain(`/history/meeting/${RECORDS.meeting.id}`);
  });

  it("finds the route of an address, fixed segments before dynamic ones", () => {
    expect(adminRouteOf("/meetings/new")).toBe("/meetings/new");
    expect(adminRouteOf("/meetings/a-summit")).toBe("/meetings/[slug]");
    expect(adminRouteOf("/merge/post")).toBe("/merge/[entityType]");
    expect(adminRouteOf("/nowhere/at/all/here")).toBeUndefined();
  });
});
