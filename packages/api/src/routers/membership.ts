import { CreateOrgMembershipWithNewRecords, Id, UpdateOrgMembershipInput } from "@plenary/domain";
import { z } from "zod";
import { IdInput, VersionedIdInput } from "../inputs";
import { editorProcedure, protectedProcedure, router } from "../trpc";

/** A country's memberships in an organization, edited one at a time on the organization page. Editors write. */
export const membershipRouter = router({
  byId: protectedProcedure.input(IdInput).query(({ ctx, input }) => ctx.repos.memberships.byId(input.id)),
  forOrganization: protectedProcedure
    .input(z.object({ organizationId: Id }))
    .query(({ ctx, input }) => ctx.repos.memberships.forOrganization(input.organizationId)),
  // With the records made in the form's pickers (`newRecords`), created in the same transaction.
  create: editorProcedure
    .input(CreateOrgMembershipWithNewRecords)
    .mutation(({ ctx, input: { newRecords, ...term } }) =>
      ctx.repos.memberships.create(term, { authorId: ctx.user.id }, newRecords),
    ),
  update: editorProcedure
    .input(UpdateOrgMembershipInput)
    .mutation(({ ctx, input }) => ctx.repos.memberships.update(input, { authorId: ctx.user.id })),
  remove: editorProcedure
    .input(VersionedIdInput)
    .mutation(({ ctx, input }) =>
      ctx.repos.memberships.remove(input.id, input.version, { authorId: ctx.user.id }),
    ),
});
