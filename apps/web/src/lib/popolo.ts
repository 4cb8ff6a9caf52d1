import type { LocalizedText } from "@plenary/domain";
import { LICENCE } from "./licence";
import type { MeetingDetail } from "./types";

// Popolo (https://www.popoloproject.com/specs/) names: persons, organizations, posts, memberships (a person
// holding a post), events. What Popolo has no word for — who attended an event in which capacity, the documents
// adopted, the rotating presidencies handed over at it — is kept under `participations`, `documents` and
// `chairmanships`, keyed by the same ids.

const name = (text: LocalizedText) => text.en;
const otherLanguages = (text: LocalizedText) =>
  (["ru", "zh"] as const).flatMap((lang) => (text[lang] ? [{ name: text[lang]!, lang }] : []));

export interface PopoloExport {
  licence: typeof LICENCE;
  persons: object[];
  organizations: object[];
  posts: object[];
  memberships: object[];
  events: object[];
  participations: object[];
  documents: object[];
  /** Presidencies that start or end at the exported events, each once, with the event at either end when public. */
  chairmanships: object[];
}

/** One meeting or many as a Popolo dataset; records shared between meetings appear once. */
export function popoloFromMeetings(details: readonly MeetingDetail[], urlOf: (path: string) => string): PopoloExport {
  const persons = new Map<string, object>();
  const organizations = new Map<string, object>();
  const posts = new Map<string, object>();
  const memberships = new Map<string, object>();
  const documents = new Map<string, object>();
  const chairmanships = new Map<string, object>();
  const events: object[] = [];
  const participations: object[] = [];

  const addOrganization = (o: NonNullable<MeetingDetail["body"]>) =>
    organizations.set(o.id, {
      id: o.id,
      name: name(o.nameI18n),
      other_names: [...otherLanguages(o.nameI18n), ...o.otherNames.map((n) => ({ name: n }))],
      classification: o.classification,
      parent_id: o.parentId ?? undefined,
      founding_date: o.foundingDate ?? undefined,
      identifiers: o.identifiers,
      links: [{ url: urlOf(`/en/organizations/${o.slug}`), note: "Plenary page" }],
    });

  for (const detail of details) {
    const { meeting } = detail;
    if (detail.body) addOrganization(detail.body);
    if (detail.organization) addOrganization(detail.organization);
    events.push({
      id: meeting.id,
      name: name(meeting.titleI18n),
      classification: meeting.classification,
      start_date: meeting.startDate ?? undefined,
      end_date: meeting.endDate ?? undefined,
      organization_id: meeting.bodyId ?? undefined,
      attendance_mode: meeting.attendanceMode,
      host_country: detail.hostCountry?.iso2,
      sources: meeting.sources.map(({ url, title, publishedAt }) => ({ url, note: title, published_at: publishedAt })),
      links: [{ url: urlOf(`/en/meetings/${meeting.slug}`), note: "Plenary page" }],
    });
    for (const entry of detail.participations) {
      const { participation, person, post, occupancy, organization } = entry;
      persons.set(person.id, {
        id: person.id,
        name: name(person.nameI18n),
        given_name: person.givenName ?? undefined,
        family_name: person.familyName ?? undefined,
        sort_name: person.sortName ?? undefined,
        other_names: [...otherLanguages(person.nameI18n), ...person.otherNames.map((n) => ({ name: n.name, note: n.note }))],
        identifiers: person.identifiers,
        links: [{ url: urlOf(`/en/people/${person.slug}`), note: "Plenary page" }],
      });
      if (organization) addOrganization(organization);
      if (post) posts.set(post.id, { id: post.id, label: name(post.labelI18n), role: post.role, organization_id: post.organizationId ?? undefined });
      if (occupancy && post)
        memberships.set(occupancy.id, {
          id: occupancy.id,
          person_id: person.id,
          post_id: post.id,
          organization_id: post.organizationId ?? undefined,
          start_date: occupancy.startDate ?? undefined,
          end_date: occupancy.endDate ?? undefined,
        });
      participations.push({
        event_id: meeting.id,
        person_id: person.id,
        post_id: post?.id,
        on_behalf_of: entry.country?.iso2 ?? organization?.id,
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
        title: name(document.titleI18n),
        type: document.type,
        action: document.action,
        date: document.dateAdopted ?? undefined,
        event_id: meeting.id,
        links: [{ url: urlOf(`/en/documents/${document.slug}`), note: "Plenary page" }],
      });
    }
    for (const { chairmanship, country } of detail.chairmanships) {
      chairmanships.set(chairmanship.id, {
        id: chairmanship.id,
        organization_id: chairmanship.organizationId,
        country: country.iso2,
        start_date: chairmanship.startDate,
        end_date: chairmanship.endDate ?? undefined,
        started_at_event_id: chairmanship.startedAtMeetingId ?? undefined,
        ended_at_event_id: chairmanship.endedAtMeetingId ?? undefined,
      });
    }
  }
  return {
    licence: LICENCE,
    persons: [...persons.values()],
    organizations: [...organizations.values()],
    posts: [...posts.values()],
    memberships: [...memberships.values()],
    events,
    participations,
    documents: [...documents.values()],
    chairmanships: [...chairmanships.values()],
  };
}
