import { CreateOccupancyWithNewRecords, Id, UpdateOccupancyInput } from "@plenary/domain";
import { z } from "zod";
import { IdInput, VersionedIdInput } from "../inputs";
import { editorProcedure, protectedProcedure, router } from "../trpc";

/** Posts held, edited one at a time: the person page and the meeting editor's "add a post held". Editors write. */
export const occupancyRouter = router({
  byId: protectedProcedure.input(IdInput).query(({ ctx, input }) => ctx.repos.occupancies.byId(input.id)),
  forPerson: protectedProcedure
    .input(z.object({ personId: Id }))
    .query(({ ctx, input }) => ctx.repos.occupancies.forPerson(input.personId)),
  // With the records made in the form's pickers (`newRecords`), created in the same transaction.
  create: editorProcedure
    .input(CreateOccupancyWithNewRecords)
    .mutation(({ ctx, input: { newRecords, ...term } }) =>
      ctx.repos.occupancies.create(term, { authorId: ctx.user.id }, newRecords),
    ),
  update: editorProcedure
    .input(UpdateOccupancyInput)
    .mutation(({ ctx, input }) => ctx.repos.occupancies.update(input, { authorId: ctx.user.id })),
  remove: editorProcedure
    .input(VersionedIdInput)
    .mutation(({ ctx, input }) =>
      ctx.repos.occupancies.remove(input.id, input.version, { authorId: ctx.user.id }),
    ),
});
