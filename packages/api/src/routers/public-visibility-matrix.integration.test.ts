import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { TRPCError } from "@trpc/server";
import type { Db } from "@plenary/db";
import { describeEachDatabase } from "@plenary/db/testing";
import { seed } from "@plenary/db/seed";
import { beforeAll, expect, it } from "vitest";
import {
  RECORD_KINDS,
  recordRoutes,
  unclassifiedRoutes,
  type RecordKind,
} from "../../../../tooling/testing/public-routes";
import { regenerateExports } from "../../../../apps/web/src/lib/bulk-exports";
import { createContext } from "../context";
import { createCaller } from "../root";

// The rule for what is public (README, "The domain model"), checked as a matrix: every record kind in every state
// (public, draft-only, trashed) against every public surface of the site, the list of surfaces taken from the web
// app's route tree. Each surface is read through the same api procedures its route calls, as the anonymous public.

type Api = ReturnType<typeof createCaller>;
type State = "public" | "draft" | "trashed";

interface Fixture {
  key: string;
  kind: RecordKind;
  state: State;
  id: string;
  slug: string;
  name: string;
  /** For the date archive, whose address is a year. */
  year?: string;
}

interface Surface {
  /** What the route reads, with the record its address selects when it has one. */
  read: (api: Api, subject: Fixture) => Promise<unknown>;
  /** The public fixtures the route shows (for a route with a subject: when the subject is the public one). */
  shows: string[];
}

