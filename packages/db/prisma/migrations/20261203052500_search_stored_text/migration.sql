-- Public search at archive scale (issue 10): the search indexes of 20261202194934_search_indexes were on function
-- calls over the jsonb names, so every candidate the indexes found was rechecked, and then ranked, by extracting
-- and unaccenting its names again: about a second for one common word at 20,000 people. Each searchable table now
-- stores what search reads in "searchText", a generated column PostgreSQL keeps up to date on every write (and
-- fills for existing rows as it adds it): the record's searched texts (names, other names, titles, summaries in
-- every language), each lower-case and unaccented, one per line, in the order the search_texts functions list them
-- (so the original spelling of the line that matched can be read back by its position). The trigram and full-text
-- GIN indexes are on it (a line break separates words for both, as a space did).
-- schema.prisma marks the column @ignore: the Prisma client leaves it out of the records it reads and writes, so
-- it is never part of a record, a revision or a restore.
-- Functions are SQL-standard bodies with schema-qualified calls, so pg_restore (empty search_path) can compute the
-- column and rebuild the indexes. (No semicolons in these comments: the migration runner splits scripts on them.)
CREATE FUNCTION plenary_person_search_texts(names jsonb, other_names jsonb) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN public.plenary_localized(names)
    || coalesce(array(SELECT o->>'name' FROM jsonb_array_elements(coalesce(other_names, '[]'::jsonb)) o), '{}');

CREATE FUNCTION plenary_country_search_texts(names jsonb, official jsonb, other_names text[], demonyms text[], iso2 text, iso3 text)
  RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN public.plenary_localized(names) || public.plenary_localized(official)
    || coalesce(other_names, '{}') || coalesce(demonyms, '{}') || array[iso2, coalesce(iso3, '')];

CREATE FUNCTION plenary_organization_search_texts(names jsonb, abbreviations jsonb, other_names text[]) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN public.plenary_localized(names) || public.plenary_localized(abbreviations) || coalesce(other_names, '{}');

CREATE FUNCTION plenary_meeting_search_texts(titles jsonb, summaries jsonb) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN public.plenary_localized(titles) || public.plenary_localized(summaries);

CREATE FUNCTION plenary_document_search_texts(titles jsonb) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN public.plenary_localized(titles);

-- The texts lower-case and unaccented, one per line (a missing one an empty line, so positions are kept).
CREATE FUNCTION plenary_search_lines(texts text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN public.plenary_unaccent(lower(array_to_string(
    array(SELECT replace(coalesce(x, ''), E'\n', ' ') FROM unnest(texts) WITH ORDINALITY AS n(x, i) ORDER BY i), E'\n')));

DROP INDEX "Person_search_trgm_idx";
DROP INDEX "Person_search_fts_idx";
DROP INDEX "Country_search_trgm_idx";
DROP INDEX "Country_search_fts_idx";
DROP INDEX "Organization_search_trgm_idx";
DROP INDEX "Organization_search_fts_idx";
DROP INDEX "Meeting_search_trgm_idx";
DROP INDEX "Meeting_search_fts_idx";
DROP INDEX "Document_search_trgm_idx";
DROP INDEX "Document_search_fts_idx";

ALTER TABLE "Person"
  ADD COLUMN "searchText" text GENERATED ALWAYS AS (public.plenary_search_lines(public.plenary_person_search_texts("nameI18n", "otherNames"))) STORED;
ALTER TABLE "Country"
  ADD COLUMN "searchText" text GENERATED ALWAYS AS (public.plenary_search_lines(public.plenary_country_search_texts("nameI18n", "officialNameI18n", "otherNames", demonyms, iso2, iso3))) STORED;
ALTER TABLE "Organization"
  ADD COLUMN "searchText" text GENERATED ALWAYS AS (public.plenary_search_lines(public.plenary_organization_search_texts("nameI18n", "abbreviationI18n", "otherNames"))) STORED;
ALTER TABLE "Meeting"
  ADD COLUMN "searchText" text GENERATED ALWAYS AS (public.plenary_search_lines(public.plenary_meeting_search_texts("titleI18n", "summaryI18n"))) STORED;
ALTER TABLE "Document"
  ADD COLUMN "searchText" text GENERATED ALWAYS AS (public.plenary_search_lines(public.plenary_document_search_texts("titleI18n"))) STORED;

CREATE INDEX "Person_search_trgm_idx" ON "Person" USING gin ("searchText" gin_trgm_ops);
CREATE INDEX "Person_search_fts_idx" ON "Person" USING gin (to_tsvector('simple'::regconfig, "searchText"));
CREATE INDEX "Country_search_trgm_idx" ON "Country" USING gin ("searchText" gin_trgm_ops);
CREATE INDEX "Country_search_fts_idx" ON "Country" USING gin (to_tsvector('simple'::regconfig, "searchText"));
CREATE INDEX "Organization_search_trgm_idx" ON "Organization" USING gin ("searchText" gin_trgm_ops);
CREATE INDEX "Organization_search_fts_idx" ON "Organization" USING gin (to_tsvector('simple'::regconfig, "searchText"));
CREATE INDEX "Meeting_search_trgm_idx" ON "Meeting" USING gin ("searchText" gin_trgm_ops);
CREATE INDEX "Meeting_search_fts_idx" ON "Meeting" USING gin (to_tsvector('simple'::regconfig, "searchText"));
CREATE INDEX "Document_search_trgm_idx" ON "Document" USING gin ("searchText" gin_trgm_ops);
CREATE INDEX "Document_search_fts_idx" ON "Document" USING gin (to_tsvector('simple'::regconfig, "searchText"));
