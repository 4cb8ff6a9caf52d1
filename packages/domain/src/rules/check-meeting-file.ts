import type { z } from "zod";
import type { PublicationStatus } from "../common/record";
import { MeetingExport } from "../entities/meeting-export";
import { MeetingRecordInput, withHandoverEnds, type EditableMeeting } from "../entities/meeting-record";
import { checkMeeting, type MeetingRecord } from "./check-meeting";
import type { IssuePath, RuleIssue } from "./rule-issue";

export interface MeetingFileOptions {
  /** The status to judge the record for: "published" also applies rule 7 (what publishing needs). Default "draft". */
  status?: PublicationStatus;
}

/** The id rules use for a meeting that has none yet, so a term handed over at it still names where it ends. */
const UNSAVED_MEETING_ID = "unsavedmeeting";

type Linked = Partial<MeetingExport["linked"]>;

/**
 * Checks a meeting as found in a JSON file: a Plenary meeting export (`format: "plenary.meeting/1"`, the record with
 * the records it links to) or a bare meeting record. First the shape (each invalid field becomes an issue with rule
 * "schema"), then, when the shape is valid, the domain's rules 1–9 with the facts the file carries: occupancies,
 * memberships and names come from an export's linked records. Paths point into the file, e.g.
 * ["meeting", "participations", 3, "occupancyId"] in an export.
 */
export function checkMeetingFile(json: unknown, options: MeetingFileOptions = {}): RuleIssue[] {
  const isExport = typeof json === "object" && json !== null && "format" in json;
  const parsed = isExport
    ? MeetingExport.safeParse(json)
    : MeetingRecordInput.safeParse(withHandoverEnds((json ?? {}) as object));
  if (!parsed.success) return parsed.error.issues.map(schemaIssue);
  const { record, linked, prefix } =
    "linked" in parsed.data
      ? {
          record: parsed.data.meeting as EditableMeeting,
          linked: parsed.data.linked as Linked,
          prefix: ["meeting"],
        }
      : { record: parsed.data, linked: {} as Linked, prefix: [] };
  return checkMeeting(rulesInput(record, linked, options.status ?? "draft")).map((issue) => ({
    ...issue,
    path: factPath(issue.path, prefix),
  }));
}

function schemaIssue(issue: z.core.$ZodIssue): RuleIssue {
  return {
    rule: "schema",
    code: issue.code,
    severity: "error",
    path: issue.path.map((key) => (typeof key === "symbol" ? String(key) : key)),
    message: issue.message,
  };
}

/** Rules name the linked records they judge by their place in the lists passed to them, which are the file's own. */
function factPath(path: IssuePath, prefix: IssuePath): IssuePath {
  const [head] = path;
  if (head === "occupancies" || head === "memberships") return ["linked", ...path];
  return [...prefix, ...path];
}

function rulesInput(record: EditableMeeting, linked: Linked, status: PublicationStatus): MeetingRecord {
  const meetingId = record.id ?? UNSAVED_MEETING_ID;
  const english = <T extends { id: string }>(
    rows: readonly T[] | undefined,
    text: (row: T) => { en: string },
  ) => Object.fromEntries((rows ?? []).map((row) => [row.id, text(row).en]));
  return {
    meeting: { ...record, id: meetingId, slug: record.slug ?? null, status },
    participations: record.participations,
    occupancies: linked.occupancies ?? [],
    memberships: linked.memberships ?? [],
    tallies: record.tallies,
    documents: record.documents,
    chairmanships: record.chairmanships.map((c) => ({
      ...c,
      startedAtMeetingId: c.at === "start" ? meetingId : null,
      endedAtMeetingId: c.at === "end" ? meetingId : null,
    })),
    names: {
      persons: english(linked.people, (p) => p.nameI18n),
      posts: english(linked.posts, (p) => p.labelI18n),
      countries: english(linked.countries, (c) => c.nameI18n),
      organizations: english(linked.organizations, (o) => o.nameI18n),
    },
  };
}
