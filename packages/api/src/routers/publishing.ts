import {
  Id,
  PublishableKind,
  Version,
  bulkStatusAction,
  confirmedDraftDocuments,
  eachOnItsOwn,
} from "@plenary/domain";
import { z } from "zod";
import { editorProcedure, protectedProcedure, router } from "../trpc";

const BulkInput = z.object({
  items: z
    .array(z.object({ entityType: PublishableKind, id: Id, version: Version }))
    .min(1)
    .max(200),
  /** For meetings: the draft documents they list, which publishing publishes too (from `preview`). */
  confirmedDocumentIds: z.array(Id).default([]),
});

export const publishingRouter = router({
  /** The meeting's draft documents that publishing it would publish too, by name, for the confirmation. */
  preview: protectedProcedure
    .input(z.object({ id: Id }))
    .query(({ ctx, input }) => ctx.repos.publishing.preview(input.id)),

  /** Publishes the meeting and exactly the draft documents the editor confirmed, checked in the same transaction. */
  publishMeeting: editorProcedure
    .input(z.object({ id: Id, version: Version, confirmedDocumentIds: z.array(Id) }))
    .mutation(({ ctx, input }) =>
      ctx.repos.publishing.publishMeeting(input.id, input.version, input.confirmedDocumentIds, {
        authorId: ctx.user.id,
      }),
    ),
  unpublishMeeting: editorProcedure
    .input(z.object({ id: Id, version: Version }))
    .mutation(({ ctx, input }) =>
      ctx.repos.publishing.setMeetingStatus(input.id, input.version, "draft", { authorId: ctx.user.id }),
    ),
  setDocumentStatus: editorProcedure
    .input(z.object({ id: Id, version: Version, status: z.enum(["published", "draft"]) }))
    .mutation(({ ctx, input }) =>
      ctx.repos.publishing.setDocumentStatus(input.id, input.version, input.status, {
        authorId: ctx.user.id,
      }),
    ),

  /** Bulk publish or unpublish from a list view: each item on its own; the outcome says which went through and why not. */
  setStatusMany: editorProcedure
    .input(BulkInput.extend({ status: z.enum(["published", "draft"]) }))
    .mutation(({ ctx, input }) => {
      const options = { authorId: ctx.user.id };
      const { publishing } = ctx.repos;
      return eachOnItsOwn(input.items, async (item) => {
        const action = bulkStatusAction(item.entityType, input.status);
        let result;
        if (action.kind === "document-status")
          result = await publishing.setDocumentStatus(item.id, item.version, action.status, options);
        else if (action.kind === "unpublish-meeting")
          result = await publishing.setMeetingStatus(item.id, item.version, "draft", options);
        else {
          const { draftDocuments } = await publishing.preview(item.id);
          const confirmed = confirmedDraftDocuments(
            draftDocuments.map((d) => d.id),
            input.confirmedDocumentIds,
          );
          result = await publishing.publishMeeting(item.id, item.version, confirmed, options);
        }
        return { version: result.record.version };
      });
    }),
});
