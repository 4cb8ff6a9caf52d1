import { Id, REVIEW_COMMENT_MAX, ReviewStep, Version } from "@plenary/domain";
import { z } from "zod";
import { InstantInput } from "../inputs";
import { editorProcedure, protectedProcedure, router } from "../trpc";

/**
 * A meeting's editorial workflow: ask for review, approve or return it with a comment, withdraw the request, and
 * schedule its publication (see EditorialReviewRepository). Publishing itself stays `publishing.publishMeeting`,
 * which refuses a meeting whose review is pending.
 */
export const editorialReviewRouter = router({
  status: protectedProcedure
    .input(z.object({ id: Id }))
    .query(({ ctx, input }) => ctx.repos.editorialReview.status(input.id)),

  step: editorProcedure
    .input(
      z.object({
        id: Id,
        version: Version,
        step: ReviewStep,
        comment: z.string().max(REVIEW_COMMENT_MAX).nullable().default(null),
      }),
    )
    .mutation(({ ctx, input }) =>
      ctx.repos.editorialReview.review(input.id, input.version, input.step, input.comment, {
        authorId: ctx.user.id,
      }),
    ),

  /** Schedules the publication (`publishAt` null cancels it), with the draft documents confirmed by name. */
  schedule: editorProcedure
    .input(
      z.object({
        id: Id,
        version: Version,
        publishAt: InstantInput.nullable(),
        confirmedDocumentIds: z.array(Id).max(500).default([]),
      }),
    )
    .mutation(({ ctx, input }) =>
      ctx.repos.editorialReview.schedule(
        input.id,
        input.version,
        input.publishAt,
        input.confirmedDocumentIds,
        { authorId: ctx.user.id },
      ),
    ),
});
