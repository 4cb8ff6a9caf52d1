import {
  checkPublishable,
  NON_EDIT_ACTIONS,
  errorsOf,
  reviewAllowsPublishing,
  reviewTransition,
  type RecordAction,
  type ReviewState,
  type ReviewStep,
  type RuleIssue,
} from "@plenary/domain";
import type { Db } from "../client";
import { RecordNotFoundError, RuleViolationError, VersionConflictError } from "./errors";
import { loadMeetingRecord } from "./meeting-record-loader";
import type { MeetingRepository } from "./meeting-repository";
import { draftDocumentsOf, refuseUnconfirmed } from "./publish-confirmation";
import { updateVersioned, type Tx, type WriteOptions } from "./versioned-write";

const STEP_ACTIONS: Record<ReviewStep, RecordAction> = {
  request: "review_requested",
  approve: "review_approved",
  return: "review_returned",
  withdraw: "review_withdrawn",
};

/** Who did something, for the editor's panel. */
export interface UserName {
  id: string;
  name: string;
}

export interface EditorialStatus {
  id: string;
  version: number;
  status: "draft" | "published" | "archived";
  reviewState: ReviewState;
  reviewRequestedBy: UserName | null;
  reviewComment: string | null;
  /** Approved, but the record was edited after the approval: it needs approving again. */
  editedSinceApproval: boolean;
  publishAt: Date | null;
  publishAtBy: UserName | null;
  /** Why the last scheduled publication did not happen. */
  scheduleError: string | null;
  /** What refuses publishing now, as far as review goes (empty: it may be published). */
  reviewIssues: RuleIssue[];
}

/** Whether a non-workflow revision of the meeting came after the version the approval produced. */
export async function editedSinceApproval(
  tx: Tx | Db,
  meetingId: string,
  approvedVersion: number | null,
): Promise<boolean> {
  if (approvedVersion === null) return false;
  const edit = await tx.revision.findFirst({
    where: {
      entityType: "meeting",
      entityId: meetingId,
      version: { gt: approvedVersion },
      OR: [{ action: null }, { action: { notIn: [...NON_EDIT_ACTIONS] } }],
    },
    select: { id: true },
  });
  return edit !== null;
}

type ReviewedMeeting = { id: string; reviewState: ReviewState; reviewApprovedVersion: number | null };

/** Whether the meeting was edited since its approval, and what the review says of publishing it now. */
async function reviewVerdict(
  tx: Tx | Db,
  meeting: ReviewedMeeting,
): Promise<{ edited: boolean; issues: RuleIssue[] }> {
  const edited =
    meeting.reviewState === "approved" &&
    (await editedSinceApproval(tx, meeting.id, meeting.reviewApprovedVersion));
  return { edited, issues: reviewAllowsPublishing(meeting.reviewState, edited) };
}

/** The review's verdict on publishing the meeting now; checked by MeetingRepository.setStatus in its transaction. */
export async function reviewIssuesFor(tx: Tx | Db, meeting: ReviewedMeeting): Promise<RuleIssue[]> {
  return (await reviewVerdict(tx, meeting)).issues;
}

/**
 * A meeting's editorial workflow: asking for review, approving or returning it, withdrawing the request, and
 * scheduling its publication. Every step is a versioned write of the meeting (a version check, a revision named by
 * its action with the comment as its note), so the history and the audit log show each one and two editors acting
 * at once get a conflict, not a silent overwrite. Publishing itself stays MeetingRepository.setStatus, which checks
 * the review in its own transaction; the scheduler calls it at the time set.
 */
export class EditorialReviewRepository {
  constructor(
    private readonly db: Db,
    private readonly meetings: MeetingRepository,
  ) {}

  async status(meetingId: string): Promise<EditorialStatus> {
    const row = await this.db.meeting.findFirst({ where: { id: meetingId, deletedAt: null } });
    if (!row) throw new RecordNotFoundError("meeting", meetingId);
    const names = await this.userNames([row.reviewRequestedById, row.publishAtById]);
    const { edited, issues } = await reviewVerdict(this.db, row);
    return {
      id: row.id,
      version: row.version,
      status: row.status,
      reviewState: row.reviewState,
      reviewRequestedBy: row.reviewRequestedById ? (names.get(row.reviewRequestedById) ?? null) : null,
      reviewComment: row.reviewComment,
      editedSinceApproval: edited,
      publishAt: row.publishAt,
      publishAtBy: row.publishAtById ? (names.get(row.publishAtById) ?? null) : null,
      scheduleError: row.scheduleError,
      reviewIssues: issues,
    };
  }

