import { beforeAll, expect, it } from "vitest";
import { generateArchive } from "../generate";
import { describeEachDatabase } from "../testing";
import { PUBLIC_SQL, publicPerson, publishedDocument, publishedMeeting } from "./visibility";

// Public search applies the public rule in SQL (PUBLIC_SQL) for the tables it ranks in one statement; every other
// public read uses the Prisma filters. Both must select exactly the same rows, on an archive with hidden records of
// every kind the rule tells apart.
describeEachDatabase("the public rule in SQL", (fixture) => {
  beforeAll(async () => {
    const { db } = fixture;
    await generateArchive(db, {
      seed: 5,
      meetings: 60,
      people: 400,
      documents: 300,
      organizations: 4,
      years: 3,
    });
    const meetings = await db.meeting.findMany({ orderBy: { id: "asc" }, select: { id: true } });
    // A draft, an archived and a trashed meeting: their documents and their only participants drop out.
    await db.meeting.update({ where: { id: meetings[0]!.id }, data: { status: "draft" } });
    await db.meeting.update({ where: { id: meetings[1]!.id }, data: { status: "archived" } });
    await db.meeting.update({ where: { id: meetings[2]!.id }, data: { deletedAt: new Date() } });
    // A draft and a trashed document of a public meeting, a document of no meeting, a trashed person.
    const documents = await db.document.findMany({
      where: { meetingId: meetings[5]!.id },
      take: 2,
      select: { id: true },
    });
    await db.document.update({ where: { id: documents[0]!.id }, data: { status: "draft" } });
    await db.document.update({ where: { id: documents[1]!.id }, data: { deletedAt: new Date() } });
    await db.document.create({
      data: {
        slug: "a-document-of-no-meeting",
        titleI18n: { en: "Alone" },
        type: "report",
        action: "adopted",
        status: "published",
      },
    });
    const participant = await db.participation.findFirstOrThrow({ where: { meetingId: meetings[6]!.id } });
    await db.person.update({ where: { id: participant.personId }, data: { deletedAt: new Date() } });
    // People known only from a speech, at a public and at a draft meeting.
    for (const [i, meeting] of [meetings[7]!, meetings[0]!].entries()) {
      const person = await db.person.create({
        data: { slug: `speaker-only-${i}`, nameI18n: { en: `Speaker Only ${i}` } },
      });
      await db.speech.create({
        data: { meetingId: meeting.id, personId: person.id, kind: "speech", order: 1000 + i },
      });
    }
  });

  const sqlIds = async (table: keyof typeof PUBLIC_SQL) =>
    (
      await fixture.db.$queryRawUnsafe<{ id: string }[]>(
        `select t.id from "${table}" t where ${PUBLIC_SQL[table]} order by t.id`,
      )
    ).map((row) => row.id);
  const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
  const select = { id: true } as const;
  const orderBy = { id: "asc" } as const;

  it("selects the public meetings", async () => {
    const expected = ids(await fixture.db.meeting.findMany({ where: publishedMeeting, select, orderBy }));
    expect(expected.length).toBeLessThan(await fixture.db.meeting.count());
    expect(await sqlIds("Meeting")).toEqual(expected);
  });

  it("selects the public documents", async () => {
    const expected = ids(await fixture.db.document.findMany({ where: publishedDocument, select, orderBy }));
    expect(expected.length).toBeLessThan(await fixture.db.document.count());
    expect(expected.length).toBeGreaterThan(0);
    expect(await sqlIds("Document")).toEqual(expected);
  });

  it("selects the public people", async () => {
    const expected = ids(await fixture.db.person.findMany({ where: publicPerson, select, orderBy }));
    expect(expected.length).toBeLessThan(await fixture.db.person.count());
    expect(expected).toContain(
      (await fixture.db.person.findUniqueOrThrow({ where: { slug: "speaker-only-0" } })).id,
    );
    expect(await sqlIds("Person")).toEqual(expected);
  });
});
