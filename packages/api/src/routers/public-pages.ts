import { DOCUMENT_REGISTRY_SORTS } from "@plenary/db";
import { AdoptionAction, DocumentType, Id, LegalStatus, Locale } from "@plenary/domain";
import { z } from "zod";
import { SlugInput } from "../inputs";
import { publicProcedure, router } from "../trpc";

const Year = z.string().regex(/^\d{4}$/, { error: "A year such as 2020" });

/** Filters of the public document registry; each narrows the list and the facet counts. */
export const DocumentRegistryFilters = z.object({
  type: DocumentType.optional(),
  action: AdoptionAction.optional(),
  legalStatus: LegalStatus.optional(),
  body: z.string().min(1).max(200).optional(),
  year: Year.optional(),
  topic: z.string().min(1).max(200).optional(),
  /** Keywords the titles hold (every word, in any language); blank is no filter. */
  q: z.string().trim().max(200).optional(),
});

/** The registry page of the site: the filters, an order, and a page by offset. */
export const DocumentRegistryInput = DocumentRegistryFilters.extend({
  sort: z.enum(DOCUMENT_REGISTRY_SORTS).optional(),
  /** The reader's language, for sorting by title. */
  locale: Locale.optional(),
  limit: z.int().min(1).max(200).default(100),
  offset: z.int().min(0).default(0),
}).default({ limit: 100, offset: 0 });

/** The public site's profile pages, registry and archive: published records only. */
export const publicPagesRouter = router({
  country: publicProcedure
    .input(SlugInput)
    .query(({ ctx, input }) => ctx.repos.countryProfiles.bySlug(input.slug)),
  organization: publicProcedure
    .input(SlugInput)
    .query(({ ctx, input }) => ctx.repos.organizationProfiles.bySlug(input.slug)),
  topic: publicProcedure
    .input(SlugInput)
    .query(({ ctx, input }) => ctx.repos.topicProfiles.bySlug(input.slug)),
  topics: publicProcedure.query(({ ctx }) => ctx.repos.topicProfiles.list()),
  documents: publicProcedure
    .input(DocumentRegistryInput)
    .query(({ ctx, input }) => ctx.repos.documentRegistry.search(input)),
  archiveYears: publicProcedure.query(({ ctx }) => ctx.repos.meetingArchive.years()),
  archiveYear: publicProcedure
    .input(z.object({ year: Year }))
    .query(({ ctx, input }) => ctx.repos.meetingArchive.inYear(input.year)),
  /** The current slug of a renamed public record, for permanent redirects from old addresses; null when unknown. */
  redirect: publicProcedure
    .input(
      z.object({
        entityType: z.enum(["meeting", "document", "person", "country", "organization", "topic"]),
        slug: z.string().min(1).max(200),
      }),
    )
    .query(({ ctx, input }) => ctx.repos.publicRedirects.currentSlug(input.entityType, input.slug)),
  /** What an open-data export refers to beyond the meetings it holds: organizations up the tree, posts' countries. */
  exportReferences: publicProcedure
    .input(z.object({ organizationIds: z.array(Id).max(10_000), countryIds: z.array(Id).max(10_000) }))
    .query(({ ctx, input }) => ctx.repos.openDataReferences.load(input)),
  /** Every public record with a page, as slug and last change: what the sitemap lists. */
  sitemapRecords: publicProcedure.query(({ ctx }) => ctx.repos.sitemap.records()),
});
