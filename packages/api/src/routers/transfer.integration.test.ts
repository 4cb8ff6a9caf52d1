import { describeEachDatabase } from "@plenary/db/testing";
import { seed } from "@plenary/db/seed";
import { beforeAll, expect, it } from "vitest";
import { callersFor } from "../test-callers";
import { trpcError } from "../test-errors";

type Callers = Awaited<ReturnType<typeof callersFor>>;

describeEachDatabase("meeting export and import", (fixture) => {
  let callers: Callers;
  let seedId: string;

  beforeAll(async () => {
    await seed(fixture.db);
    callers = await callersFor(fixture.db);
    seedId = (
      await fixture.db.meeting.findUniqueOrThrow({
        where: { slug: "meeting-of-the-sco-council-of-heads-of-state-2020-11-10" },
      })
    ).id;
  });

  it("exports the meeting with every record it links to", async () => {
    const data = await callers.viewer.transfer.exportMeeting({ id: seedId });
    expect(data.format).toBe("plenary.meeting/1");
    expect(data.meeting.participations).toHaveLength(15);
    expect(data.linked.people.length).toBeGreaterThanOrEqual(15);
    expect(data.linked.organizations.map((o) => o.slug)).toEqual(
      expect.arrayContaining(["shanghai-cooperation-organisation", "sco-council-of-heads-of-state"]),
    );
    // Parents come before their bodies, so an import can create them in order.
    const slugs = data.linked.organizations.map((o) => o.slug);
    expect(slugs.indexOf("shanghai-cooperation-organisation")).toBeLessThan(
      slugs.indexOf("sco-council-of-heads-of-state"),
    );
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it("re-importing the same export changes nothing; a changed export shows its differences and applies only when confirmed", async () => {
    const data = await callers.viewer.transfer.exportMeeting({ id: seedId });
    const same = await callers.editor.transfer.importMeeting({ data });
    expect(same.status).toBe("unchanged");

    const before = await callers.viewer.meeting.record({ id: seedId });
    const changed = {
      ...data,
      meeting: {
        ...data.meeting,
        summaryI18n: { en: "Imported summary." },
        participations: data.meeting.participations.slice(1),
      },
    };
    const preview = await callers.editor.transfer.importMeeting({ data: changed });
    expect(preview.status).toBe("needs_confirmation");
    expect(preview.changes.map((c) => c.path.join("."))).toEqual(expect.arrayContaining(["summaryI18n.en"]));
    expect(await callers.viewer.meeting.record({ id: seedId })).toEqual(before);

    const applied = await callers.editor.transfer.importMeeting({
      data: changed,
      confirm: true,
      expectedVersion: preview.version,
    });
    expect(applied).toMatchObject({ status: "updated", version: before.version + 1 });
    const after = await callers.viewer.meeting.record({ id: seedId });
    expect(after.summaryI18n).toEqual({ en: "Imported summary." });
    expect(after.participations).toHaveLength(14);
    const stale = await trpcError(
      callers.editor.transfer.importMeeting({
        data: { ...changed, meeting: { ...changed.meeting, ordinal: 99 } },
        confirm: true,
        expectedVersion: preview.version,
      }),
    );
    expect(stale.code).toBe("CONFLICT");
  });

  it("imports a new meeting with new linked records, and writes nothing when anything is invalid", async () => {
    const data = await callers.viewer.transfer.exportMeeting({ id: seedId });
    const newcomer = {
      ...data.linked.people[0]!,
      id: "cnewpersonfromimport0001",
      slug: "new-person-from-import",
      nameI18n: { en: "New Person" },
    };
    const meeting = {
      ...data.meeting,
      id: "cnewmeetingfromimport001",
      slug: "imported-meeting-2022-09-15",
      startDate: "2022-09-15",
      endDate: "2022-09-16",
      chairmanships: [],
      participations: [
        ...data.meeting.participations.slice(0, 3),
        { ...data.meeting.participations[3]!, id: undefined, personId: newcomer.id, occupancyId: null },
      ],
      speeches: [],
    };
    const peopleBefore = await fixture.db.person.count();

    const broken = {
      ...data,
      linked: { ...data.linked, people: [...data.linked.people, newcomer] },
      meeting: {
        ...meeting,
        participations: [
          ...meeting.participations,
          { ...meeting.participations[0]!, id: undefined, personId: "cnosuchperson00000000000" },
        ],
      },
    };
    expect((await trpcError(callers.editor.transfer.importMeeting({ data: broken }))).code).toBe(
      "BAD_REQUEST",
    );
    expect(await fixture.db.person.count()).toBe(peopleBefore);
    expect(
      (
        await trpcError(
          callers.editor.transfer.importMeeting({ data: { ...data, format: "other" } as never }),
        )
      ).code,
    ).toBe("BAD_REQUEST");

    const created = await callers.editor.transfer.importMeeting({
      data: { ...data, linked: { ...data.linked, people: [...data.linked.people, newcomer] }, meeting },
    });
    expect(created).toMatchObject({ status: "created", created: { people: 1 } });
    const record = await callers.viewer.meeting.record({ id: created.meetingId });
    expect(record).toMatchObject({ slug: "imported-meeting-2022-09-15", status: "draft" });
    expect(record.participations.map((p) => p.personId)).toContain(newcomer.id);
    expect(record.documents).toHaveLength(data.meeting.documents.length);
    expect((await trpcError(callers.viewer.transfer.importMeeting({ data }))).code).toBe("FORBIDDEN");
  });

  it("exports which end of each term the meeting holds, and reads an export made before terms had a link per end", async () => {
    const data = await callers.viewer.transfer.exportMeeting({ id: seedId });
    expect(data.meeting.chairmanships.map((c) => [c.endDate, c.at])).toEqual([
      ["2020-11-10", "end"],
      [null, "start"],
    ]);
    // An older export names neither end: the one on the meeting's date is read as ending here, so nothing changes.
    const older = {
      ...data,
      meeting: {
        ...data.meeting,
        chairmanships: data.meeting.chairmanships.map(({ at: _at, ...c }) => (void _at, c)),
      },
    };
    expect((await callers.editor.transfer.importMeeting({ data: older as never })).status).toBe("unchanged");
  });

  it("matches a linked record of another archive by a shared external identifier, whatever its id and slug there", async () => {
    // A participant of the seed meeting (an earlier test removed its first one), given a Wikidata QID here.
    const before = await callers.viewer.transfer.exportMeeting({ id: seedId });
    const stored = { id: before.meeting.participations.at(-1)!.personId! };
    await fixture.db.person.update({
      where: { id: stored.id },
      data: { identifiers: [{ scheme: "wikidata", value: "Q1058" }] },
    });
    const exported = await callers.viewer.transfer.exportMeeting({ id: seedId });
    // The same meeting and person as another archive holds them: other ids, other slugs, the same Wikidata QID.
    const elsewhere = (personId: string, scheme: "wikidata" | "other", n: number) => {
      const data = JSON.parse(JSON.stringify(exported).replaceAll(stored.id, personId)) as typeof exported;
      const theirs = data.linked.people.find((p) => p.id === personId)!;
      theirs.slug = `the-same-person-elsewhere-${n}`;
      theirs.identifiers = [{ scheme, value: "Q1058" }];
      // Their term of office is left out: it is the person that is matched here.
      data.linked.occupancies = data.linked.occupancies.filter((o) => o.personId !== personId);
      data.meeting.participations = data.meeting.participations.map((p) =>
        p.personId === personId ? { ...p, occupancyId: null } : p,
      );
      data.meeting = {
        ...data.meeting,
        id: `cmeetingelsewhere0000000${n}`,
        slug: `meeting-from-another-archive-${n}`,
        chairmanships: [],
      };
      return data;
    };

    const matched = await callers.editor.transfer.importMeeting({
      data: elsewhere("cpersonelsewhere00000001", "wikidata", 1),
    });
    expect(matched.status).toBe("created");
    expect(matched.created.people).toBeUndefined();
    const record = await callers.viewer.meeting.record({ id: matched.meetingId });
    expect(record.participations.map((p) => p.personId)).toContain(stored.id);
    expect(await fixture.db.person.count({ where: { id: "cpersonelsewhere00000001" } })).toBe(0);

    // "other" names no registry: the same value there is no evidence of the same person.
    const unmatched = await callers.editor.transfer.importMeeting({
      data: elsewhere("cpersonelsewhere00000002", "other", 2),
    });
    expect(unmatched.created.people).toBe(1);
    expect(await fixture.db.person.count({ where: { id: "cpersonelsewhere00000002" } })).toBe(1);
  });
});
