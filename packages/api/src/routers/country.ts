import { CreateCountryInput, UpdateCountryInput } from "@plenary/domain";
import { z } from "zod";
import { Slug } from "../inputs";
import { PageLimit, slugCursor } from "../keyset-cursor";
import { mergeRouters, publicProcedure, router } from "../trpc";
import { referenceRouter } from "./reference-router";

/**
 * A page of the JSON API's countries, by slug: where to start and filters (slugs, all must hold): an organization
 * the country has a membership of, a published meeting it was represented at or hosted.
 */
export const CountryPageInput = z.object({
  limit: PageLimit,
  cursor: slugCursor.Cursor.optional(),
  organization: Slug.optional(),
  meeting: Slug.optional(),
});

export const countryRouter = mergeRouters(
  referenceRouter((repos) => repos.countries, { create: CreateCountryInput, update: UpdateCountryInput }),
  router({
    /** Public countries by slug, a page at a time by keyset (`nextCursor` asks for the next page; null on the last). */
    page: publicProcedure.input(CountryPageInput).query(async ({ ctx, input: { cursor, ...query } }) => {
      const { items, next } = await ctx.repos.countries.publicPage({ ...query, after: cursor?.slug ?? null });
      return { items, nextCursor: next ? slugCursor.cursorOf({ slug: next }) : null };
    }),
  }),
);
