import { CreateDocumentInput, DocumentType, UpdateDocumentInput } from "@plenary/domain";
import { z } from "zod";
import { PageInput, Slug, SlugInput } from "../inputs";
import { keysetCursor, PageLimit } from "../keyset-cursor";
import { DocumentRegistryFilters } from "./public-pages";
import { editorProcedure, protectedProcedure, publicProcedure, router } from "../trpc";

const DocumentListInput = z
  .object({
    type: DocumentType.optional(),
    limit: z.int().min(1).max(200).default(100),
    offset: z.int().min(0).default(0),
  })
  .default({ limit: 100, offset: 0 });

/** Where the next page of the registry starts: the last document's date adopted, list order and slug. */
const documentCursor = keysetCursor(
  z.object({ dateAdopted: z.string().max(10).nullable(), listOrder: z.int(), slug: Slug }),
);

/** A page of the JSON API's document registry: the registry's filters, and where to start. */
export const DocumentPageInput = DocumentRegistryFilters.extend({
  limit: PageLimit,
  cursor: documentCursor.Cursor.optional(),
});

export const documentRouter = router({
  /**
   * The public registry newest adopted first, a page at a time by keyset (`nextCursor` asks for the following page;
   * null on the last), with the facet counts of every matching document.
   */
  page: publicProcedure.input(DocumentPageInput).query(async ({ ctx, input: { cursor, ...query } }) => {
    const { registry, next } = await ctx.repos.documentRegistry.publicPage({
      ...query,
      after: cursor ?? null,
    });
    return { registry, nextCursor: next ? documentCursor.cursorOf(next) : null };
  }),
  list: publicProcedure
    .input(DocumentListInput)
    .query(({ ctx, input }) => ctx.repos.documents.list("public", input)),
  bySlug: publicProcedure
    .input(SlugInput)
    .query(({ ctx, input }) => ctx.repos.documents.detailBySlug(input.slug, "public")),

  listAll: protectedProcedure
    .input(DocumentListInput)
    .query(({ ctx, input }) => ctx.repos.documents.list("editor", input)),
  bySlugForEditor: protectedProcedure
    .input(SlugInput)
    .query(({ ctx, input }) => ctx.repos.documents.detailBySlug(input.slug, "editor")),

  // Publishing a document and the trash go through `publishing` and `trash`, one service each.
  create: editorProcedure
    .input(CreateDocumentInput)
    .mutation(({ ctx, input }) => ctx.repos.documents.create(input, { authorId: ctx.user.id })),
  update: editorProcedure
    .input(UpdateDocumentInput)
    .mutation(({ ctx, input }) => ctx.repos.documents.update(input, { authorId: ctx.user.id })),
});

// Re-exported for clients that build filters.
export { PageInput };
