import { CreatePersonInput, UpdatePersonInput } from "@plenary/domain";
import { z } from "zod";
import { Slug, SlugInput } from "../inputs";
import { PageLimit, slugCursor } from "../keyset-cursor";
import { mergeRouters, publicProcedure, router } from "../trpc";
import { referenceRouter } from "./reference-router";

/**
 * A page of the JSON API's people, by slug: where to start and filters (slugs), which all hold for one participation
 * in a published meeting: the meeting, the country represented or whose post was held, the organization likewise.
 */
export const PersonPageInput = z.object({
  limit: PageLimit,
  cursor: slugCursor.Cursor.optional(),
  meeting: Slug.optional(),
  country: Slug.optional(),
  organization: Slug.optional(),
});

export const personRouter = mergeRouters(
  referenceRouter((repos) => repos.people, { create: CreatePersonInput, update: UpdatePersonInput }),
  router({
    /** The person with posts held over time and every published meeting attended, with capacity. */
    detail: publicProcedure
      .input(SlugInput)
      .query(({ ctx, input }) => ctx.repos.people.detailBySlug(input.slug, "public")),
    /** Public people by slug, a page at a time by keyset (`nextCursor` asks for the next page; null on the last). */
    page: publicProcedure.input(PersonPageInput).query(async ({ ctx, input: { cursor, ...query } }) => {
      const { items, next } = await ctx.repos.people.publicPage({ ...query, after: cursor?.slug ?? null });
      return { items, nextCursor: next ? slugCursor.cursorOf({ slug: next }) : null };
    }),
  }),
);
