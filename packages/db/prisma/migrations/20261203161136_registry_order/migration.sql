-- The document registry (its page and the JSON API's /api/v1/documents) lists documents newest adopted first, the
-- undated last, then by list order and slug (REGISTRY_ORDER in document-registry-repository.ts). Without an index
-- in that order its first page sorted every matching document, 50,000 in the generated archive. NULLS LAST is
-- what the registry orders by, and schema.prisma describes this index without it.
CREATE INDEX "Document_dateAdopted_listOrder_slug_idx" ON "Document"("dateAdopted" DESC NULLS LAST, "listOrder", "slug");
