import { CreateDocumentInput, DocumentType, UpdateDocumentInput } from "@plenary/domain";
import { z } from "zod";
import { PageInput, SlugInput } from "../inputs";
import { editorProcedure, protectedProcedure, publicProcedure, router } from "../trpc";

const DocumentListInput = z
  .object({
    type: DocumentType.optional(),
    limit: z.int().min(1).max(200).default(100),
    offset: z.int().min(0).default(0),
  })
  .default({ limit: 100, offset: 0 });

export const documentRouter = router({
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
