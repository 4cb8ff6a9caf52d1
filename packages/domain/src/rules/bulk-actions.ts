import type { PublishableKind } from "../entities/record-kinds";

/** What a bulk publish or unpublish from a list does with one item. */
export type BulkStatusAction =
  | { kind: "document-status"; status: "published" | "draft" }
  | { kind: "unpublish-meeting" }
  | { kind: "publish-meeting" };

/**
 * The policy of a bulk status change: a document takes the status asked for; a meeting is unpublished, or published
 * with its confirmed draft documents (`confirmedDraftDocuments`).
 */
export function bulkStatusAction(
  entityType: PublishableKind,
  status: "published" | "draft",
): BulkStatusAction {
  if (entityType === "document") return { kind: "document-status", status };
  return status === "draft" ? { kind: "unpublish-meeting" } : { kind: "publish-meeting" };
}

/**
 * The draft documents that publishing a meeting in bulk publishes too: those of its current drafts the editor
 * confirmed by name. A draft added since the editor confirmed the list stays out, so publishing it refuses (it checks
 * again in its own transaction) instead of publishing a document nobody saw.
 */
export function confirmedDraftDocuments(
  draftDocumentIds: readonly string[],
  confirmedDocumentIds: readonly string[],
): string[] {
  const confirmed = new Set(confirmedDocumentIds);
  return draftDocumentIds.filter((id) => confirmed.has(id));
}

/** The outcome of one item of a bulk action: it went through (with what it returned), or why not. */
export type BulkOutcome<T, R extends object> =
  (T & R & { ok: true }) | (T & { ok: false; message: string; issues?: unknown });

/**
 * Applies `act` to each item in turn, each on its own: one item refused does not stop the others. The outcomes
 * come back in the items' order and say which went through and why the others did not.
 */
export async function eachOnItsOwn<T extends object, R extends object>(
  items: readonly T[],
  act: (item: T) => Promise<R>,
): Promise<BulkOutcome<T, R>[]> {
  const outcomes: BulkOutcome<T, R>[] = [];
  for (const item of items) {
    try {
      outcomes.push({ ...item, ...(await act(item)), ok: true });
    } catch (error) {
      outcomes.push({
        ...item,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
        issues: (error as { issues?: unknown } | null)?.issues,
      });
    }
  }
  return outcomes;
}
