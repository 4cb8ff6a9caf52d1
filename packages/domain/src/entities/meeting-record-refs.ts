import type { EditableMeeting } from "./meeting-record";

/** The kinds of record a meeting record refers to by id. */
export type MeetingRefKind = "person" | "country" | "organization" | "occupancy" | "topic" | "series";

/** One reference of a meeting record: which kind, which id, and the field that holds it. */
export interface MeetingRecordRef {
  kind: MeetingRefKind;
  id: string;
  path: (string | number)[];
}

/**
 * Every id a meeting record refers to, with the field that holds it: the one list that checking references,
 * exporting a meeting with what it links to, and merging records rely on. Empty links are left out.
 */
export function meetingRecordRefs(record: EditableMeeting): MeetingRecordRef[] {
  const refs: MeetingRecordRef[] = [];
  const ref = (kind: MeetingRefKind, id: string | null | undefined, path: (string | number)[]) => {
    if (id) refs.push({ kind, id, path });
  };
  ref("series", record.seriesId, ["seriesId"]);
  ref("organization", record.bodyId, ["bodyId"]);
  ref("country", record.hostCountryId, ["hostCountryId"]);
  ref("country", record.venue?.countryId, ["venue", "countryId"]);
  record.topicIds.forEach((id, i) => ref("topic", id, ["topicIds", i]));
  record.participations.forEach((p, i) => {
    ref("person", p.personId, ["participations", i, "personId"]);
    ref("occupancy", p.occupancyId, ["participations", i, "occupancyId"]);
    ref("country", p.representingCountryId, ["participations", i, "representingCountryId"]);
    ref("organization", p.representingOrganizationId, ["participations", i, "representingOrganizationId"]);
  });
  record.documents.forEach((d, i) => {
    ref("organization", d.adoptingBodyId, ["documents", i, "adoptingBodyId"]);
    d.topicIds.forEach((id, j) => ref("topic", id, ["documents", i, "topicIds", j]));
  });
  record.chairmanships.forEach((c, i) => {
    ref("organization", c.organizationId, ["chairmanships", i, "organizationId"]);
    ref("country", c.countryId, ["chairmanships", i, "countryId"]);
  });
  record.speeches.forEach((s, i) => ref("person", s.personId, ["speeches", i, "personId"]));
  return refs;
}

/** The distinct ids of one kind a meeting record refers to. */
export function meetingRecordIds(record: EditableMeeting, kind: MeetingRefKind): string[] {
  return [...new Set(meetingRecordRefs(record).flatMap((r) => (r.kind === kind ? [r.id] : [])))];
}