  /** Takes one step of the review from the version the editor saw. */
  async review(
    meetingId: string,
    version: number,
    step: ReviewStep,
    comment: string | null,
    options: WriteOptions & { authorId: string },
  ): Promise<EditorialStatus> {
    await this.db.$transaction(async (tx) => {
      const row = await tx.meeting.findFirst({ where: { id: meetingId, deletedAt: null } });
      if (!row) throw new RecordNotFoundError("meeting", meetingId);
      if (row.version !== version)
        throw new VersionConflictError("meeting", meetingId, version, row.version, row);
      if (row.status === "published" && step === "request")
        throw new RuleViolationError([
          {
            rule: "review",
            code: "review_published",
            severity: "error",
            path: ["reviewState"],
            message: "The meeting is already published: unpublish it first to send it through review again.",
          },
        ]);
      const outcome = reviewTransition(step, {
        state: row.reviewState,
        requestedById: row.reviewRequestedById,
        actorId: options.authorId,
        comment,
      });
      if (outcome.next === null) throw new RuleViolationError(outcome.issues);
      const said = comment?.trim() || null;
      await updateVersioned(
        tx,
        "meeting",
        meetingId,
        version,
        {
          reviewState: outcome.next,
          reviewRequestedById:
            step === "request" ? options.authorId : outcome.next === "none" ? null : row.reviewRequestedById,
          reviewComment: outcome.next === "none" ? null : said,
          // The approval holds for the version it produces; any other step clears it.
          reviewApprovedVersion: step === "approve" ? version + 1 : null,
        },
        { ...options, action: STEP_ACTIONS[step], note: said },
      );
    });
    return this.status(meetingId);
  }

  /**
   * Schedules the meeting's publication at `publishAt` (null cancels it). The draft documents publishing would
   * publish are confirmed by name now, as for publishing at once, and checked again when the time comes; the
   * meeting must be publishable now, so that a schedule is not set up to fail.
   */
  async schedule(
    meetingId: string,
    version: number,
    publishAt: Date | null,
    confirmedDocumentIds: string[],
    options: WriteOptions & { authorId: string },
    now: Date = new Date(),
  ): Promise<EditorialStatus> {
    await this.db.$transaction(async (tx) => {
      const row = await tx.meeting.findFirst({ where: { id: meetingId, deletedAt: null } });
      if (!row) throw new RecordNotFoundError("meeting", meetingId);
      if (publishAt === null) {
        if (!row.publishAt)
          throw new RuleViolationError([scheduleIssue("schedule_none", "No publication is scheduled.")]);
        await updateVersioned(
          tx,
          "meeting",
          meetingId,
          version,
          { publishAt: null, publishAtById: null, publishAtDocumentIds: [], scheduleError: null },
          { ...options, action: "schedule_cancelled" },
        );
        return;
      }
      if (row.status !== "draft")
        throw new RuleViolationError([
          scheduleIssue("schedule_not_draft", "Only a draft can be scheduled for publication."),
        ]);
      if (publishAt.getTime() <= now.getTime())
        throw new RuleViolationError([
          scheduleIssue("schedule_in_past", "Choose a time in the future, or publish the meeting now."),
        ]);
      const record = await loadMeetingRecord(tx, meetingId);
      const issues = errorsOf(
        checkPublishable({
          meeting: { ...record, status: "published" },
          participations: record.participations,
        }),
      );
      if (issues.length) throw new RuleViolationError(issues);
      const drafts = await draftDocumentsOf(tx, meetingId);
      refuseUnconfirmed(drafts, confirmedDocumentIds);
      await updateVersioned(
        tx,
        "meeting",
        meetingId,
        version,
        {
          publishAt,
          publishAtById: options.authorId,
          publishAtDocumentIds: drafts.map((d) => d.id),
          scheduleError: null,
        },
        { ...options, action: "publication_scheduled", note: publishAt.toISOString() },
      );
    });
    return this.status(meetingId);
  }

  /**
   * Publishes every meeting whose time has come, each through the one publishing path (setStatus: rules, review,
   * confirmed documents, history, the site's refresh) in the name of the editor who scheduled it. One that is refused
   * gets its schedule cleared with the reason, in its history and on the editor's panel; a conflict with an edit in
   * progress is tried again on the next round.
   */
  async publishDue(now: Date = new Date()): Promise<{ published: string[]; failed: string[] }> {
    const due = await this.db.meeting.findMany({
      where: { publishAt: { lte: now }, status: "draft", deletedAt: null },
      select: { id: true, version: true, publishAtById: true, publishAtDocumentIds: true },
      orderBy: { publishAt: "asc" },
      take: 50,
    });
    const published: string[] = [];
    const failed: string[] = [];
    for (const meeting of due) {
      const options = { authorId: meeting.publishAtById, via: "schedule" };
      try {
        await this.meetings.setStatus(meeting.id, meeting.version, "published", {
          ...options,
          confirmedDocumentIds: meeting.publishAtDocumentIds,
        });
        published.push(meeting.id);
      } catch (error) {
        if (error instanceof VersionConflictError) continue;
        const reason = error instanceof Error ? error.message : String(error);
        try {
          await this.db.$transaction((tx) =>
            updateVersioned(
              tx,
              "meeting",
              meeting.id,
              meeting.version,
              { publishAt: null, publishAtDocumentIds: [], scheduleError: reason },
              { ...options, action: "scheduled_publication_failed", note: reason },
            ),
          );
          failed.push(meeting.id);
        } catch (recordError) {
          if (!(recordError instanceof VersionConflictError)) throw recordError;
        }
      }
    }
    return { published, failed };
  }

  private async userNames(ids: (string | null)[]): Promise<Map<string, UserName>> {
    const wanted = ids.filter((id): id is string => id !== null);
    if (!wanted.length) return new Map();
    const users = await this.db.user.findMany({
      where: { id: { in: wanted } },
      select: { id: true, name: true },
    });
    return new Map(users.map((user) => [user.id, user]));
  }
}

function scheduleIssue(code: string, message: string): RuleIssue {
  return { rule: "schedule", code, severity: "error", path: ["publishAt"], message };
}
