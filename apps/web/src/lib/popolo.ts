import type { Country, Identifier, LocalizedText, Organization, Source } from "@plenary/domain";
import { LICENCE } from "./licence";
import type { MeetingDetail } from "./types";

// Popolo (https://www.popoloproject.com/specs/) names: persons, organizations, posts, memberships (a person
// holding a post), events. A country is exported as an organization (classification "country"), so that the posts
// and memberships of heads of state have the organization_id Popolo expects. What Popolo has no word for sits
// under the `plenary` key — on the dataset (who attended an event in which capacity, the documents adopted, the
// presidencies handed over) and on single records — and is described on /data.

export const POPOLO_EXTENSION_FORMAT = "plenary.popolo/1";

type Json = Record<string, unknown>;

/** The records an export refers to beyond the meetings it holds (organizations up the tree, posts' countries). */
export interface PopoloReferences {
  organizations: readonly Organization[];
  countries: readonly Country[];
}

/** One meeting's file, or every published meeting's. */
export type PopoloScope = "meeting" | "dataset";

export interface PopoloExport {
  persons: Json[];
  organizations: Json[];
  posts: Json[];
  memberships: Json[];
  events: Json[];
  plenary: {
    format: typeof POPOLO_EXTENSION_FORMAT;
    documentation: string;
    licence: typeof LICENCE;
    /** What the file holds: one meeting (`event_id`) or every published meeting. */
    scope: { kind: "meeting"; event_id: string; url: string } | { kind: "dataset"; event_count: number };
    participations: Json[];
    documents: Json[];
    /** Presidencies that start or end at the exported events, each once, with the event at either end when public. */
    chairmanships: Json[];
  };
}

const otherLanguages = (text: LocalizedText) =>
  (["ru", "zh"] as const).flatMap((lang) => (text[lang] ? [{ name: text[lang]!, plenary: { lang } }] : []));
const popoloIdentifiers = (identifiers: readonly Identifier[]) =>
  identifiers.map(({ scheme, value }) => ({ scheme, identifier: value }));
/**
 * Popolo's Link needs a URL, and its note says what the link is: the title, its publisher and date as cited.
 * Everything known about every source (also those known only by title or text) is in the record's
 * `plenary.sources`.
 */
const popoloSources = (sources: readonly Source[]) =>
  sources.flatMap(({ url, title, publisher, publishedAt }) => {
    if (!url) return [];
    const note = [title, publisher, publishedAt].filter(Boolean).join(", ");
    return [{ url, note: note || null }];
  });
const plenarySources = (sources: readonly Source[]) =>
  sources.map(({ url, title, publisher, publishedAt, retrievedAt, language, note, text, archivedAt }) => ({
    url,
    title,
    publisher,
    published_at: publishedAt,
    retrieved_at: retrievedAt,
    language,
    note,
    archived_text: text,
    archived_at: archivedAt,
  }));
const timestamp = (date: Date) => date.toISOString();

/** The ids an export of these meetings refers to that the meetings do not carry in full. */
export function popoloReferenceIds(details: readonly MeetingDetail[]): {
  organizationIds: string[];
  countryIds: string[];
} {
  const organizationIds = new Set<string>();
  const countryIds = new Set<string>();
  for (const detail of details) {
    for (const organization of [detail.body, detail.organization])
      if (organization) organizationIds.add(organization.id);
    for (const { post, organization } of detail.participations) {
      if (organization) organizationIds.add(organization.id);
      if (post?.organizationId) organizationIds.add(post.organizationId);
      if (post?.countryId) countryIds.add(post.countryId);
    }
    for (const { chairmanship } of detail.chairmanships) organizationIds.add(chairmanship.organizationId);
    for (const { document } of detail.documents)
      if (document.adoptingBodyId) organizationIds.add(document.adoptingBodyId);
  }
  return { organizationIds: [...organizationIds], countryIds: [...countryIds] };
}

/** A list of records by id: `set` is called each time a record is met, with the same record while the data holds. */
export interface PopoloRecordsById {
  has(id: string): boolean;
  set(id: string, record: Json): unknown;
}

/**
 * Where a collector puts the records, in the order of the file: Maps and arrays for one object in memory
 * (`popoloFromMeetings`), or files written as the meetings are read (the bulk export).
 */
export interface PopoloLists {
  persons: PopoloRecordsById;
  organizations: PopoloRecordsById;
  posts: PopoloRecordsById;
  memberships: PopoloRecordsById;
  events: { push(record: Json): unknown };
  participations: { push(record: Json): unknown };
  documents: PopoloRecordsById;
  chairmanships: PopoloRecordsById;
}

