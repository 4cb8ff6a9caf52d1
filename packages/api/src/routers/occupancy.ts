import { CreateOccupancyInput, Id, UpdateOccupancyInput } from "@plenary/domain";
import { z } from "zod";
import { IdInput, VersionedIdInput } from "../inputs";
import { editorProcedure, protectedProcedure, router } from "../trpc";

/** Posts held, edited one at a time: the person page and the meeting editor's "add a post held". Editors write. */
export const occupancyRouter = router({
  byId: protectedProcedure.input(IdInput).query(({ ctx, input }) => ctx.repos.occupancies.byId(input.id)),
  forPerson: protectedProcedure
    .input(z.object({ personId: Id }))
    .query(({ ctx, input }) => ctx.repos.occupancies.forPerson(input.personId)),
  create: editorProcedure
    .input(CreateOccupancyInput)
    .mutation(({ ctx, input }) => ctx.repos.occupancies.create(input, { authorId: ctx.user.id })),
  update: editorProcedure
    .input(UpdateOccupancyInput)
    .mutation(({ ctx, input }) => ctx.repos.occupancies.update(input, { authorId: ctx.user.id })),
  remove: editorProcedure
    .input(VersionedIdInput)
    .mutation(({ ctx, input }) =>
      ctx.repos.occupancies.remove(input.id, input.version, { authorId: ctx.user.id }),
    ),
});
