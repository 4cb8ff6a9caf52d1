import type { LocalizedText } from "@plenary/domain";
import { RuleViolationError } from "./errors";
import type { Tx } from "./versioned-write";

/**
 * Publishing a meeting publishes the draft documents it lists: the editor must have confirmed exactly those, by
 * name. A list that no longer matches (a colleague added a document meanwhile) is refused.
 */
export function refuseUnconfirmed(
  drafts: { id: string; titleI18n: unknown }[],
  confirmedIds: string[],
): void {
  const confirmed = new Set(confirmedIds);
  const unconfirmed = drafts.filter((d) => !confirmed.has(d.id));
  const stale = confirmedIds.filter((id) => !drafts.some((d) => d.id === id));
  if (!unconfirmed.length && !stale.length) return;
  throw new RuleViolationError([
    {
      rule: "publish",
      code: "documents_not_confirmed",
      severity: "error",
      path: ["confirmedDocumentIds"],
      message: unconfirmed.length
        ? `Publishing this meeting also publishes ${unconfirmed.map((d) => `“${(d.titleI18n as LocalizedText).en}”`).join(", ")}; confirm them to go ahead.`
        : "The meeting's draft documents changed since you confirmed them; review the list again.",
    },
  ]);
}

/** The meeting's draft documents, in list order: what publishing it publishes too, and what the editor confirms. */
export function draftDocumentsOf(tx: Tx, meetingId: string) {
  return tx.document.findMany({
    where: { meetingId, status: "draft", deletedAt: null },
    orderBy: [{ listOrder: "asc" }, { createdAt: "asc" }],
    select: { id: true, version: true, titleI18n: true },
  });
}
