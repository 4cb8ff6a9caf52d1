import { describeEachDatabase } from "@plenary/db/testing";
import { seed } from "@plenary/db/seed";
import { beforeAll, expect, it } from "vitest";
import { callersFor } from "../test-callers";
import { trpcError } from "../test-errors";

type Callers = Awaited<ReturnType<typeof callersFor>>;

describeEachDatabase("lookup: list views and relation pickers", (fixture) => {
  let callers: Callers;

  beforeAll(async () => {
    await seed(fixture.db);
    callers = await callersFor(fixture.db);
  });

  it("searches as you type in any case and in any language, and pages", async () => {
    const byEnglish = await callers.viewer.lookup.list({ entityType: "person", q: "puti" });
    expect(byEnglish.items.map((p) => p.labelI18n.en)).toEqual(["Vladimir Putin"]);
    const byCase = await callers.viewer.lookup.list({ entityType: "person", q: "PUTIN" });
    expect(byCase.total).toBe(1);
    const byRussian = await callers.viewer.lookup.list({ entityType: "person", q: "Путин" });
    expect(byRussian.items.map((p) => p.labelI18n.en)).toEqual(["Vladimir Putin"]);

    const page1 = await callers.viewer.lookup.list({
      entityType: "person",
      sort: "label",
      direction: "asc",
      limit: 5,
    });
    const page2 = await callers.viewer.lookup.list({
      entityType: "person",
      sort: "label",
      direction: "asc",
      limit: 5,
      offset: 5,
    });
    expect(page1.items).toHaveLength(5);
    expect(page1.total).toBeGreaterThanOrEqual(15);
    expect(page1.items.map((p) => p.slug)).toEqual([...page1.items.map((p) => p.slug)].sort());
    expect(page2.items[0]!.slug > page1.items[4]!.slug).toBe(true);
  });

  it("filters publishable records by status and sorts by date", async () => {
    const drafts = await callers.viewer.lookup.list({ entityType: "meeting", status: "draft" });
    expect(drafts.total).toBe(0);
    const published = await callers.viewer.lookup.list({
      entityType: "document",
      status: "published",
      sort: "date",
    });
    expect(published.total).toBeGreaterThanOrEqual(15);
    expect(published.items[0]!.status).toBe("published");
    const labels = await callers.viewer.lookup.labels({
      entityType: "document",
      ids: [published.items[0]!.id],
    });
    expect(Object.values(labels)[0]).toEqual(published.items[0]!.labelI18n);
    const versions = await callers.viewer.lookup.versions({
      entityType: "document",
      ids: [published.items[0]!.id],
    });
    expect(versions).toEqual({ [published.items[0]!.id]: published.items[0]!.version });
  });

  it("proposes the post a person held on the meeting's date", async () => {
    const putin = (await callers.viewer.lookup.list({ entityType: "person", q: "putin" })).items[0]!;
    const held = await callers.viewer.lookup.occupancies({ personId: putin.id, date: "2020-11-10" });
    expect(held.find((o) => o.coversDate)?.postLabelI18n.en).toBe("President of Russia");
    expect((await trpcError(callers.anonymous.lookup.list({ entityType: "person" }))).code).toBe(
      "UNAUTHORIZED",
    );
  });

  it("counts a meeting's participants in words with the plural English uses", async () => {
    const [seeded] = (await callers.viewer.lookup.list({ entityType: "meeting" })).items;
    expect(seeded!.detail).toMatch(/^\d+ participants$/);
    const id = (
      await fixture.db.meeting.create({
        data: {
          slug: "one-participant-meeting-2021",
          titleI18n: { en: "One Participant Meeting" },
          startDate: "2021-01-01",
          classification: "summit",
          attendanceMode: "in_person",
        },
      })
    ).id;
    const personId = (await fixture.db.person.findFirstOrThrow()).id;
    await fixture.db.participation.create({
      data: {
        meetingId: id,
        personId,
        titleAsStated: "A delegate",
        category: "guest_state",
        role: "participant",
        mode: "in_person",
        protocolOrder: 1,
      },
    });
    const one = await callers.viewer.lookup.list({ entityType: "meeting", q: "one participant" });
    expect(one.items.map((m) => m.detail)).toEqual(["1 participant"]);
  });
});
