-- Public search of a misspelled common word at archive scale (issue 10): tier 3 of search (rankedSearchSql) read
-- the texts' trigram indexes for texts similar to the query, 100-300 ms for "stetement" over 50,000 documents, and
-- as long for a full name in a table that does not hold it. Search now looks the query's words up in a dictionary
-- of every word it can find (this table, a few thousand rows, with a trigram index), corrects each to the nearest
-- known words, and finds the texts holding those through the full-text GIN index, as tiers 1 and 2 do.
-- So the texts' trigram indexes (GIN and GiST, beside each other) are no longer read, and are dropped: every write
-- to these tables paid for them.
-- The dictionary is kept exact by statement triggers on the five searched tables: a statement's new texts add their
-- words (a bulk insert in one statement), and a word of its old texts (updated or deleted) that no text holds any
-- more is removed (looked up in each table's full-text index).
-- The trigger functions' bodies are escaped strings (\073 is a semicolon) because the migration runner splits
-- scripts on semicolons. Functions are schema-qualified so pg_restore (empty search_path) can run them. (No
-- semicolons in these comments: the migration runner splits scripts on them.)

-- DropIndex
DROP INDEX "Country_search_trgm_idx";

-- DropIndex
DROP INDEX "Document_search_gist_idx";

-- DropIndex
DROP INDEX "Document_search_trgm_idx";

-- DropIndex
DROP INDEX "Meeting_search_gist_idx";

-- DropIndex
DROP INDEX "Meeting_search_trgm_idx";

-- DropIndex
DROP INDEX "Organization_search_trgm_idx";

-- DropIndex
DROP INDEX "Person_search_gist_idx";

-- DropIndex
DROP INDEX "Person_search_trgm_idx";

-- CreateTable
CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "SearchWord_word_trgm_idx" ON "SearchWord" USING GIST ("word" gist_trgm_ops);

-- The words of a stored search text, as the full-text search parses them (what a tsquery of them matches).
CREATE FUNCTION plenary_search_words(search_text text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN pg_catalog.tsvector_to_array(pg_catalog.to_tsvector('pg_catalog.simple'::regconfig, search_text));

-- Every word of every searched text.
CREATE FUNCTION plenary_all_search_words() RETURNS SETOF text
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT DISTINCT w.word FROM (
      SELECT "searchText" FROM public."Person"
      UNION ALL SELECT "searchText" FROM public."Country"
      UNION ALL SELECT "searchText" FROM public."Organization"
      UNION ALL SELECT "searchText" FROM public."Meeting"
      UNION ALL SELECT "searchText" FROM public."Document"
    ) AS t(search_text) CROSS JOIN LATERAL pg_catalog.unnest(public.plenary_search_words(t.search_text)) AS w(word)
  $$;

-- Adds the words of the rows a statement wrote (its transition table new_rows), in word order so that two writers
-- adding the same new words wait for each other instead of deadlocking.
CREATE FUNCTION plenary_add_search_words() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog, public
  AS E'BEGIN
    INSERT INTO public."SearchWord" (word)
    SELECT DISTINCT w.word FROM new_rows AS n
      CROSS JOIN LATERAL pg_catalog.unnest(public.plenary_search_words(n."searchText")) AS w(word)
    ORDER BY w.word
    ON CONFLICT DO NOTHING\073
    RETURN NULL\073
  END';

-- A word as a tsquery of that one lexeme, as written (quoted, not parsed again).
CREATE FUNCTION plenary_search_word_query(word text) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN ('''' || pg_catalog.replace(pg_catalog.replace(word, '\', '\\'), '''', '''''') || '''')::tsquery;

-- Whether any searched text holds the word.
CREATE FUNCTION plenary_search_word_used(word text) RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  RETURN EXISTS (SELECT FROM public."Person" t
      WHERE pg_catalog.to_tsvector('pg_catalog.simple'::regconfig, t."searchText") @@ public.plenary_search_word_query(word))
    OR EXISTS (SELECT FROM public."Country" t
      WHERE pg_catalog.to_tsvector('pg_catalog.simple'::regconfig, t."searchText") @@ public.plenary_search_word_query(word))
    OR EXISTS (SELECT FROM public."Organization" t
      WHERE pg_catalog.to_tsvector('pg_catalog.simple'::regconfig, t."searchText") @@ public.plenary_search_word_query(word))
    OR EXISTS (SELECT FROM public."Meeting" t
      WHERE pg_catalog.to_tsvector('pg_catalog.simple'::regconfig, t."searchText") @@ public.plenary_search_word_query(word))
    OR EXISTS (SELECT FROM public."Document" t
      WHERE pg_catalog.to_tsvector('pg_catalog.simple'::regconfig, t."searchText") @@ public.plenary_search_word_query(word));

-- Removes the words of the rows a statement changed or deleted (its transition table old_rows) that no text holds.
CREATE FUNCTION plenary_drop_search_words() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog, public
  AS E'BEGIN
    DELETE FROM public."SearchWord" AS s
    WHERE s.word IN (
        SELECT w.word FROM old_rows AS o
          CROSS JOIN LATERAL pg_catalog.unnest(public.plenary_search_words(o."searchText")) AS w(word))
      AND NOT public.plenary_search_word_used(s.word)\073
    RETURN NULL\073
  END';

INSERT INTO "SearchWord" (word) SELECT word FROM plenary_all_search_words() AS w(word) ORDER BY word;

CREATE TRIGGER "Person_search_words_insert" AFTER INSERT ON "Person"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION plenary_add_search_words();
CREATE TRIGGER "Person_search_words_update" AFTER UPDATE ON "Person"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION plenary_add_search_words();
CREATE TRIGGER "Person_search_words_update_old" AFTER UPDATE ON "Person"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION plenary_drop_search_words();
CREATE TRIGGER "Person_search_words_delete" AFTER DELETE ON "Person"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION plenary_drop_search_words();
CREATE TRIGGER "Country_search_words_insert" AFTER INSERT ON "Country"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION plenary_add_search_words();
CREATE TRIGGER "Country_search_words_update" AFTER UPDATE ON "Country"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION plenary_add_search_words();
CREATE TRIGGER "Country_search_words_update_old" AFTER UPDATE ON "Country"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION plenary_drop_search_words();
CREATE TRIGGER "Country_search_words_delete" AFTER DELETE ON "Country"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION plenary_drop_search_words();
CREATE TRIGGER "Organization_search_words_insert" AFTER INSERT ON "Organization"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION plenary_add_search_words();
CREATE TRIGGER "Organization_search_words_update" AFTER UPDATE ON "Organization"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION plenary_add_search_words();
CREATE TRIGGER "Organization_search_words_update_old" AFTER UPDATE ON "Organization"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION plenary_drop_search_words();
CREATE TRIGGER "Organization_search_words_delete" AFTER DELETE ON "Organization"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION plenary_drop_search_words();
CREATE TRIGGER "Meeting_search_words_insert" AFTER INSERT ON "Meeting"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION plenary_add_search_words();
CREATE TRIGGER "Meeting_search_words_update" AFTER UPDATE ON "Meeting"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION plenary_add_search_words();
CREATE TRIGGER "Meeting_search_words_update_old" AFTER UPDATE ON "Meeting"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION plenary_drop_search_words();
CREATE TRIGGER "Meeting_search_words_delete" AFTER DELETE ON "Meeting"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION plenary_drop_search_words();
CREATE TRIGGER "Document_search_words_insert" AFTER INSERT ON "Document"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION plenary_add_search_words();
CREATE TRIGGER "Document_search_words_update" AFTER UPDATE ON "Document"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION plenary_add_search_words();
CREATE TRIGGER "Document_search_words_update_old" AFTER UPDATE ON "Document"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION plenary_drop_search_words();
CREATE TRIGGER "Document_search_words_delete" AFTER DELETE ON "Document"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION plenary_drop_search_words();
