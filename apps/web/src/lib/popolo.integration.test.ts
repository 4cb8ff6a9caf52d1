import { createCaller, createContext } from "@plenary/api";
import { seed } from "@plenary/db/seed";
import { describeEachDatabase } from "@plenary/db/testing";
import { beforeAll, expect, it } from "vitest";
import { popoloExport } from "./popolo-export";
import { danglingReferences, popoloSchemaErrors } from "./popolo-schema/popolo-conformance";
import type { MeetingDetail } from "./types";

const MEETING = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";
const urlOf = (path: string) => `https://plenary.example${path}`;

describeEachDatabase("Popolo exports of the published records", (fixture) => {
  let api: ReturnType<typeof createCaller>;
  let details: MeetingDetail[];

  beforeAll(async () => {
    await seed(fixture.db);
    api = createCaller(createContext({ db: fixture.db, user: null }));
    const { items } = await api.meeting.list({ limit: 200, offset: 0 });
    details = await Promise.all(items.map(({ slug }) => api.meeting.bySlug({ slug })));
  });

  it("writes the whole dataset valid against the Popolo schemas, with every referenced id in the file", async () => {
    const dataset = await popoloExport(api, details, { urlOf, scope: "dataset" });
    expect(popoloSchemaErrors(dataset)).toEqual([]);
    expect(danglingReferences(dataset as never)).toEqual([]);
    expect(dataset.plenary.scope).toEqual({ kind: "dataset", event_count: details.length });
  });

  it("writes one meeting valid and self-contained: the RATS Executive Committee's parents, posts' and memberships' organizations", async () => {
    const one = await popoloExport(api, [await api.meeting.bySlug({ slug: MEETING })], {
      urlOf,
      scope: "meeting",
    });
    expect(popoloSchemaErrors(one)).toEqual([]);
    expect(danglingReferences(one as never)).toEqual([]);
    expect(one.plenary.scope).toMatchObject({ kind: "meeting", url: urlOf(`/en/meetings/${MEETING}`) });
    expect(one.events).toHaveLength(1);
    expect(one.persons).toHaveLength(15);
    expect(one.posts.every((p) => p.organization_id)).toBe(true);
    expect(one.memberships.every((m) => m.organization_id)).toBe(true);
    const names = new Map(one.organizations.map((o) => [o.id, o.name as string]));
    const executiveCommittee = one.organizations.find((o) =>
      (o.name as string).includes("Executive Committee"),
    );
    expect(names.get(executiveCommittee?.parent_id as string)).toMatch(/Regional Anti-Terrorist Structure/);
    // Heads of state hold their posts in their country, exported as an organization with its ISO codes.
    const kazakhstan = one.organizations.find((o) => o.name === "Kazakhstan");
    expect(kazakhstan).toMatchObject({
      classification: "country",
      identifiers: expect.arrayContaining([{ scheme: "iso3166_1_a2", identifier: "KZ" }]),
    });
  });

  it("keeps to one meeting's records in the per-meeting file", async () => {
    const [first] = details;
    const one = await popoloExport(api, [first!], { urlOf, scope: "meeting" });
    const attended = new Set(first!.participations.map((p) => p.person.id));
    expect(one.persons.map((p) => p.id).sort()).toEqual([...attended].sort());
    expect(one.plenary.participations.every((p) => p.event_id === first!.meeting.id)).toBe(true);
  });
});
