import { documentSlug, meetingSlug, nameSlug } from "@plenary/domain";
import type { Db } from "../client";
import type { EntityType, Prisma } from "../generated/prisma/client";
import {
  countries,
  organizations,
  otherMemberships,
  people,
  posts,
  scoMemberships,
  topics,
} from "./reference-data";
import { loadMeetingRecord } from "../repositories/meeting-record-loader";
import * as record from "./sco-2020-11-10";

type Tx = Prisma.TransactionClient;

export interface SeedOptions {
  /** Load only the reference data, not the 10 November 2020 meeting (the press-release reader's tests need this). */
  referenceOnly?: boolean;
}

export interface SeedResult {
  created: number;
}

/**
 * Loads the reference data and the first summit record. Idempotent: records are found by their slug or natural
 * key and only missing ones are created, so a second run changes nothing. Each created record gets its first
 * revision, authored by nobody (the seed), so history starts at version 1.
 */
export async function seed(db: Db, options: SeedOptions = {}): Promise<SeedResult> {
  return db.$transaction(
    async (tx) => {
      const counter = { created: 0 };
      const ids = await seedReferenceData(tx, counter);
      if (!options.referenceOnly) await seedFirstMeeting(tx, ids, counter);
      return counter;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

interface Counter {
  created: number;
}

async function remember(
  tx: Tx,
  counter: Counter,
  entityType: EntityType,
  row: { id: string },
): Promise<string> {
  counter.created++;
  await tx.revision.create({
    data: {
      entityType,
      entityId: row.id,
      version: 1,
      before: undefined,
      after: row as unknown as Prisma.InputJsonValue,
    },
  });
  return row.id;
}

type ReferenceIds = Awaited<ReturnType<typeof seedReferenceData>>;

async function seedReferenceData(tx: Tx, counter: Counter) {
  const countryIds = new Map<string, string>();
  for (const country of countries) {
    const slug = nameSlug(country.name.en);
    // By ISO code, not slug: the reference load may have created the country under its own name's slug.
    const existing = await tx.country.findUnique({ where: { iso2: country.iso2 }, select: { id: true } });
    countryIds.set(
      country.iso2,
      existing?.id ??
        (await remember(
          tx,
          counter,
          "country",
          await tx.country.create({
            data: {
              slug,
              iso2: country.iso2,
              iso3: country.iso3,
              nameI18n: country.name,
              officialNameI18n: country.official,
              otherNames: [...country.otherNames],
              demonyms: [...country.demonyms],
            },
          }),
        )),
    );
  }

  const organizationIds = new Map<string, string>();
  for (const organization of organizations) {
    const existing = await tx.organization.findUnique({
      where: { slug: organization.slug },
      select: { id: true },
    });
    organizationIds.set(
      organization.slug,
      existing?.id ??
        (await remember(
          tx,
          counter,
          "organization",
          await tx.organization.create({
            data: {
              slug: organization.slug,
              nameI18n: organization.name,
              abbreviationI18n: organization.abbreviation ?? undefined,
              otherNames: [...organization.otherNames],
              classification: organization.classification,
              parentId: organization.parent ? organizationIds.get(organization.parent) : null,
              foundingDate: organization.foundingDate,
              officialLanguages: [...organization.officialLanguages],
            },
          }),
        )),
    );
  }
  const scoId = organizationIds.get("shanghai-cooperation-organisation")!;

  for (const membership of scoMemberships) {
    const countryId = countryIds.get(membership.country)!;
    const existing = await tx.orgMembership.findFirst({
      where: { organizationId: scoId, countryId, status: membership.status },
      select: { id: true },
    });
    if (!existing) {
      await remember(
        tx,
        counter,
        "org_membership",
        await tx.orgMembership.create({
          data: {
            organizationId: scoId,
            countryId,
            status: membership.status,
            startDate: membership.startDate,
          },
        }),
      );
    }
  }

  for (const membership of otherMemberships) {
    const organizationId = organizationIds.get(membership.organization)!;
    const countryId = countryIds.get(membership.country)!;
    const existing = await tx.orgMembership.findFirst({
      where: { organizationId, countryId, status: membership.status },
      select: { id: true },
    });
    if (!existing) {
      await remember(
        tx,
        counter,
        "org_membership",
        await tx.orgMembership.create({
          data: { organizationId, countryId, status: membership.status, startDate: membership.startDate },
        }),
      );
    }
  }

  const postIds = new Map<string, string>();
  for (const post of posts) {
    const existing = await tx.post.findUnique({ where: { slug: post.slug }, select: { id: true } });
    postIds.set(
      post.slug,
      existing?.id ??
        (await remember(
          tx,
          counter,
          "post",
          await tx.post.create({
            data: {
              slug: post.slug,
              labelI18n: { ...post.label },
              role: post.role,
              countryId: post.country ? countryIds.get(post.country) : null,
              organizationId: post.organization ? organizationIds.get(post.organization) : null,
            },
          }),
        )),
    );
  }

  const personIds = new Map<string, string>();
  const occupancyIds = new Map<string, string>();
  for (const person of people) {
    const existing = await tx.person.findUnique({ where: { slug: person.slug }, select: { id: true } });
    const personId =
      existing?.id ??
      (await remember(
        tx,
        counter,
        "person",
        await tx.person.create({
          data: {
            slug: person.slug,
            nameI18n: { ...person.name },
            givenName: person.givenName,
            familyName: person.familyName,
            sortName: person.sortName,
            otherNames: person.otherNames,
          },
        }),
      ));
    personIds.set(person.slug, personId);
    const postId = postIds.get(person.post)!;
    const occupancy = await tx.occupancy.findFirst({ where: { personId, postId }, select: { id: true } });
    occupancyIds.set(
      person.slug,
      occupancy?.id ??
        // The release gives no term dates; they stay unknown rather than filled from memory.
        (await remember(tx, counter, "occupancy", await tx.occupancy.create({ data: { personId, postId } }))),
    );
  }

  const topicIds = new Map<string, string>();
  for (const topic of topics) {
    const existing = await tx.topic.findUnique({ where: { slug: topic.slug }, select: { id: true } });
    topicIds.set(
      topic.slug,
      existing?.id ??
        (await remember(
          tx,
          counter,
          "topic",
          await tx.topic.create({
            data: { slug: topic.slug, labelI18n: { ...topic.label }, synonyms: topic.synonyms },
          }),
        )),
    );
  }

  const seriesOrganizationId = organizationIds.get(record.meetingSeries.organization)!;
  const existingSeries = await tx.meetingSeries.findFirst({
    where: {
      organizationId: seriesOrganizationId,
      nameI18n: { path: ["en"], equals: record.meetingSeries.name.en },
    },
    select: { id: true },
  });
  const seriesId =
    existingSeries?.id ??
    (await remember(
      tx,
      counter,
      "meeting_series",
      await tx.meetingSeries.create({
        data: { organizationId: seriesOrganizationId, nameI18n: record.meetingSeries.name },
      }),
    ));

  return { countryIds, organizationIds, postIds, personIds, occupancyIds, topicIds, seriesId };
}

async function seedFirstMeeting(tx: Tx, ids: ReferenceIds, counter: Counter): Promise<void> {
  const slug = meetingSlug(record.meeting.title.en, record.meeting.startDate);
  if (await tx.meeting.findUnique({ where: { slug }, select: { id: true } })) return;

  const bodyId = ids.organizationIds.get(record.meetingSeries.organization)!;
  const scoId = ids.organizationIds.get("shanghai-cooperation-organisation")!;
  const meetingId = await remember(
    tx,
    counter,
    "meeting",
    await tx.meeting.create({
      data: {
        slug,
        seriesId: ids.seriesId,
        bodyId,
        titleI18n: record.meeting.title,
        classification: "summit",
        startDate: record.meeting.startDate,
        endDate: record.meeting.endDate,
        attendanceMode: "online",
        hostCountryId: ids.countryIds.get(record.meeting.hostCountry)!,
        summaryI18n: { ...record.meeting.summary },
        status: "published",
        sources: [{ ...record.meeting.source, text: record.releaseText }],
        topics: { create: record.meetingTopics.map((topic) => ({ topicId: ids.topicIds.get(topic)! })) },
      },
    }),
  );

  await tx.participation.createMany({
    data: record.participations.map((participation, index) => ({
      meetingId,
      personId: ids.personIds.get(participation.person)!,
      occupancyId: ids.occupancyIds.get(participation.person)!,
      titleAsStated: participation.titleAsStated,
      representingCountryId: participation.country ? ids.countryIds.get(participation.country)! : null,
      representingOrganizationId: participation.organization
        ? ids.organizationIds.get(participation.organization)!
        : null,
      category: participation.category,
      role: participation.role,
      mode: participation.mode,
      protocolOrder: index + 1,
    })),
  });

  const documentIds = new Map<string, string>();
  for (const [index, document] of record.documents.entries()) {
    const date = document.atMeeting ? record.meeting.startDate : null;
    const created = await tx.document.create({
      data: {
        slug: documentSlug(document.title.en, date),
        titleI18n: { ...document.title },
        type: document.type,
        adoptingBodyId: document.atMeeting ? bodyId : null,
        meetingId: document.atMeeting ? meetingId : null,
        action: document.action,
        dateAdopted: date,
        validFrom: document.validFrom ?? null,
        validTo: document.validTo ?? null,
        listOrder: index + 1,
        status: "published",
        sources: document.atMeeting
          ? [{ title: record.meeting.source.title, publishedAt: record.meeting.source.publishedAt }]
          : [],
        actions: {
          create: document.actions.map((action) => ({
            type: action.type,
            planned: action.planned,
            date: action.planned ? null : date,
            actor: "actor" in action ? action.actor : null,
            reference: "reference" in action ? action.reference : null,
          })),
        },
        topics: { create: document.topics.map((topic) => ({ topicId: ids.topicIds.get(topic)! })) },
      },
    });
    documentIds.set(document.key, await remember(tx, counter, "document", created));
  }

  await tx.documentRelation.createMany({
    data: record.documentRelations.map((relation) => ({
      fromId: documentIds.get(relation.from)!,
      toId: documentIds.get(relation.to)!,
      type: relation.type,
    })),
  });
  await tx.outcomeTally.createMany({ data: record.tallies.map((tally) => ({ meetingId, ...tally })) });

  for (const chairmanship of record.chairmanships) {
    await remember(
      tx,
      counter,
      "chairmanship",
      await tx.chairmanship.create({
        data: {
          organizationId: scoId,
          countryId: ids.countryIds.get(chairmanship.country)!,
          startDate: chairmanship.startDate,
          endDate: chairmanship.endDate,
          startedAtMeetingId: chairmanship.at === "start" ? meetingId : null,
          endedAtMeetingId: chairmanship.at === "end" ? meetingId : null,
        },
      }),
    );
  }

  await tx.speech.createMany({
    data: record.speeches.map((speech, index) => ({
      meetingId,
      personId: ids.personIds.get(speech.person)!,
      kind: speech.kind,
      textI18n: speech.text ? { ...speech.text } : undefined,
      order: index + 1,
    })),
  });

  // The first revision holds the whole record, as every later one does, so that version 1 can be restored exactly.
  await tx.revision.update({
    where: { entityType_entityId_version: { entityType: "meeting", entityId: meetingId, version: 1 } },
    data: {
      after: JSON.parse(JSON.stringify(await loadMeetingRecord(tx, meetingId))) as Prisma.InputJsonValue,
    },
  });
}
