import { z } from "zod";
import type { RuleIssue } from "./rule-issue";

/**
 * The editorial workflow of a meeting before it is published (a newsroom's "second pair of eyes"):
 *
 *   none ──request──▶ requested ──approve──▶ approved
 *     ▲                 │  ▲                    │
 *     └────withdraw─────┘  └──request── returned ◀──return (with a comment)
 *
 * An editor asks for review; another editor approves it or returns it with a comment; the one who asked may
 * withdraw the request. Asking is optional, but once asked the meeting is published only when approved, and an
 * approval holds for the content approved: a later edit of the record needs a new approval.
 */
export const ReviewState = z.enum(["none", "requested", "approved", "returned"]);
export type ReviewState = z.infer<typeof ReviewState>;

export const ReviewStep = z.enum(["request", "approve", "return", "withdraw"]);
export type ReviewStep = z.infer<typeof ReviewStep>;

/** The longest comment a step may carry (a paragraph, not a document). */
export const REVIEW_COMMENT_MAX = 2000;

export interface ReviewContext {
  state: ReviewState;
  /** Who asked for the current review (null when none was asked). */
  requestedById: string | null;
  /** Who takes the step. */
  actorId: string;
  comment?: string | null;
}

function issue(code: string, message: string): RuleIssue {
  return { rule: "review", code, severity: "error", path: ["reviewState"], message };
}

/** The state a step leads to, or the issues that refuse it. */
export function reviewTransition(
  step: ReviewStep,
  { state, requestedById, actorId, comment }: ReviewContext,
): { next: ReviewState; issues: [] } | { next: null; issues: RuleIssue[] } {
  const refuse = (code: string, message: string) => ({ next: null, issues: [issue(code, message)] });
  const said = comment?.trim() ?? "";
  if (said.length > REVIEW_COMMENT_MAX)
    return refuse("review_comment_too_long", `A comment may be at most ${REVIEW_COMMENT_MAX} characters.`);
  switch (step) {
    case "request":
      if (state === "requested") return refuse("review_already_requested", "A review is already asked for.");
      return { next: "requested", issues: [] };
    case "approve":
      if (state !== "requested")
        return refuse("review_not_requested", "Only a meeting whose review was asked for can be approved.");
      if (requestedById === actorId)
        return refuse(
          "review_own_request",
          "Another editor must approve it: the one who asked for the review cannot approve it.",
        );
      return { next: "approved", issues: [] };
    case "return":
      if (state !== "requested")
        return refuse("review_not_requested", "Only a meeting whose review was asked for can be returned.");
      if (!said)
        return refuse(
          "review_comment_missing",
          "Say what needs changing: a returned meeting needs a comment.",
        );
      return { next: "returned", issues: [] };
    case "withdraw":
      if (state === "none") return refuse("review_not_requested", "No review was asked for.");
      return { next: "none", issues: [] };
  }
}

/**
 * Whether a meeting may be published now, as far as review goes: when no review was asked for, or when it was
 * approved and the record has not been edited since.
 */
export function reviewAllowsPublishing(state: ReviewState, editedSinceApproval: boolean): RuleIssue[] {
  if (state === "none") return [];
  if (state === "approved" && !editedSinceApproval) return [];
  const message =
    state === "approved"
      ? "The meeting was edited after it was approved: ask for review again before publishing."
      : state === "returned"
        ? "The meeting was returned by its reviewer: change it and ask for review again, or withdraw the request."
        : "The meeting is waiting for review: it can be published once another editor approves it.";
  return [issue("review_pending", message)];
}
