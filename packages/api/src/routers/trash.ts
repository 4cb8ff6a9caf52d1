import { Id, Version } from "@plenary/domain";
import { z } from "zod";
import { revalidatePublicSite } from "../revalidate";
import { adminProcedure, editorProcedure, protectedProcedure, router } from "../trpc";
import type { Context } from "../context";

export const TrashableInput = z.enum([
  "meeting",
  "document",
  "person",
  "post",
  "country",
  "organization",
  "topic",
]);
const TrashItem = z.object({ entityType: TrashableInput, id: Id, version: Version });
type TrashItem = z.infer<typeof TrashItem>;

/** Trashing or restoring changes what the public sees: the site's cached pages for the record go stale. */
async function revalidate(ctx: Context, items: TrashItem[]) {
  const tags = (
    await Promise.all(items.map((item) => ctx.repos.publishing.revalidation(item.entityType, item.id)))
  ).flatMap((r) => r.tags);
  await revalidatePublicSite(ctx.repos.revalidationOutbox, tags);
}

export const trashRouter = router({
  list: protectedProcedure
    .input(z.object({ entityType: TrashableInput.optional() }).default({}))
    .query(({ ctx, input }) => ctx.repos.trash.list(input.entityType)),
  move: editorProcedure.input(TrashItem).mutation(async ({ ctx, input }) => {
    await ctx.repos.trash.moveToTrash(input.entityType, input.id, input.version, { authorId: ctx.user.id });
    await revalidate(ctx, [input]);
    return { ok: true as const };
  }),
  /** Bulk trash: each item on its own, so one stale version does not hold back the rest; the outcome says which. */
  moveMany: editorProcedure
    .input(z.object({ items: z.array(TrashItem).min(1).max(200) }))
    .mutation(async ({ ctx, input }) => {
      const outcomes = [];
      for (const item of input.items) {
        try {
          await ctx.repos.trash.moveToTrash(item.entityType, item.id, item.version, {
            authorId: ctx.user.id,
          });
          outcomes.push({ ...item, ok: true });
        } catch (error) {
          outcomes.push({
            ...item,
            ok: false,
            message: error instanceof Error ? error.message : String(error),
          });
        }
      }
      await revalidate(
        ctx,
        outcomes.filter((o) => o.ok),
      );
      return outcomes;
    }),
  restore: editorProcedure.input(TrashItem).mutation(async ({ ctx, input }) => {
    await ctx.repos.trash.restore(input.entityType, input.id, input.version, { authorId: ctx.user.id });
    await revalidate(ctx, [input]);
    return { ok: true as const };
  }),
  /** Removes a trashed record for good: admins only. */
  purge: adminProcedure.input(TrashItem).mutation(async ({ ctx, input }) => {
    await ctx.repos.trash.purge(input.entityType, input.id, input.version, { authorId: ctx.user.id });
    return { ok: true as const };
  }),
});