/** What a Popolo file says about itself under `plenary`, before its lists. */
export function popoloHeader(
  { urlOf, scope }: { urlOf: (path: string) => string; scope: PopoloScope },
  first: MeetingDetail | undefined,
  eventCount: number,
): Omit<PopoloExport["plenary"], "participations" | "documents" | "chairmanships"> {
  return {
    format: POPOLO_EXTENSION_FORMAT,
    documentation: urlOf("/en/data"),
    licence: LICENCE,
    scope:
      scope === "meeting" && first
        ? { kind: "meeting", event_id: first.meeting.id, url: urlOf(`/en/meetings/${first.meeting.slug}`) }
        : { kind: "dataset", event_count: eventCount },
  };
}

/**
 * One meeting or many as a Popolo dataset; records shared between meetings appear once, and every id a record
 * refers to (parent_id, organization_id, person_id, post_id, event_id) names a record in the same file.
 */
export function popoloFromMeetings(
  details: readonly MeetingDetail[],
  references: PopoloReferences,
  { urlOf, scope }: { urlOf: (path: string) => string; scope: PopoloScope },
): PopoloExport {
  const lists = {
    persons: new Map<string, Json>(),
    organizations: new Map<string, Json>(),
    posts: new Map<string, Json>(),
    memberships: new Map<string, Json>(),
    events: [] as Json[],
    participations: [] as Json[],
    documents: new Map<string, Json>(),
    chairmanships: new Map<string, Json>(),
  };
  const collector = popoloCollector(lists, {
    urlOf,
    exportedEvents: new Set(details.map((d) => d.meeting.id)),
  });
  collector.addReferences(references);
  for (const detail of details) collector.add(detail);
  return {
    persons: [...lists.persons.values()],
    organizations: [...lists.organizations.values()],
    posts: [...lists.posts.values()],
    memberships: [...lists.memberships.values()],
    events: lists.events,
    plenary: {
      ...popoloHeader({ urlOf, scope }, details[0], lists.events.length),
      participations: lists.participations,
      documents: [...lists.documents.values()],
      chairmanships: [...lists.chairmanships.values()],
    },
  };
}

/**
 * Turns meetings, one at a time, into Popolo records put into `lists`. The organizations and countries a meeting
 * refers to beyond itself (`popoloReferenceIds`) must have been given to `addReferences` before it is added.
 * `exportedEvents`: the ids of every meeting the file will hold, for the presidencies' links.
 */