/** The bulk files the site writes after each publication (Popolo JSON and CSV), as text. */
async function bulkExports(api: Api): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plenary-visibility-exports-"));
  try {
    const manifest = await regenerateExports(api, {
      dir,
      retentionDays: 1,
      urlOf: (address) => `https://plenary.example${address}`,
    });
    const current = manifest.versions.find((version) => version.version === manifest.current);
    return (current?.files ?? [])
      .map((file) => fs.readFileSync(path.join(dir, file.name), "utf8"))
      .join("\n");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function allMeetingSummaries(api: Api) {
  const all = [];
  for (let offset = 0; ; offset += 200) {
    const { items, total } = await api.meeting.list({ limit: 200, offset });
    all.push(...items);
    if (items.length === 0 || all.length >= total) return all;
  }
}

async function allMeetingDetails(api: Api) {
  const details = [];
  for (const { slug } of await allMeetingSummaries(api)) details.push(await api.meeting.bySlug({ slug }));
  return details;
}

const page = { limit: 200, offset: 0 };
const meetingPage = [
  "meeting:public",
  "person:public",
  "person:colleague",
  "country:public",
  "organization:public",
  "organization:parent",
  "post:public",
  "topic:public",
  "document:public",
];
const countryPage = [
  "country:public",
  "meeting:public",
  "person:public",
  "post:public",
  "organization:parent",
];
const organizationPage = ["organization:public", "organization:parent", "meeting:public"];
const personPage = ["person:public", "meeting:public", "post:public", "country:public"];
const registry = ["document:public", "meeting:public", "topic:public"];
/** The bulk files: Popolo and CSV carry no topics. */
const bulkFiles = meetingPage.filter((key) => key !== "topic:public");

/** One entry per route that shows records; the test fails when the route tree and this table disagree. */
/** Every public record has its address in the sitemap. */
const SITEMAP_SHOWS = [
  "meeting:public",
  "person:public",
  "country:public",
  "country:member",
  "organization:public",
  "organization:parent",
  "document:public",
  "topic:public",
];

function sitemapReads(api: Api) {
  return Promise.all([
    api.publicPages.sitemapRecords(),
    allMeetingSummaries(api),
    api.person.list(page),
    api.country.list(page),
    api.organization.list(page),
    api.publicPages.documents(page),
    api.publicPages.topics(),
    api.publicPages.archiveYears(),
  ]);
}

const SURFACES: Record<string, Surface> = {
  "/[locale]": {
    read: (api) => Promise.all([api.meeting.list({ limit: 20, offset: 0 }), api.organization.list(page)]),
    shows: ["meeting:public", "organization:public", "organization:parent"],
  },
  "/[locale]/archive": { read: (api) => api.publicPages.archiveYears(), shows: [] },
  "/[locale]/archive/[year]": {
    read: (api, meeting) => api.publicPages.archiveYear({ year: meeting.year! }),
    shows: ["meeting:public"],
  },
  "/[locale]/countries/[slug]": {
    read: (api, { slug }) => api.publicPages.country({ slug }),
    shows: countryPage,
  },
  "/[locale]/documents": { read: (api) => api.publicPages.documents(), shows: registry },
  // Counts per year and type only: no record is named, and no hidden one may be read.
  "/[locale]/documents/per-year.svg": {
    read: (api) => api.publicPages.documents({ limit: 1, offset: 0 }),
    shows: [],
  },
  "/[locale]/documents/[slug]": {
    read: (api, { slug }) => api.document.bySlug({ slug }),
    shows: ["document:public", "meeting:public"],
  },
  "/[locale]/meetings/[slug]": { read: (api, { slug }) => api.meeting.bySlug({ slug }), shows: meetingPage },
  "/[locale]/meetings/[slug]/map.svg": {
    read: (api, { slug }) => api.meeting.bySlug({ slug }),
    shows: meetingPage,
  },
  "/[locale]/organizations/[slug]": {
    read: (api, { slug }) => api.publicPages.organization({ slug }),
    shows: organizationPage,
  },
  "/[locale]/organizations/[slug]/chairmanships.svg": {
    read: (api, { slug }) => api.publicPages.organization({ slug }),
    shows: organizationPage,
  },
  "/[locale]/organizations/[slug]/members.svg": {
    read: (api, { slug }) => api.publicPages.organization({ slug }),
    shows: organizationPage,
  },
  "/[locale]/organizations/[slug]/documents-per-year.svg": {
    read: (api, { slug }) => api.publicPages.organization({ slug }),
    shows: organizationPage,
  },
  "/[locale]/people/[slug]": { read: (api, { slug }) => api.person.detail({ slug }), shows: personPage },
  "/[locale]/people/[slug]/posts.svg": {
    read: (api, { slug }) => api.person.detail({ slug }),
    shows: personPage,
  },
  "/[locale]/search": {
    read: (api) => api.search.all({ q: "Matrix" }),
    shows: ["meeting:public", "document:public", "person:public", "country:public", "organization:public"],
  },
  "/[locale]/topics": { read: (api) => api.publicPages.topics(), shows: ["topic:public"] },
  "/[locale]/topics/[slug]": {
    read: (api, { slug }) => api.publicPages.topic({ slug }),
    shows: ["topic:public", "meeting:public", "document:public"],
  },
  "/api/v1/countries": {
    read: (api) => api.country.page({ limit: 200 }),
    shows: ["country:public", "country:member"],
  },
  "/api/v1/countries/[slug]": {
    read: (api, { slug }) => api.publicPages.country({ slug }),
    shows: countryPage,
  },
  "/api/v1/documents": { read: (api) => api.document.page({ limit: 200 }), shows: registry },
  "/api/v1/documents.csv": { read: (api) => api.publicPages.documents(page), shows: registry },
  "/api/v1/documents/[slug]": {
    read: (api, { slug }) => api.document.bySlug({ slug }),
    shows: ["document:public", "meeting:public"],
  },
  "/api/v1/exports": { read: bulkExports, shows: bulkFiles },
  "/api/v1/exports/[file]": { read: bulkExports, shows: bulkFiles },
  "/api/v1/meetings": {
    read: (api) => api.meeting.page({ limit: 200 }),
    shows: ["meeting:public", "organization:public"],
  },
  "/api/v1/meetings/[slug]": { read: (api, { slug }) => api.meeting.bySlug({ slug }), shows: meetingPage },
  "/api/v1/meetings/[slug]/participants.csv": {
    read: (api, { slug }) => api.meeting.bySlug({ slug }),
    shows: meetingPage,
  },
  "/api/v1/meetings/[slug]/popolo": {
    read: (api, { slug }) => api.meeting.bySlug({ slug }),
    shows: meetingPage,
  },
  "/api/v1/organizations": {
    read: (api) => api.organization.page({ limit: 200 }),
    shows: ["organization:public", "organization:parent"],
  },
  "/api/v1/organizations/[slug]": {
    read: (api, { slug }) => api.publicPages.organization({ slug }),
    shows: organizationPage,
  },
  "/api/v1/people": {
    read: (api) => api.person.page({ limit: 200 }),
    shows: ["person:public", "person:colleague"],
  },
  "/api/v1/people/[slug]": { read: (api, { slug }) => api.person.detail({ slug }), shows: personPage },
  "/api/v1/popolo": { read: allMeetingDetails, shows: meetingPage },
  "/feeds/countries/[slug]": {
    read: (api, { slug }) => api.publicPages.country({ slug }),
    shows: countryPage,
  },
  "/feeds/meetings": { read: allMeetingSummaries, shows: ["meeting:public"] },
  "/feeds/organizations/[slug]": {
    read: (api, { slug }) => api.publicPages.organization({ slug }),
    shows: organizationPage,
  },
  "/feeds/people/[slug]": { read: (api, { slug }) => api.person.detail({ slug }), shows: personPage },
  // The sitemap and its files past 50,000 URLs read one list of every public record (slugs only, so it must hold no
  // hidden record's slug); the lists beside it name the same records, so that presence is checked by name too.
  "/sitemap.xml": { read: sitemapReads, shows: SITEMAP_SHOWS },
  "/sitemaps/[file]": { read: sitemapReads, shows: SITEMAP_SHOWS },
};

/** What a route answers, as text; a record that is not public is a 404, which shows nothing. */
async function answer(read: () => Promise<unknown>): Promise<string> {
  try {
    return JSON.stringify(await read());
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") return "";
    throw error;
  }
}

/**
 * Every kind in every state, plus the records a public one brings along (the parent organization, a member
 * country). Draft-only records are referred to only by a draft meeting (or are one); trashed records are referred
 * to by the public meeting and its document.
 */
async function buildFixtures(db: Db): Promise<Map<string, Fixture>> {
  const fixtures = new Map<string, Fixture>();
  const add = (
    kind: RecordKind,
    state: State,
    variant: string,
    row: { id: string; slug: string },
    name: string,
    year?: string,
  ) =>
    fixtures.set(`${kind}:${variant}`, {
      key: `${kind}:${variant}`,
      kind,
      state,
      id: row.id,
      slug: row.slug,
      name,
      year,
    });
  const trashed = { deletedAt: new Date() };

  const organization = async (variant: string, state: State, parentId?: string) => {
    const name = `Matrix organization ${variant}`;
    const row = await db.organization.create({
      data: {
        slug: `matrix-organization-${variant}`,
        nameI18n: { en: name },
        classification: parentId ? "igo_organ" : "igo",
        parentId,
        ...(state === "trashed" ? trashed : {}),
      },
    });
    add("organization", state, variant, row, name);
    return row;
  };
  const parent = await organization("parent", "public");
  const body = await organization("public", "public", parent.id);
  const draftBody = await organization("draft", "draft");
  const trashedOrganization = await organization("trashed", "trashed");

  const country = async (variant: string, state: State, iso2: string) => {
    const name = `Matrix country ${variant}`;
    const row = await db.country.create({
      data: {
        slug: `matrix-country-${variant}`,
        iso2,
        nameI18n: { en: name },
        ...(state === "trashed" ? trashed : {}),
      },
    });
    add("country", state, variant, row, name);
    return row;
  };
  const publicCountry = await country("public", "public", "XA");
  const memberCountry = await country("member", "public", "XB");
  const draftCountry = await country("draft", "draft", "XC");
  const trashedCountry = await country("trashed", "trashed", "XD");
  await db.orgMembership.createMany({
    data: [memberCountry, trashedCountry].map((c) => ({
      organizationId: parent.id,
      countryId: c.id,
      status: "member" as const,
      startDate: "2001-06-15",
    })),
  });

  const topic = async (state: State) => {
    const name = `Matrix topic ${state}`;
    const row = await db.topic.create({
      data: {
        slug: `matrix-topic-${state}`,
        labelI18n: { en: name },
        ...(state === "trashed" ? trashed : {}),
      },
    });
    add("topic", state, state, row, name);
    return row;
  };
  const [publicTopic, draftTopic, trashedTopic] = [
    await topic("public"),
    await topic("draft"),
    await topic("trashed"),
  ];

  const post = async (state: State) => {
    const name = `Matrix post ${state}`;
    const row = await db.post.create({
      data: {
        slug: `matrix-post-${state}`,
        labelI18n: { en: name },
        role: "head_of_state",
        countryId: publicCountry.id,
        ...(state === "trashed" ? trashed : {}),
      },
    });
    add("post", state, state, row, name);
    return row;
  };
  const [publicPost, draftPost, trashedPost] = [
    await post("public"),
    await post("draft"),
    await post("trashed"),
  ];

  const person = async (variant: string, state: State) => {
    const name = `Matrix person ${variant}`;
    const row = await db.person.create({
      data: {
        slug: `matrix-person-${variant}`,
        nameI18n: { en: name },
        otherNames: [],
        ...(state === "trashed" ? trashed : {}),
      },
    });
    add("person", state, variant, row, name);
    return row;
  };
  const publicPerson = await person("public", "public");
  const colleague = await person("colleague", "public");
  const draftPerson = await person("draft", "draft");
  const trashedPerson = await person("trashed", "trashed");

  const meeting = async (
    state: State,
    data: {
      bodyId: string;
      startDate: string;
      status: "draft" | "published";
      topicIds: string[];
      hostCountryId?: string;
      venueCountryId?: string;
    },
  ) => {
    const name = `Matrix meeting ${state}`;
    const { topicIds, ...fields } = data;
    const row = await db.meeting.create({
      data: {
        ...fields,
        slug: `matrix-meeting-${state}`,
        titleI18n: { en: name },
        classification: "summit",
        attendanceMode: "in_person",
        endDate: fields.startDate,
        topics: { create: topicIds.map((topicId) => ({ topicId })) },
        ...(state === "trashed" ? trashed : {}),
      },
    });
    add("meeting", state, state, row, name, fields.startDate.slice(0, 4));
    return row;
  };
  const publicMeeting = await meeting("public", {
    bodyId: body.id,
    startDate: "2032-03-03",
    status: "published",
    topicIds: [publicTopic.id, trashedTopic.id],
    hostCountryId: publicCountry.id,
    venueCountryId: trashedCountry.id,
  });
  const draftMeeting = await meeting("draft", {
    bodyId: draftBody.id,
    startDate: "2032-04-04",
    status: "draft",
    topicIds: [draftTopic.id],
    hostCountryId: draftCountry.id,
  });
  await meeting("trashed", {
    bodyId: body.id,
    startDate: "2032-05-05",
    status: "published",
    topicIds: [publicTopic.id],
  });

  const occupancy = (personId: string, postId: string) => db.occupancy.create({ data: { personId, postId } });
  const participation = (meetingId: string, personId: string, protocolOrder: number, extra: object = {}) =>
    db.participation.create({
      data: {
        meetingId,
        personId,
        protocolOrder,
        titleAsStated: "As stated",
        category: "member_state",
        role: "participant",
        mode: "in_person",
        ...extra,
      },
    });
  await participation(publicMeeting.id, publicPerson.id, 1, {
    occupancyId: (await occupancy(publicPerson.id, publicPost.id)).id,
    representingCountryId: publicCountry.id,
  });
  // Held by the public person, but only a draft names it: the person's page must not list it.
  await occupancy(publicPerson.id, draftPost.id);
  await participation(publicMeeting.id, colleague.id, 2, {
    occupancyId: (await occupancy(colleague.id, trashedPost.id)).id,
    representingOrganizationId: trashedOrganization.id,
  });
  await participation(publicMeeting.id, trashedPerson.id, 3);
  await db.speech.create({
    data: { meetingId: publicMeeting.id, personId: trashedPerson.id, kind: "speech", order: 1 },
  });
  await participation(draftMeeting.id, draftPerson.id, 1, {
    occupancyId: (await occupancy(draftPerson.id, draftPost.id)).id,
  });
  // A term that started at the draft meeting and ended at the public one: the draft's id must never show.
  await db.chairmanship.create({
    data: {
      organizationId: parent.id,
      countryId: publicCountry.id,
      startDate: "2032-04-04",
      endDate: "2032-03-03",
      startedAtMeetingId: draftMeeting.id,
      endedAtMeetingId: publicMeeting.id,
    },
  });

  const document = async (
    variant: string,
    state: State,
    data: { meetingId: string; status: "draft" | "published"; adoptingBodyId?: string; topicIds?: string[] },
  ) => {
    const name = `Matrix document ${variant}`;
    const { topicIds = [], ...fields } = data;
    const row = await db.document.create({
      data: {
        ...fields,
        slug: `matrix-document-${variant}`,
        titleI18n: { en: name },
        type: "declaration",
        action: "adopted",
        dateAdopted: "2032-03-03",
        topics: { create: topicIds.map((topicId) => ({ topicId })) },
        ...(state === "trashed" ? trashed : {}),
      },
    });
    add("document", state, variant, row, name);
    return row;
  };
  const publicDocument = await document("public", "public", {
    meetingId: publicMeeting.id,
    status: "published",
    adoptingBodyId: trashedOrganization.id,
    topicIds: [publicTopic.id],
  });
  const draftDocument = await document("draft", "draft", { meetingId: publicMeeting.id, status: "draft" });
  // Published, but its meeting is a draft: not public until the meeting is.
  const hiddenDocument = await document("of-a-hidden-meeting", "draft", {
    meetingId: draftMeeting.id,
    status: "published",
    topicIds: [draftTopic.id],
  });
  const trashedDocument = await document("trashed", "trashed", {
    meetingId: publicMeeting.id,
    status: "published",
    topicIds: [publicTopic.id],
  });
  await db.documentRelation.createMany({
    data: [draftDocument, hiddenDocument, trashedDocument].map((other) => ({
      fromId: publicDocument.id,
      toId: other.id,
      type: "references" as const,
    })),
  });
  return fixtures;
}

describeEachDatabase(
  "what is public: every record kind in every state, on every public surface of the site",
  (fixture) => {
    let api: Api;
    let fixtures: Map<string, Fixture>;

    beforeAll(async () => {
      await seed(fixture.db);
      fixtures = await buildFixtures(fixture.db);
      api = createCaller(createContext({ db: fixture.db, user: null }));
    });

    it("covers every route of the web app's route tree, and each kind in each state", () => {
      expect(unclassifiedRoutes()).toEqual({ unclassified: [], stale: [] });
      expect(Object.keys(SURFACES).sort()).toEqual(recordRoutes().map((route) => route.path));
      for (const kind of RECORD_KINDS) {
        expect([...fixtures.values()].filter((f) => f.kind === kind).map((f) => f.state)).toEqual(
          expect.arrayContaining(["public", "draft", "trashed"]),
        );
      }
    });

    it.each(recordRoutes().map((route) => [route.path, route.subject] as const))(
      "%s shows public records only",
      async (path, subjectKind) => {
        const surface = SURFACES[path];
        if (!surface) throw new Error(`No reads listed for ${path}: add it to SURFACES.`);
        const hidden = [...fixtures.values()].filter((f) => f.state !== "public");
        const subjects = subjectKind
          ? [...fixtures.values()].filter((f) => f.kind === subjectKind)
          : [fixtures.get("meeting:public")!];
        for (const subject of subjects) {
          const text = await answer(() => surface.read(api, subject));
          for (const record of hidden) {
            for (const token of [record.id, record.slug, record.name])
              expect(text, `${path} for ${subject.key} shows ${record.key} (${token})`).not.toContain(token);
          }
          if (subject.state === "public" && (!subjectKind || subject.key === `${subjectKind}:public`)) {
            for (const key of surface.shows)
              expect(text, `${path} for ${subject.key} leaves out ${key}`).toContain(fixtures.get(key)!.name);
          }
        }
      },
    );
  },
);
