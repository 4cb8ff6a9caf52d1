-- Public search at archive scale (issue 10), two plans PostgreSQL chose wrongly on the generated archive.
-- 1. The public rule of a country (visibility.ts, PUBLIC_SQL) asks whether any participation represents it in a
--    published meeting, one country at a time with limit 1. PostgreSQL expects 171,000 participations over 40
--    countries, about 4,300 each, so it scanned the table for the first one, and for a country no one represents
--    it read all of them: 50 ms a country, 250-600 ms for a search of "of" (60 countries). With the meeting in the
--    index beside the country (and the organization) the lookup is an index-only probe and the plan takes it
--    (1 ms for the same search). The one-column indexes these replace are prefixes of the new ones.
-- 2. Tier 3 of search (rankedSearchSql) asks for texts holding any of a query word's near known words. For words
--    outside the full-text statistics PostgreSQL guessed about 1% of the table for each, so an OR of four such
--    words looked like 500 documents, and it walked the primary key for the first ten: for "council" the four
--    documents that matched were found after reading all 50,000 (330-500 ms). A statistics target of 1000 on the
--    full-text indexes keeps ten times more words with their real frequencies and lowers the guess for the rest,
--    so rare words are read from the index (20 ms). The next ANALYZE (autovacuum, or pnpm db:generate) applies it.

-- DropIndex
DROP INDEX "Participation_representingCountryId_idx";

-- DropIndex
DROP INDEX "Participation_representingOrganizationId_idx";

-- CreateIndex
CREATE INDEX "Participation_representingCountryId_meetingId_idx" ON "Participation"("representingCountryId", "meetingId");

-- CreateIndex
CREATE INDEX "Participation_representingOrganizationId_meetingId_idx" ON "Participation"("representingOrganizationId", "meetingId");

-- Planner statistics of the full-text indexes of the large searched tables (2. above)
ALTER INDEX "Person_search_fts_idx" ALTER COLUMN 1 SET STATISTICS 1000;
ALTER INDEX "Meeting_search_fts_idx" ALTER COLUMN 1 SET STATISTICS 1000;
ALTER INDEX "Document_search_fts_idx" ALTER COLUMN 1 SET STATISTICS 1000;