export function popoloCollector(
  {
    persons,
    organizations,
    posts,
    memberships,
    events,
    participations,
    documents,
    chairmanships,
  }: PopoloLists,
  { urlOf, exportedEvents }: { urlOf: (path: string) => string; exportedEvents: ReadonlySet<string> },
) {
  const knownOrganizations = new Map<string, Organization>();
  const countries = new Map<string, Country>();
  /** A term's event at either end, when that event is in this file. */
  const eventId = (id: string | null) => (id && exportedEvents.has(id) ? id : null);

  const addOrganization = (o: Organization) => {
    if (organizations.has(o.id)) return;
    const parent = o.parentId ? knownOrganizations.get(o.parentId) : undefined;
    organizations.set(o.id, {
      id: o.id,
      name: o.nameI18n.en,
      other_names: [...otherLanguages(o.nameI18n), ...o.otherNames.map((name) => ({ name }))],
      identifiers: popoloIdentifiers(o.identifiers),
      classification: o.classification,
      // A parent that is not public is left out rather than named by an id the file does not hold.
      parent_id: parent ? parent.id : null,
      founding_date: o.foundingDate,
      dissolution_date: o.dissolutionDate,
      links: [{ url: urlOf(`/en/organizations/${o.slug}`), note: "Plenary page" }],
      sources: popoloSources(o.sources),
      updated_at: timestamp(o.updatedAt),
    });
    if (parent) addOrganization(parent);
  };
  const addOrganizationById = (id: string | null) => {
    const organization = id ? knownOrganizations.get(id) : undefined;
    if (organization) addOrganization(organization);
    return organization?.id ?? null;
  };
  const addCountry = (c: Country) => {
    if (organizations.has(c.id)) return c.id;
    organizations.set(c.id, {
      id: c.id,
      name: c.nameI18n.en,
      other_names: [
        ...otherLanguages(c.nameI18n),
        ...(c.officialNameI18n ? [{ name: c.officialNameI18n.en, note: "official name" }] : []),
        ...c.otherNames.map((name) => ({ name })),
      ],
      identifiers: [
        { scheme: "iso3166_1_a2", identifier: c.iso2 },
        ...(c.iso3 ? [{ scheme: "iso3166_1_a3", identifier: c.iso3 }] : []),
        ...popoloIdentifiers(
          c.identifiers.filter((i) => i.scheme !== "iso3166_1_a2" && i.scheme !== "iso3166_1_a3"),
        ),
      ],
      classification: "country",
      links: [{ url: urlOf(`/en/countries/${c.slug}`), note: "Plenary page" }],
      sources: popoloSources(c.sources),
      updated_at: timestamp(c.updatedAt),
    });
    return c.id;
  };
  const addCountryById = (id: string | null) => {
    const country = id ? countries.get(id) : undefined;
    return country ? addCountry(country) : null;
  };

  const add = (detail: MeetingDetail) => {
    const { meeting } = detail;
    for (const organization of [detail.body, detail.organization])
      if (organization) addOrganization(knownOrganizations.get(organization.id) ?? organization);
    const hostCountryId = detail.hostCountry ? addCountry(detail.hostCountry) : null;
    const venueCountryId = detail.venueCountry ? addCountry(detail.venueCountry) : null;
    const place = [meeting.venue?.city?.en, detail.venueCountry?.nameI18n.en].filter(Boolean).join(", ");
    events.push({
      id: meeting.id,
      name: meeting.titleI18n.en,
      description: meeting.summaryI18n?.en ?? null,
      start_date: meeting.startDate,
      end_date: meeting.endDate,
      location: meeting.attendanceMode === "online" ? "online" : place || null,
      classification: meeting.classification,
      organization_id: meeting.bodyId && organizations.has(meeting.bodyId) ? meeting.bodyId : null,
      identifiers: popoloIdentifiers(meeting.identifiers),
      sources: popoloSources(meeting.sources),
      updated_at: timestamp(meeting.updatedAt),
      plenary: {
        url: urlOf(`/en/meetings/${meeting.slug}`),
        attendance_mode: meeting.attendanceMode,
        host_country_id: hostCountryId,
        venue_country_id: venueCountryId,
        sources: plenarySources(meeting.sources),
      },
    });
    for (const entry of detail.participations) {
      const { participation, person, post, occupancy, organization } = entry;
      persons.set(person.id, {
        id: person.id,
        name: person.nameI18n.en,
        other_names: [
          ...otherLanguages(person.nameI18n),
          ...person.otherNames.map((n) => ({
            name: n.name,
            note: n.note ?? null,
            ...(n.lang ? { plenary: { lang: n.lang } } : {}),
          })),
        ],
        identifiers: popoloIdentifiers(person.identifiers),
        given_name: person.givenName,
        family_name: person.familyName,
        sort_name: person.sortName,
        birth_date: person.birthDate,
        summary: person.summaryI18n?.en ?? null,
        links: [{ url: urlOf(`/en/people/${person.slug}`), note: "Plenary page" }],
        sources: popoloSources(person.sources),
        updated_at: timestamp(person.updatedAt),
      });
      if (organization) addOrganization(knownOrganizations.get(organization.id) ?? organization);
      const countryId = entry.country ? addCountry(entry.country) : null;
      const postOrganizationId = post
        ? (addOrganizationById(post.organizationId) ?? addCountryById(post.countryId))
        : null;
      if (post)
        posts.set(post.id, {
          id: post.id,
          label: post.labelI18n.en,
          other_label: [post.labelI18n.ru, post.labelI18n.zh].filter((label): label is string =>
            Boolean(label),
          ),
          role: post.role,
          organization_id: postOrganizationId,
          sources: popoloSources(post.sources),
          updated_at: timestamp(post.updatedAt),
        });
      if (occupancy && post)
        memberships.set(occupancy.id, {
          id: occupancy.id,
          label: post.labelI18n.en,
          role: post.role,
          person_id: person.id,
          organization_id: postOrganizationId,
          post_id: post.id,
          start_date: occupancy.startDate,
          end_date: occupancy.endDate,
          updated_at: timestamp(occupancy.updatedAt),
          ...(occupancy.qualifier ? { plenary: { qualifier: occupancy.qualifier } } : {}),
        });
      participations.push({
        event_id: meeting.id,
        person_id: person.id,
        post_id: post?.id ?? null,
        membership_id: occupancy && post ? occupancy.id : null,
        on_behalf_of_id: countryId ?? organization?.id ?? null,
        category: participation.category,
        role: participation.role,
        mode: participation.mode,
        protocol_order: participation.protocolOrder,
        title_as_stated: participation.titleAsStated,
      });
    }
    for (const { document } of detail.documents) {
      documents.set(document.id, {
        id: document.id,
        title: document.titleI18n.en,
        type: document.type,
        action: document.action,
        date: document.dateAdopted,
        event_id: meeting.id,
        adopting_organization_id: addOrganizationById(document.adoptingBodyId),
        identifiers: popoloIdentifiers(document.identifiers),
        url: urlOf(`/en/documents/${document.slug}`),
      });
    }
    for (const { chairmanship, country } of detail.chairmanships) {
      chairmanships.set(chairmanship.id, {
        id: chairmanship.id,
        organization_id: addOrganizationById(chairmanship.organizationId),
        country_id: addCountry(country),
        start_date: chairmanship.startDate,
        end_date: chairmanship.endDate,
        started_at_event_id: eventId(chairmanship.startedAtMeetingId),
        ended_at_event_id: eventId(chairmanship.endedAtMeetingId),
      });
    }
  };
  return {
    addReferences(references: PopoloReferences) {
      for (const organization of references.organizations)
        knownOrganizations.set(organization.id, organization);
      for (const country of references.countries) countries.set(country.id, country);
    },
    add,
  };
}
