import type { PartialDate } from "../common/partial-date";
import type { PublicationStatus } from "../common/record";
import type { IssuePath, RuleIssue } from "./rule-issue";

export type PublishCheckInput = {
  meeting: {
    status: PublicationStatus;
    titleI18n?: { en?: string | null } | null;
    startDate?: PartialDate | null;
    endDate?: PartialDate | null;
    bodyId?: string | null;
    sources?: readonly unknown[] | null;
  };
  participations: readonly unknown[];
};

/**
 * Rule 7: a meeting may be published only with a title, both dates, a body, at least one participant and at
 * least one source (errors). Drafts may lack any of them, so the rule applies only when the status being saved
 * is `published`.
 */
export function checkPublishable(input: PublishCheckInput): RuleIssue[] {
  const { meeting, participations } = input;
  if (meeting.status !== "published") return [];
  const missing: [boolean, string, IssuePath, string][] = [
    [!meeting.titleI18n?.en?.trim(), "publish_title_missing", ["titleI18n", "en"], "an English title"],
    [!meeting.startDate, "publish_start_date_missing", ["startDate"], "a start date"],
    [
      !meeting.endDate,
      "publish_end_date_missing",
      ["endDate"],
      "an end date (the start date for a one-day meeting)",
    ],
    [!meeting.bodyId, "publish_body_missing", ["bodyId"], "the body that met"],
    [
      participations.length === 0,
      "publish_participants_missing",
      ["participations"],
      "at least one participant",
    ],
    [!meeting.sources?.length, "publish_source_missing", ["sources"], "at least one source"],
  ];
  return missing
    .filter(([isMissing]) => isMissing)
    .map(([, code, path, what]) => ({
      rule: "publish",
      code,
      severity: "error",
      path,
      message: `A meeting can be published only with ${what}; add it or keep the meeting as a draft.`,
    }));
}
