import { Id, TrashableKind, Version, eachOnItsOwn } from "@plenary/domain";
import { z } from "zod";
import { adminProcedure, editorProcedure, protectedProcedure, router } from "../trpc";

const TrashItem = z.object({ entityType: TrashableKind, id: Id, version: Version });

export const trashRouter = router({
  list: protectedProcedure
    .input(z.object({ entityType: TrashableKind.optional() }).default({}))
    .query(({ ctx, input }) => ctx.repos.trash.list(input.entityType)),
  /** The published meetings and documents that refer to a record, by name, for the trash confirmation. */
  publishedReferences: protectedProcedure
    .input(z.object({ entityType: TrashableKind, id: Id }))
    .query(({ ctx, input }) => ctx.repos.trash.publishedReferences(input.entityType, input.id)),
  move: editorProcedure.input(TrashItem).mutation(async ({ ctx, input }) => {
    await ctx.repos.trash.moveToTrash(input.entityType, input.id, input.version, { authorId: ctx.user.id });
    return { ok: true as const };
  }),
  /** Bulk trash: each item on its own, so one stale version does not hold back the rest; the outcome says which. */
  moveMany: editorProcedure
    .input(z.object({ items: z.array(TrashItem).min(1).max(200) }))
    .mutation(({ ctx, input }) =>
      eachOnItsOwn(input.items, async (item) => {
        await ctx.repos.trash.moveToTrash(item.entityType, item.id, item.version, { authorId: ctx.user.id });
        return {};
      }),
    ),
  restore: editorProcedure.input(TrashItem).mutation(async ({ ctx, input }) => {
    await ctx.repos.trash.restore(input.entityType, input.id, input.version, { authorId: ctx.user.id });
    return { ok: true as const };
  }),
  /** Removes a trashed record for good: admins only. */
  purge: adminProcedure.input(TrashItem).mutation(async ({ ctx, input }) => {
    await ctx.repos.trash.purge(input.entityType, input.id, input.version, { authorId: ctx.user.id });
    return { ok: true as const };
  }),
});
