import { beforeAll, expect, it } from "vitest";
import { loadReferenceData } from "../reference/load-reference-data";
import { loadMeetingRecord } from "../repositories/meeting-record-loader";
import { publicPerson, publishedMeeting } from "../repositories/visibility";
import { seed } from "../seed/seed";
import { databaseChecksum, describeEachDatabase } from "../testing";
import { GENERATED_ID_PREFIX, type ArchiveOptions } from "./archive-plan";
import { generateArchive, GenerateRefusedError, removeGeneratedArchive } from "./generated-archive";

const tiny: ArchiveOptions = {
  seed: 7,
  meetings: 20,
  people: 120,
  documents: 150,
  organizations: 8,
  years: 10,
};
const generated = { startsWith: GENERATED_ID_PREFIX };

describeEachDatabase("pnpm db:generate", (fixture) => {
  let seeded = "";
  let withArchive = "";

  beforeAll(async () => {
    // As `pnpm start` leaves a database on its first run: the sample's reference rows, then the reference load
    // (every country, Kosovo's user-assigned XK among them, which the generated countries must not take).
    await seed(fixture.db, { referenceOnly: true });
    await loadReferenceData(fixture.db);
    seeded = await databaseChecksum(fixture.db);
    await generateArchive(fixture.db, tiny);
    withArchive = await databaseChecksum(fixture.db);
  });

  it("generates the counts asked for, 8–60 participants and 3–40 documents per meeting, published", async () => {
    const { db } = fixture;
    expect(await db.meeting.count({ where: { id: generated, ...publishedMeeting } })).toBe(20);
    expect(await db.person.count({ where: { id: generated } })).toBe(120);
    expect(await db.document.count({ where: { id: generated, status: "published" } })).toBe(150);
    expect(await db.organization.count({ where: { id: generated } })).toBe(8);
    expect(await db.organization.count({ where: { id: generated, parentId: { not: null } } })).toBe(6);
    expect(await db.chairmanship.count({ where: { id: generated } })).toBeGreaterThan(0);
    expect(await db.occupancy.count({ where: { id: generated } })).toBeGreaterThan(0);

    const meetings = await db.meeting.findMany({
      where: { id: generated },
      select: { _count: { select: { participations: true, documents: true } } },
    });
    for (const { _count } of meetings) {
      expect(_count.participations).toBeGreaterThanOrEqual(8);
      expect(_count.participations).toBeLessThanOrEqual(60);
      expect(_count.documents).toBeGreaterThanOrEqual(3);
      expect(_count.documents).toBeLessThanOrEqual(40);
    }
    // The public site shows generated people: they take part in published meetings.
    expect(await db.person.count({ where: { id: generated, ...publicPerson } })).toBeGreaterThan(60);
  });

  it("names people in Latin, Cyrillic and Chinese script", async () => {
    const names = (
      await fixture.db.person.findMany({ where: { id: generated }, select: { nameI18n: true } })
    ).map((p) => Object.values(p.nameI18n as Record<string, string>).join(" "));
    expect(names.some((n) => /[\u0400-\u04ff]/.test(n))).toBe(true);
    expect(names.some((n) => /[\u4e00-\u9fff]/.test(n))).toBe(true);
    expect(names.every((n) => /[A-Za-z]/.test(n))).toBe(true);
  });

  it("gives every generated record exactly one revision, version 1, holding the record as stored", async () => {
    const { db } = fixture;
    const revisions = await db.revision.groupBy({
      by: ["entityType"],
      where: { entityId: generated },
      _count: true,
      _max: { version: true },
    });
    const counts = Object.fromEntries(revisions.map((r) => [r.entityType, r._count]));
    expect(counts).toEqual({
      country: await db.country.count({ where: { id: generated } }),
      organization: 8,
      org_membership: await db.orgMembership.count({ where: { id: generated } }),
      post: await db.post.count({ where: { id: generated } }),
      person: 120,
      occupancy: await db.occupancy.count({ where: { id: generated } }),
      chairmanship: await db.chairmanship.count({ where: { id: generated } }),
      meeting_series: await db.meetingSeries.count({ where: { id: generated } }),
      meeting: 20,
      document: 150,
    });
    expect(revisions.every((r) => r._max.version === 1)).toBe(true);
    const [duplicates] = await db.$queryRaw<{ n: bigint }[]>`
      select count(*) as n from (select "entityId" from "Revision" where "entityId" like 'zgen%'
      group by "entityType", "entityId" having count(*) <> 1) d`;
    expect(Number(duplicates!.n)).toBe(0);

    // A meeting's first revision is the whole record, exactly as the store reads it back (history restores it).
    for (const meeting of await db.meeting.findMany({
      where: { id: generated },
      select: { id: true },
      take: 3,
    })) {
      const revision = await db.revision.findFirstOrThrow({ where: { entityId: meeting.id } });
      expect(revision.after).toEqual(JSON.parse(JSON.stringify(await loadMeetingRecord(db, meeting.id))));
    }
    const person = await db.person.findFirstOrThrow({ where: { id: generated } });
    const revision = await db.revision.findFirstOrThrow({ where: { entityId: person.id } });
    expect(revision.after).toEqual(JSON.parse(JSON.stringify(person)));
  });

  it("refuses a second archive, and removes it in one call back to the database it found", async () => {
    const { db } = fixture;
    await expect(generateArchive(db, tiny)).rejects.toThrow(GenerateRefusedError);
    expect(await databaseChecksum(db)).toBe(withArchive);

    const requests = await db.revalidationRequest.count();
    expect(await removeGeneratedArchive(db)).toBe(true);
    expect(await databaseChecksum(db)).toBe(seeded);
    // A running site is told to drop every cached page, which listed the generated records.
    const refresh = await db.revalidationRequest.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    expect(await db.revalidationRequest.count()).toBe(requests + 1);
    expect(refresh.tags).toEqual(expect.arrayContaining(["meetings", "people", "documents"]));
    expect(await removeGeneratedArchive(db)).toBe(false);
  });

  it("generates the same database from the same seed, and another from another seed", async () => {
    const { db } = fixture;
    await generateArchive(db, tiny);
    expect(await databaseChecksum(db)).toBe(withArchive);
    await removeGeneratedArchive(db);
    await generateArchive(db, { ...tiny, seed: 8 });
    expect(await databaseChecksum(db)).not.toBe(withArchive);
    await removeGeneratedArchive(db);
    expect(await databaseChecksum(db)).toBe(seeded);
  });

  it("refuses to mix into a database holding edited records, unless forced", async () => {
    const { db } = fixture;
    const country = await db.country.findFirstOrThrow({ where: { iso2: "KZ" } });
    // An edit past the reference load's own versions (it completes the sample's countries in version 2).
    const version = country.version + 1;
    await db.country.update({ where: { id: country.id }, data: { version, demonyms: ["Kazakh"] } });
    await db.revision.create({
      data: { entityType: "country", entityId: country.id, version, after: { demonyms: ["Kazakh"] } },
    });
    const edited = await databaseChecksum(db);

    await expect(generateArchive(db, tiny)).rejects.toThrow(/edited.*--force/s);
    expect(await databaseChecksum(db)).toBe(edited);

    await generateArchive(db, tiny, { force: true });
    expect(await db.meeting.count({ where: { id: generated } })).toBe(20);
    await removeGeneratedArchive(db);
    expect(await databaseChecksum(db)).toBe(edited);
  });
});
