-- Public search of one broad word at archive scale (issue 10): "jonas", "li" or "joint" admitted thousands of
-- candidates through the trigram GIN indexes, each rechecked and scored before the ten best were kept (0.4-2 s).
-- Search now asks for a few rows per tier, each tier its own indexed query that stops after ten public rows:
-- a line that is the query (this GIN index of the lines' md5 keys, a key per line, as a hash, so a long summary
-- never exceeds the size of an index entry), then texts containing every word (the full-text GIN index, or the
-- primary key for a word in most rows), then, only when those found fewer than ten, texts similar to the query,
-- nearest first from the GiST trigram index below (it returns rows in distance order, so PostgreSQL stops early).
-- The function is an SQL-standard body with schema-qualified calls, so pg_restore (empty search_path) rebuilds the
-- index. (No semicolons in these comments: the migration runner splits scripts on them.)
CREATE FUNCTION plenary_search_line_keys(search_text text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN array(SELECT pg_catalog.md5(x) FROM pg_catalog.unnest(pg_catalog.string_to_array(search_text, E'\n')) AS l(x) WHERE x <> '');

CREATE INDEX "Person_search_lines_idx" ON "Person" USING gin (public.plenary_search_line_keys("searchText"));
CREATE INDEX "Meeting_search_lines_idx" ON "Meeting" USING gin (public.plenary_search_line_keys("searchText"));
CREATE INDEX "Document_search_lines_idx" ON "Document" USING gin (public.plenary_search_line_keys("searchText"));

CREATE INDEX "Person_search_gist_idx" ON "Person" USING GIST ("searchText" gist_trgm_ops);
CREATE INDEX "Meeting_search_gist_idx" ON "Meeting" USING GIST ("searchText" gist_trgm_ops);
CREATE INDEX "Document_search_gist_idx" ON "Document" USING GIST ("searchText" gist_trgm_ops);
