-- The admin's record lists open newest edit first (updatedAt desc, id): without an index the first page of
-- documents read and sorted all 50,000 rows of the archive (a parallel sequential scan and a top-N sort, 40-70 ms
-- idle). Read along these indexes it stops after the page's 25 entries.
-- CreateIndex
CREATE INDEX "Document_updatedAt_id_idx" ON "Document"("updatedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Meeting_updatedAt_id_idx" ON "Meeting"("updatedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Person_updatedAt_id_idx" ON "Person"("updatedAt" DESC, "id");
