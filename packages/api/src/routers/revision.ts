import { HistoryEntityType, Id, Version } from "@plenary/domain";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { editorProcedure, protectedProcedure, router } from "../trpc";

/** The kinds of record with a history of their own (defined once, in the domain). */
export const EntityTypeInput = HistoryEntityType;

/** Revisions of users are the audit of user management: admins only, like the users page and the audit log. */
function refuseUserHistory(ctx: { user: { role: string } }, entityType: string): void {
  if (entityType === "user" && ctx.user.role !== "admin") {
    throw new TRPCError({ code: "FORBIDDEN", message: "Only admins can see the history of user accounts." });
  }
}

export const revisionRouter = router({
  /** A record's history, newest first: who, when, how many fields changed. */
  list: protectedProcedure
    .input(z.object({ entityType: EntityTypeInput, entityId: Id }))
    .query(({ ctx, input }) => {
      refuseUserHistory(ctx, input.entityType);
      return ctx.repos.revisions.list(input.entityType, input.entityId);
    }),
  /** What differs between two revisions of one record (`fromId` older), or what one write changed. */
  diff: protectedProcedure
    .input(z.object({ toId: Id, fromId: Id.optional() }))
    .query(async ({ ctx, input }) => {
      const diff = await ctx.repos.revisions.diff(input.toId, input.fromId);
      refuseUserHistory(ctx, diff.to.entityType);
      return diff;
    }),
  /** Writes the record back as that revision left it, as a new revision, from the version the editor sees now. */
  restore: editorProcedure
    .input(z.object({ revisionId: Id, version: Version }))
    .mutation(({ ctx, input }) =>
      ctx.repos.revisions.restore(input.revisionId, input.version, { authorId: ctx.user.id }),
    ),
});
