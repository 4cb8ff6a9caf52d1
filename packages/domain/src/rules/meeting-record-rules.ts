// Rules of a whole meeting record that need nothing but the record: checked before it is stored (the record writer
// in packages/db), reusable by any client that edits records.
import type { EditableMeeting, HandoverEnd } from "../entities/meeting-record";
import { checkDateOrder } from "./dates";
import { errorsOf, type RuleIssue } from "./rule-issue";

function issue(path: (string | number)[], code: string, message: string): RuleIssue {
  return { rule: "record", code, severity: "error", path, message };
}

/**
 * Duplicates inside one meeting record that storing it would refuse — two documents with one key, two texts of a
 * document in one language, two tallies of one document type, one term listed twice — plus each document's
 * validity dates in order, reported at the field.
 */
export function checkRecordDuplicates(record: EditableMeeting): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const keys = new Set<string>();
  record.documents.forEach((d, i) => {
    if (keys.has(d.key))
      issues.push(issue(["documents", i, "key"], "duplicate_key", "Two documents share one key."));
    keys.add(d.key);
    const langs = new Set<string>();
    d.texts.forEach((t, j) => {
      if (langs.has(t.lang))
        issues.push(
          issue(
            ["documents", i, "texts", j, "lang"],
            "duplicate_text",
            `This document already has a ${t.lang} text.`,
          ),
        );
      langs.add(t.lang);
    });
    issues.push(
      ...errorsOf(
        checkDateOrder(
          { startDate: d.validFrom, endDate: d.validTo },
          { fields: ["validFrom", "validTo"], subject: "The document's validity" },
        ),
      ).map((found) => ({ ...found, path: ["documents", i, ...found.path] })),
    );
  });
  const types = new Set<string>();
  record.tallies.forEach((t, i) => {
    if (types.has(t.documentType))
      issues.push(
        issue(["tallies", i, "documentType"], "duplicate_tally", "This document type already has a tally."),
      );
    types.add(t.documentType);
  });
  const terms = new Set<string>();
  record.chairmanships.forEach((c, i) => {
    if (!c.id) return;
    if (terms.has(c.id)) {
      issues.push(
        issue(
          ["chairmanships", i, "at"],
          "handover_same_meeting",
          "This term is already listed at this meeting: a term cannot start and end at the same meeting, so keep one row.",
        ),
      );
    }
    terms.add(c.id);
  });
  return issues;
}

/**
 * A term's meeting links once this meeting holds the given end: that end links here; the other end keeps the meeting
 * it links to, unless that was this meeting (a term cannot start and end at the same meeting).
 */
export function termLinksAt(
  at: HandoverEnd,
  meetingId: string,
  current?: { startedAtMeetingId: string | null; endedAtMeetingId: string | null },
) {
  const elsewhere = (link: string | null | undefined) => (link && link !== meetingId ? link : null);
  return at === "start"
    ? { startedAtMeetingId: meetingId, endedAtMeetingId: elsewhere(current?.endedAtMeetingId) }
    : { startedAtMeetingId: elsewhere(current?.startedAtMeetingId), endedAtMeetingId: meetingId };
}
