import { describeEachDatabase } from "@plenary/db/testing";
import { seed } from "@plenary/db/seed";
import { beforeAll, expect, it } from "vitest";
import { callersFor } from "../test-callers";
import { trpcError } from "../test-errors";

type Callers = Awaited<ReturnType<typeof callersFor>>;

describeEachDatabase("merge of two records that are the same", (fixture) => {
  let callers: Callers;
  const seedSlug = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";

  beforeAll(async () => {
    await seed(fixture.db);
    callers = await callersFor(fixture.db);
  });

  it("moves every link to the survivor, redirects the other's slug, and undoes exactly", async () => {
    const japarov = await fixture.db.person.findFirstOrThrow({
      where: { nameI18n: { path: ["en"], equals: "Sadyr Japarov" } },
    });
    const { record: duplicate } = await callers.editor.person.create({
      nameI18n: { en: "Sadyr Zhaparov (duplicate)" },
    });
    const seedMeeting = await fixture.db.meeting.findUniqueOrThrow({ where: { slug: seedSlug } });
    // The duplicate takes part in another meeting, with a speech.
    const { record: meeting } = await callers.editor.meeting.saveRecord({
      titleI18n: { en: "Extraordinary meeting" },
      classification: "extraordinary",
      attendanceMode: "online",
      startDate: "2021-03-01",
      bodyId: seedMeeting.bodyId,
      participations: [
        {
          personId: duplicate.id,
          titleAsStated: "Kyrgyz President Sadyr Zhaparov",
          category: "member_state",
          role: "chair",
          mode: "videoconference",
        },
      ],
      speeches: [{ personId: duplicate.id, kind: "remarks" }],
    });

    const preview = await callers.viewer.merge.preview({ entityType: "person", mergedId: duplicate.id });
    expect(preview).toMatchObject({
      "participation.personId": 1,
      "speech.personId": 1,
      "occupancy.personId": 0,
    });

    const result = await callers.editor.merge.merge({
      entityType: "person",
      survivor: { id: japarov.id, version: japarov.version },
      merged: { id: duplicate.id, version: duplicate.version },
    });
    const after = await callers.viewer.meeting.record({ id: meeting.id });
    expect(after.participations[0]!.personId).toBe(japarov.id);
    expect(after.speeches[0]!.personId).toBe(japarov.id);
    expect((await trpcError(callers.viewer.person.byId({ id: duplicate.id }))).code).toBe("NOT_FOUND");
    const survivor = await callers.viewer.person.byId({ id: japarov.id });
    expect(survivor.version).toBe(result.survivorVersion);
    expect(survivor.otherNames.map((n) => n.name)).toContain("Sadyr Zhaparov (duplicate)");
    const redirect = await fixture.db.slugRedirect.findUniqueOrThrow({
      where: { entityType_slug: { entityType: "person", slug: duplicate.slug } },
    });
    expect(redirect.entityId).toBe(japarov.id);
    // The merge is in the merged record's history.
    const history = await callers.viewer.revision.list({ entityType: "person", entityId: duplicate.id });
    expect(history[0]!.id).toBe(result.revisionId);
    expect(history[0]!.merge).toEqual({ into: japarov.id, undone: false });

    await callers.editor.merge.undo({ revisionId: result.revisionId });
    const undone = await callers.viewer.meeting.record({ id: meeting.id });
    expect(undone.participations[0]!.personId).toBe(duplicate.id);
    expect(undone.speeches[0]!.personId).toBe(duplicate.id);
    expect((await callers.viewer.person.byId({ id: duplicate.id })).nameI18n.en).toBe(
      "Sadyr Zhaparov (duplicate)",
    );
    expect(
      (await callers.viewer.person.byId({ id: japarov.id })).otherNames.map((n) => n.name),
    ).not.toContain("Sadyr Zhaparov (duplicate)");
    expect(
      await fixture.db.slugRedirect.findUnique({
        where: { entityType_slug: { entityType: "person", slug: duplicate.slug } },
      }),
    ).toBeNull();
    expect((await trpcError(callers.editor.merge.undo({ revisionId: result.revisionId }))).code).toBe(
      "BAD_REQUEST",
    );
    const afterUndo = await callers.viewer.revision.list({ entityType: "person", entityId: duplicate.id });
    expect(afterUndo.find((r) => r.id === result.revisionId)!.merge).toEqual({
      into: japarov.id,
      undone: true,
    });
  });

  it("refuses to merge two people who both take part in one meeting, and viewers may not merge", async () => {
    const seeded = await callers.viewer.meeting.bySlug({ slug: seedSlug });
    const [a, b] = seeded.participations.map((p) => p.person);
    const error = await trpcError(
      callers.editor.merge.merge({
        entityType: "person",
        survivor: { id: a!.id, version: a!.version },
        merged: { id: b!.id, version: b!.version },
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain(seedSlug);
    expect(
      (
        await trpcError(
          callers.viewer.merge.merge({
            entityType: "person",
            survivor: { id: a!.id, version: 1 },
            merged: { id: b!.id, version: 1 },
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");
  });

  it("merges two countries: memberships, posts and participations follow the survivor", async () => {
    const russia = await fixture.db.country.findFirstOrThrow({ where: { iso2: "RU" } });
    const { record: copy } = await callers.editor.country.create({
      iso2: "XR",
      nameI18n: { en: "Russian Federation (copy)" },
    } as never);
    const moved = await fixture.db.participation.findFirstOrThrow({
      where: { representingCountryId: russia.id },
    });
    await fixture.db.participation.update({
      where: { id: moved.id },
      data: { representingCountryId: copy.id },
    });
    await callers.editor.merge.merge({
      entityType: "country",
      survivor: { id: russia.id, version: russia.version },
      merged: { id: copy.id, version: copy.version },
    });
    expect(
      (await fixture.db.participation.findUniqueOrThrow({ where: { id: moved.id } })).representingCountryId,
    ).toBe(russia.id);
    expect((await callers.viewer.country.byId({ id: russia.id })).otherNames).toContain(
      "Russian Federation (copy)",
    );
  });
});
