import { describeEachDatabase } from "@plenary/db/testing";
import { seed } from "@plenary/db/seed";
import { beforeAll, expect, it } from "vitest";
import { callersFor } from "../test-callers";

type Callers = Awaited<ReturnType<typeof callersFor>>;

describeEachDatabase("public search", (fixture) => {
  let callers: Callers;

  beforeAll(async () => {
    await seed(fixture.db);
    callers = await callersFor(fixture.db);
  });

  it("finds people by the misspellings seen in sources and by near misses", async () => {
    const gijesov = await callers.anonymous.search.all({ q: "Gijesov" });
    expect(gijesov.people[0]?.person.slug).toBe("jumakhon-giyosov");
    const zhaparov = await callers.anonymous.search.all({ q: "Zhaparov" });
    expect(zhaparov.people[0]?.person.slug).toBe("sadyr-japarov");
    // Neither spelling is stored: trigram similarity still finds him.
    expect((await callers.anonymous.search.all({ q: "Giyosow" })).people[0]?.person.slug).toBe(
      "jumakhon-giyosov",
    );
    // Accents and scripts: "Antonio" finds António Guterres, "Путин" finds Vladimir Putin.
    expect((await callers.anonymous.search.all({ q: "Antonio Guterres" })).people[0]?.person.slug).toBe(
      "antonio-guterres",
    );
    expect((await callers.anonymous.search.all({ q: "Путин" })).people[0]?.person.slug).toBe(
      "vladimir-putin",
    );
  });

  it("ranks a name typed in full first, and leaves out what only looks like it", async () => {
    const modi = await callers.anonymous.search.all({ q: "modi" });
    expect(modi.people[0]?.person.slug).toBe("narendra-modi");
    // "Mongolia" and "Moscow Declaration" share letters with "modi", not a word.
    expect(modi.countries).toEqual([]);
    expect(modi.documents).toEqual([]);
    // Near misses still find a misspelled name when nothing has the words typed.
    expect((await callers.anonymous.search.all({ q: "Modhi" })).people[0]?.person.slug).toBe("narendra-modi");
  });

  it("groups meetings, countries, organizations and documents", async () => {
    const results = await callers.anonymous.search.all({ q: "Moscow Declaration" });
    expect(results.documents[0]?.slug).toBe("moscow-declaration-2020-11-10");
    expect((await callers.anonymous.search.all({ q: "Tajik" })).countries.map((c) => c.iso2)).toContain("TJ");
    expect((await callers.anonymous.search.all({ q: "RATS" })).organizations.map((o) => o.slug)).toContain(
      "sco-regional-anti-terrorist-structure",
    );
    expect((await callers.anonymous.search.all({ q: "Council of Heads of State" })).meetings[0]?.slug).toBe(
      "meeting-of-the-sco-council-of-heads-of-state-2020-11-10",
    );
  });

  it("filters to public rows before it ranks and limits, so drafts that match better cannot crowd a published one out", async () => {
    const body = await fixture.db.organization.findUniqueOrThrow({
      where: { slug: "sco-council-of-heads-of-state" },
    });
    const meeting = { classification: "summit", attendanceMode: "in_person", bodyId: body.id } as const;
    await fixture.db.meeting.createMany({
      data: Array.from({ length: 40 }, (_, i) => ({
        ...meeting,
        slug: `crowded-plain-summit-draft-${i}`,
        titleI18n: { en: "Crowded Plain Summit" },
        status: "draft" as const,
      })),
    });
    await fixture.db.meeting.create({
      data: {
        ...meeting,
        slug: "crowded-plain-summit-of-the-eastern-valley",
        titleI18n: { en: "Crowded Plain Summit of the Eastern Valley" },
        status: "published",
      },
    });
    try {
      const results = await callers.anonymous.search.all({ q: "Crowded Plain Summit" });
      expect(results.meetings.map((m) => m.slug)).toEqual(["crowded-plain-summit-of-the-eastern-valley"]);
    } finally {
      await fixture.db.meeting.deleteMany({ where: { slug: { startsWith: "crowded-plain-summit" } } });
    }
  });

  it("never finds a draft or trashed record", async () => {
    const { meeting } = await callers.anonymous.meeting.bySlug({
      slug: "meeting-of-the-sco-council-of-heads-of-state-2020-11-10",
    });
    await callers.editor.trash.move({ entityType: "meeting", id: meeting.id, version: meeting.version });
    try {
      const results = await callers.anonymous.search.all({ q: "Council of Heads of State" });
      expect(results.meetings).toEqual([]);
      expect((await callers.anonymous.search.all({ q: "Gijesov" })).people).toEqual([]);
    } finally {
      await callers.editor.trash.restore({
        entityType: "meeting",
        id: meeting.id,
        version: meeting.version + 1,
      });
    }
  });
});
