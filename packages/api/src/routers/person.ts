import { CreatePersonInput, UpdatePersonInput } from "@plenary/domain";
import { SlugInput } from "../inputs";
import { mergeRouters, publicProcedure, router } from "../trpc";
import { referenceRouter } from "./reference-router";

export const personRouter = mergeRouters(
  referenceRouter((repos) => repos.people, { create: CreatePersonInput, update: UpdatePersonInput }),
  router({
    /** The person with posts held over time and every published meeting attended, with capacity. */
    detail: publicProcedure
      .input(SlugInput)
      .query(({ ctx, input }) => ctx.repos.people.detailBySlug(input.slug, "public")),
  }),
);
