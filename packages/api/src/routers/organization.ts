import {
  CreateOrganizationInput,
  OrganizationClassification,
  UpdateOrganizationWithNewRecords,
} from "@plenary/domain";
import { z } from "zod";
import { Slug } from "../inputs";
import { PageLimit, slugCursor } from "../keyset-cursor";
import { mergeRouters, publicProcedure, router } from "../trpc";
import { referenceRouter } from "./reference-router";

/**
 * A page of the JSON API's organizations, by slug: where to start and filters (all must hold): the parent
 * organization (its bodies one level down), the classification.
 */
export const OrganizationPageInput = z.object({
  limit: PageLimit,
  cursor: slugCursor.Cursor.optional(),
  parent: Slug.optional(),
  classification: OrganizationClassification.optional(),
});

export const organizationRouter = mergeRouters(
  referenceRouter((repos) => repos.organizations, {
    create: CreateOrganizationInput,
    update: UpdateOrganizationWithNewRecords,
  }),
  router({
    /**
     * Public organizations by slug, a page at a time by keyset (`nextCursor` asks for the next page; null on the
     * last).
     */
    page: publicProcedure.input(OrganizationPageInput).query(async ({ ctx, input: { cursor, ...query } }) => {
      const { items, next } = await ctx.repos.organizations.publicPage({
        ...query,
        after: cursor?.slug ?? null,
      });
      return { items, nextCursor: next ? slugCursor.cursorOf({ slug: next }) : null };
    }),
  }),
);
