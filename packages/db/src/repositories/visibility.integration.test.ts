import { beforeAll, expect, it } from "vitest";
import { generateArchive } from "../generate";
import { describeEachDatabase } from "../testing";
import {
  PUBLIC_SQL,
  publicCountry,
  publicOrganization,
  publicPerson,
  publishedDocument,
  publishedMeeting,
} from "./visibility";

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

  it("selects the public organizations and countries", async () => {
    const { db } = fixture;
    // Hidden: an organization and a country nothing public refers to, a trashed country. Public: an organization
    // whose only reference is a body three levels down, and a country known only as a member of it.
    const top = await db.organization.create({
      data: { slug: "vis-top", nameI18n: { en: "Top" }, classification: "igo" },
    });
    let parentId = top.id;
    for (const level of [1, 2, 3]) {
      const body = await db.organization.create({
        data: {
          slug: `vis-body-${level}`,
          nameI18n: { en: `Body ${level}` },
          classification: "igo_organ",
          parentId,
        },
      });
      parentId = body.id;
    }
    const meeting = await db.meeting.findFirstOrThrow({ where: publishedMeeting, select: { id: true } });
    await db.meeting.update({ where: { id: meeting.id }, data: { bodyId: parentId } });
    await db.organization.create({
      data: { slug: "vis-alone", nameI18n: { en: "Alone" }, classification: "other" },
    });
    const member = await db.country.create({
      data: { slug: "vis-member", iso2: "0M", nameI18n: { en: "Member" } },
    });
    await db.orgMembership.create({
      data: { organizationId: top.id, countryId: member.id, status: "member" },
    });
    await db.country.create({ data: { slug: "vis-alone", iso2: "0A", nameI18n: { en: "Alone" } } });
    const trashed = await db.country.findFirstOrThrow({ where: publicCountry, select: { id: true } });
    await db.country.update({ where: { id: trashed.id }, data: { deletedAt: new Date() } });

    const organizations = ids(await db.organization.findMany({ where: publicOrganization, select, orderBy }));
    expect(organizations.length).toBeLessThan(await db.organization.count());
    expect(organizations).toContain(top.id);
    expect(await sqlIds("Organization")).toEqual(organizations);

    const countries = ids(await db.country.findMany({ where: publicCountry, select, orderBy }));
    expect(countries.length).toBeLessThan((await db.country.count()) - 1);
    expect(countries).toContain(member.id);
    expect(await sqlIds("Country")).toEqual(countries);
  });
});
