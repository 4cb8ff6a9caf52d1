import type { ReferenceRepository, Repositories } from "@plenary/db";
import type { MeetingNewRecordsInput } from "@plenary/domain";
import type { z } from "zod";
import { IdInput, PageInput, SlugInput } from "../inputs";
import { editorProcedure, protectedProcedure, publicProcedure, router } from "../trpc";

/**
 * Countries, organizations, people, posts and topics share one shape of procedures: public reads (only records
 * a published meeting or document refers to), editor reads, create and update with optimistic concurrency.
 */
export function referenceRouter<
  Entity extends { id: string; slug: string },
  C extends z.ZodType<{ slug?: string }>,
  U extends z.ZodType<{ id: string; version: number; slug?: string }>,
>(
  repository: (repos: Repositories) => ReferenceRepository<Entity, z.output<C>, z.output<U>>,
  schemas: { create: C; update: U },
) {
  return router({
    list: publicProcedure
      .input(PageInput)
      .query(({ ctx, input }) => repository(ctx.repos).list("public", input)),
    bySlug: publicProcedure
      .input(SlugInput)
      .query(({ ctx, input }) => repository(ctx.repos).bySlug(input.slug, "public")),
    listAll: protectedProcedure
      .input(PageInput)
      .query(({ ctx, input }) => repository(ctx.repos).list("editor", input)),
    byId: protectedProcedure
      .input(IdInput)
      .query(({ ctx, input }) => repository(ctx.repos).byId(input.id, "editor")),
    create: editorProcedure
      .input(schemas.create)
      .mutation(({ ctx, input }) =>
        repository(ctx.repos).create(input as z.output<C>, { authorId: ctx.user.id }),
      ),
    // A post's, an organization's or a topic's update may bring the records made in its form's pickers
    // (`newRecords`): they are created in the same transaction.
    update: editorProcedure.input(schemas.update).mutation(({ ctx, input }) => {
      const { newRecords, ...record } = input as z.output<U> & { newRecords?: MeetingNewRecordsInput };
      return repository(ctx.repos).update(record as z.output<U>, { authorId: ctx.user.id }, newRecords);
    }),
  });
}
