import { Id } from "@plenary/domain";
import { z } from "zod";
import { InstantInput } from "../inputs";
import { adminProcedure, router } from "../trpc";
import { EntityTypeInput } from "./revision";

export const auditRouter = router({
  /** Every write, newest first; admins filter by user, kind of record and a date range ([from, to)). */
  list: adminProcedure
    .input(
      z
        .object({
          authorId: Id.optional(),
          entityType: EntityTypeInput.optional(),
          from: InstantInput.optional(),
          to: InstantInput.optional(),
          limit: z.int().min(1).max(200).default(50),
          offset: z.int().min(0).default(0),
        })
        .default({ limit: 50, offset: 0 }),
    )
    .query(({ ctx, input }) => ctx.repos.revisions.audit(input)),
});
