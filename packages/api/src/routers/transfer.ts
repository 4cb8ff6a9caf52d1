import { Id, MeetingExport, Version } from "@plenary/domain";
import { z } from "zod";
import { editorProcedure, protectedProcedure, router } from "../trpc";

export const transferRouter = router({
  /** The meeting with every record it links to, as one JSON document. */
  exportMeeting: protectedProcedure
    .input(z.object({ id: Id }))
    .query(({ ctx, input }) => ctx.repos.transfer.export(input.id)),
  /**
   * Validates the whole document and writes all of it or nothing. An existing meeting that differs comes back as
   * `needs_confirmation` with the differences; send `confirm` with `expectedVersion` to apply them as a new revision.
   */
  importMeeting: editorProcedure
    .input(
      z.object({
        data: MeetingExport,
        confirm: z.boolean().default(false),
        expectedVersion: Version.optional(),
      }),
    )
    .mutation(({ ctx, input }) =>
      ctx.repos.transfer.import(input.data, {
        confirm: input.confirm,
        expectedVersion: input.expectedVersion,
        authorId: ctx.user.id,
      }),
    ),
});
