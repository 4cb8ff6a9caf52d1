import { Id, MergeableKind, Version } from "@plenary/domain";
import { z } from "zod";
import { editorProcedure, protectedProcedure, router } from "../trpc";

export const mergeRouter = router({
  /** How many links (participations, occupancies…) would move from the merged record to the survivor. */
  preview: protectedProcedure
    .input(z.object({ entityType: MergeableKind, mergedId: Id }))
    .query(({ ctx, input }) => ctx.repos.merges.preview(input.entityType, input.mergedId)),
  /** Merges `merged` into `survivor`, each from the version the editor saw; the result names the revision to undo. */
  merge: editorProcedure
    .input(
      z.object({
        entityType: MergeableKind,
        survivor: z.object({ id: Id, version: Version }),
        merged: z.object({ id: Id, version: Version }),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const result = await ctx.repos.merges.merge(input.entityType, input.survivor, input.merged, {
        authorId: ctx.user.id,
      });
      return result;
    }),
  undo: editorProcedure.input(z.object({ revisionId: Id })).mutation(async ({ ctx, input }) => {
    const result = await ctx.repos.merges.undo(input.revisionId, { authorId: ctx.user.id });
    return result;
  }),
});
