import {
  checkMeeting,
  checkRecordDuplicates,
  meetingRecordRefs,
  termLinksAt,
  type EditableMeeting,
  type RuleIssue,
} from "@plenary/domain";
import { PENDING_MEETING_ID, type MeetingRecordFacts } from "./meeting-record-loader";

/*
 * The check step of saving a meeting record: every rule over the record as it will be stored, as a pure function of
 * the record and the facts the load step read (meeting-record-loader.ts). Nothing here reads or writes.
 */

function issue(path: (string | number)[], code: string, message: string): RuleIssue {
  return { rule: "record", code, severity: "error", path, message };
}

/**
 * Every id the record refers to must name a stored record; otherwise the save would fail half-way on a foreign
 * key. Reported per field, like every other rule.
 */
function missingReferences(record: EditableMeeting, facts: MeetingRecordFacts): RuleIssue[] {
  return meetingRecordRefs(record)
    .filter(({ kind, id }) => !facts.existing[kind].has(id))
    .map(({ kind, id, path }) =>
      issue(path, "missing_reference", `No ${kind} ${id} exists: pick one from the list.`),
    );
}

/** Documents listed by id must exist and not be in the trash; terms listed by id must exist. */
function missingStoredRows(record: EditableMeeting, facts: MeetingRecordFacts): RuleIssue[] {
  const issues: RuleIssue[] = [];
  record.documents.forEach((doc, i) => {
    const stored = doc.id ? facts.documents.get(doc.id) : undefined;
    if (doc.id && (!stored || stored.deletedAt))
      issues.push(
        issue(
          ["documents", i, "id"],
          "missing_reference",
          `No document ${doc.id} exists (or it is in the trash).`,
        ),
      );
  });
  record.chairmanships.forEach((chair, i) => {
    if (chair.id && !facts.ownChairs.has(chair.id))
      issues.push(
        issue(["chairmanships", i, "id"], "missing_reference", `No chairmanship ${chair.id} exists.`),
      );
  });
  return issues;
}

/**
 * A stored document joins this meeting's package only from nowhere else, and never to be hidden by it:
 * - one listed in another meeting's package stays there until it is taken out of that package (by saving that
 *   meeting), so that no save changes another meeting's record behind its version and its history;
 * - one recorded on its own and public stays public: a meeting not yet published would hide it (a document shows
 *   publicly only with its meeting), so it joins once the meeting is published.
 */
function documentsTakenFromElsewhere(record: EditableMeeting, facts: MeetingRecordFacts): RuleIssue[] {
  const meetingId = facts.before?.id;
  const meetingPublished = facts.before?.status === "published";
  const issues: RuleIssue[] = [];
  record.documents.forEach((doc, i) => {
    const stored = doc.id ? facts.documents.get(doc.id) : undefined;
    if (!stored || stored.deletedAt) return;
    if (stored.meetingId !== null && stored.meetingId !== meetingId)
      issues.push(
        issue(
          ["documents", i, "id"],
          "document_of_another_meeting",
          "This document is listed at another meeting: take it out of that meeting's documents first.",
        ),
      );
    else if (stored.meetingId === null && stored.status === "published" && !meetingPublished)
      issues.push(
        issue(
          ["documents", i, "id"],
          "published_document_into_draft",
          "This document is public on its own; listing it at a meeting not yet published would hide it. Publish the meeting first.",
        ),
      );
  });
  return issues;
}

/**
 * A relation points to a document of the package (by key) or to a stored document outside it (by id), never to its
 * own document.
 */
function relationIssues(record: EditableMeeting, facts: MeetingRecordFacts): RuleIssue[] {
  // What each usable document of the package will be stored as: its id, or (new) a placeholder of its own.
  const storedAs = new Map<string, string>();
  for (const doc of record.documents) {
    const usable = !doc.id || (facts.documents.get(doc.id) && !facts.documents.get(doc.id)!.deletedAt);
    if (usable) storedAs.set(doc.key, doc.id ?? `new:${doc.key}`);
  }
  const issues: RuleIssue[] = [];
  record.documents.forEach((doc, i) => {
    const fromId = storedAs.get(doc.key);
    if (!fromId) return;
    doc.relations.forEach((relation, j) => {
      const toId =
        storedAs.get(relation.to) ?? (facts.externalDocuments.has(relation.to) ? relation.to : null);
      if (!toId)
        issues.push(
          issue(
            ["documents", i, "relations", j, "to"],
            "missing_reference",
            "The related document does not exist: pick one from the list.",
          ),
        );
      else if (toId === fromId)
        issues.push(
          issue(
            ["documents", i, "relations", j, "to"],
            "self_relation",
            "A document cannot relate to itself.",
          ),
        );
    });
  });
  return issues;
}

/**
 * Every rule over the record as it will be stored, errors and warnings, without writing anything: a pure function
 * of the record and the facts `loadCheckFacts` read.
 */
export function checkMeetingRecord(record: EditableMeeting, facts: MeetingRecordFacts): RuleIssue[] {
  const { before, slug } = facts;
  if (before && record.version === undefined)
    return [
      issue(["version"], "version_required", "Say which version of the meeting the edit started from."),
    ];
  const meetingId = before?.id ?? PENDING_MEETING_ID;
  // Each term in the record as it will be stored: this meeting at the end the editor chose, the meeting at its other
  // end kept, so that rule 5 checks both ends' dates.
  const chairFacts = record.chairmanships.map((c) => ({
    ...c,
    ...termLinksAt(c.at, meetingId, c.id ? facts.ownChairs.get(c.id) : undefined),
  }));
  return [
    ...missingReferences(record, facts),
    ...missingStoredRows(record, facts),
    ...documentsTakenFromElsewhere(record, facts),
    ...relationIssues(record, facts),
    ...checkRecordDuplicates(record),
    ...checkMeeting({
      meeting: { ...record, id: meetingId, slug, status: before?.status ?? "draft" },
      participations: record.participations,
      occupancies: facts.occupancies,
      memberships: facts.memberships,
      tallies: record.tallies,
      documents: record.documents,
      // Other terms of the organization count for overlaps only; their handovers are their own meetings' business.
      chairmanships: [
        ...chairFacts,
        ...facts.otherChairs.map((c) => ({ ...c, startedAtMeetingId: null, endedAtMeetingId: null })),
      ],
      handoverMeetings: facts.handoverMeetings,
      existingSlugs: facts.existingSlugs,
    }),
  ];
}
