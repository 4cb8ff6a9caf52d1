"use client";

import { localize } from "@plenary/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { useTRPC } from "~/trpc/react";

const STATE_TEXT = {
  none: "No review asked for: an editor may publish it.",
  requested: "Waiting for review by another editor.",
  approved: "Approved for publication.",
  returned: "Returned for changes.",
} as const;

function localInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * The meeting's editorial workflow beside its editor: ask for review, approve or return it with a comment (another
 * editor), withdraw the request, and schedule the publication. Each step is a versioned write, so the editor reloads
 * the record afterwards (`onChanged`); with unsaved changes the steps wait, as Publish does.
 */
export function EditorialPanel({
  meetingId,
  version,
  canEdit,
  dirty,
  onChanged,
}: {
  meetingId: string;
  version: number;
  canEdit: boolean;
  dirty: boolean;
  onChanged: (message: string) => Promise<void>;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const commentId = useId();
  const whenId = useId();
  const status = useQuery(trpc.editorialReview.status.queryOptions({ id: meetingId }));
  const me = useQuery({ ...trpc.user.me.queryOptions(), staleTime: Infinity });
  // Any write of the meeting (a save, publishing) may change the workflow: read it again at each new version.
  const { refetch } = status;
  useEffect(() => {
    void refetch();
  }, [version, refetch]);
  const step = useMutation(trpc.editorialReview.step.mutationOptions());
  const schedule = useMutation(trpc.editorialReview.schedule.mutationOptions());
  const [comment, setComment] = useState("");
  const [when, setWhen] = useState(() => localInputValue(new Date(Date.now() + 3_600_000)));
  const [error, setError] = useState<string | null>(null);

  if (!status.data) return null;
  const review = status.data;
  const busy = step.isPending || schedule.isPending || dirty;
  const done = async (message: string) => {
    setComment("");
    setError(null);
    await queryClient.invalidateQueries({
      queryKey: trpc.editorialReview.status.queryKey({ id: meetingId }),
    });
    await onChanged(message);
  };
  const takeStep = (which: "request" | "approve" | "return" | "withdraw", message: string) =>
    void step
      .mutateAsync({ id: meetingId, version, step: which, comment: comment.trim() || null })
      .then(() => done(message))
      .catch((e: unknown) => setError((e as Error).message));
  const scheduleAt = (publishAt: Date | null) =>
    void (async () => {
      const documents =
        publishAt === null
          ? []
          : (
              await queryClient.fetchQuery({
                ...trpc.publishing.preview.queryOptions({ id: meetingId }),
                staleTime: 0,
              })
            ).draftDocuments;
      if (
        documents.length &&
        !window.confirm(
          `Publishing at that time also publishes these draft documents:\n${documents
            .map((d) => `• ${localize(d.titleI18n, "en").text}`)
            .join("\n")}\nSchedule it?`,
        )
      )
        return;
      await schedule.mutateAsync({
        id: meetingId,
        version,
        publishAt,
        confirmedDocumentIds: documents.map((d) => d.id),
      });
      await done(publishAt ? `Scheduled for ${publishAt.toLocaleString()}.` : "Schedule cancelled.");
    })().catch((e: unknown) => setError((e as Error).message));

  const askedByMe = review.reviewRequestedBy?.id === me.data?.id;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <section className="panel editorial-panel" aria-labelledby={`${commentId}-title`}>
      <h2 id={`${commentId}-title`}>Review and publication</h2>
      <p role="status">
        {review.status === "published" ? "Published." : STATE_TEXT[review.reviewState]}
        {review.reviewRequestedBy && review.reviewState !== "none"
          ? ` Asked by ${review.reviewRequestedBy.name}.`
          : null}
        {review.editedSinceApproval ? " Edited since the approval: it needs approving again." : null}
      </p>
      {review.reviewComment ? (
        <blockquote className="review-comment">
          <p>{review.reviewComment}</p>
        </blockquote>
      ) : null}
      {review.publishAt ? (
        <p>
          Will be published on{" "}
          <time dateTime={review.publishAt.toISOString()}>{review.publishAt.toLocaleString()}</time>
          {review.publishAtBy ? ` (scheduled by ${review.publishAtBy.name})` : null}.
        </p>
      ) : null}
      {review.scheduleError ? (
        <p role="alert">The scheduled publication did not happen: {review.scheduleError}</p>
      ) : null}
      {error ? <p role="alert">{error}</p> : null}
      {dirty && canEdit ? <p className="muted">Save your changes first.</p> : null}

      {canEdit && review.status === "draft" ? (
        <>
          <div className="field">
            <label htmlFor={commentId}>Comment (optional when asking; needed to return it)</label>
            <textarea
              id={commentId}
              rows={2}
              value={comment}
              maxLength={2000}
              onChange={(e) => setComment(e.target.value)}
            />
          </div>
          <div className="actions">
            {review.reviewState !== "requested" ? (
              <button type="button" disabled={busy} onClick={() => takeStep("request", "Review asked for.")}>
                Ask for review
              </button>
            ) : null}
            {review.reviewState === "requested" && !askedByMe ? (
              <>
                <button type="button" disabled={busy} onClick={() => takeStep("approve", "Approved.")}>
                  Approve
                </button>
                <button
                  type="button"
                  disabled={busy || !comment.trim()}
                  title={comment.trim() ? undefined : "Write what needs changing first"}
                  onClick={() => takeStep("return", "Returned with your comment.")}
                >
                  Return with comment
                </button>
              </>
            ) : null}
            {review.reviewState !== "none" ? (
              <button
                type="button"
                disabled={busy}
                onClick={() => takeStep("withdraw", "Review request withdrawn.")}
              >
                Withdraw request
              </button>
            ) : null}
          </div>

          <div className="actions">
            <span className="field">
              <label htmlFor={whenId}>Publish at ({zone})</label>
              <input
                id={whenId}
                type="datetime-local"
                value={when}
                onChange={(e) => setWhen(e.target.value)}
              />
            </span>
            <button type="button" disabled={busy || !when} onClick={() => scheduleAt(new Date(when))}>
              {review.publishAt ? "Reschedule" : "Schedule"}
            </button>
            {review.publishAt ? (
              <button type="button" disabled={busy} onClick={() => scheduleAt(null)}>
                Cancel schedule
              </button>
            ) : null}
          </div>
        </>
      ) : null}
    </section>
  );
}
