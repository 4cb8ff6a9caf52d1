-- Indexes for public search and the admin's lists and pickers, written by hand: schema.prisma cannot describe
-- expression or trigram indexes. Each index is on exactly the expression its query uses, or the planner cannot
-- use it (packages/db/src/repositories/search-indexes.integration.test.ts checks it does).

-- unaccent() is only STABLE (it looks its dictionary up by name), but index expressions need IMMUTABLE functions.
CREATE FUNCTION plenary_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- Every value of a localized text ({"en": …, "ru": …}), NULL giving none.
CREATE FUNCTION plenary_localized(jsonb) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(array(SELECT value FROM jsonb_each_text(coalesce($1, '{}'::jsonb))), '{}') $$;

-- What public search matches a record by: all its names in one lower-case, unaccented text.
CREATE FUNCTION plenary_search_text(text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT plenary_unaccent(lower(array_to_string($1, ' '))) $$;

CREATE FUNCTION plenary_person_search(names jsonb, other_names jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT plenary_search_text(plenary_localized(names)
    || coalesce(array(SELECT o->>'name' FROM jsonb_array_elements(coalesce(other_names, '[]'::jsonb)) o), '{}')) $$;

CREATE FUNCTION plenary_country_search(names jsonb, official jsonb, other_names text[], demonyms text[], iso2 text, iso3 text)
  RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT plenary_search_text(plenary_localized(names) || plenary_localized(official)
    || coalesce(other_names, '{}') || coalesce(demonyms, '{}') || array[iso2, coalesce(iso3, '')]) $$;

CREATE FUNCTION plenary_organization_search(names jsonb, abbreviations jsonb, other_names text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT plenary_search_text(plenary_localized(names) || plenary_localized(abbreviations)
    || coalesce(other_names, '{}')) $$;

CREATE FUNCTION plenary_meeting_search(titles jsonb, summaries jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT plenary_search_text(plenary_localized(titles) || plenary_localized(summaries)) $$;

CREATE FUNCTION plenary_document_search(titles jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT plenary_search_text(plenary_localized(titles)) $$;

-- Public search: trigram (misspellings, parts of words) and full-text (every word) candidates.
CREATE INDEX "Person_search_trgm_idx" ON "Person" USING gin (plenary_person_search("nameI18n", "otherNames") gin_trgm_ops);
CREATE INDEX "Person_search_fts_idx" ON "Person" USING gin (to_tsvector('simple'::regconfig, plenary_person_search("nameI18n", "otherNames")));
CREATE INDEX "Country_search_trgm_idx" ON "Country" USING gin (plenary_country_search("nameI18n", "officialNameI18n", "otherNames", demonyms, iso2, iso3) gin_trgm_ops);
CREATE INDEX "Country_search_fts_idx" ON "Country" USING gin (to_tsvector('simple'::regconfig, plenary_country_search("nameI18n", "officialNameI18n", "otherNames", demonyms, iso2, iso3)));
CREATE INDEX "Organization_search_trgm_idx" ON "Organization" USING gin (plenary_organization_search("nameI18n", "abbreviationI18n", "otherNames") gin_trgm_ops);
CREATE INDEX "Organization_search_fts_idx" ON "Organization" USING gin (to_tsvector('simple'::regconfig, plenary_organization_search("nameI18n", "abbreviationI18n", "otherNames")));
CREATE INDEX "Meeting_search_trgm_idx" ON "Meeting" USING gin (plenary_meeting_search("titleI18n", "summaryI18n") gin_trgm_ops);
CREATE INDEX "Meeting_search_fts_idx" ON "Meeting" USING gin (to_tsvector('simple'::regconfig, plenary_meeting_search("titleI18n", "summaryI18n")));
CREATE INDEX "Document_search_trgm_idx" ON "Document" USING gin (plenary_document_search("titleI18n") gin_trgm_ops);
CREATE INDEX "Document_search_fts_idx" ON "Document" USING gin (to_tsvector('simple'::regconfig, plenary_document_search("titleI18n")));

-- The admin's lists and pickers (EditorListRepository.list): a record's label in every language, lower-case, matched
-- with LIKE '%…%' (and its slug, indexed in schema.prisma). Its SET clause keeps the planner from inlining it
-- into the query: the index is on the function call, and only a call matches it.
CREATE FUNCTION plenary_list_text(label jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = public
  AS $$ SELECT lower(coalesce(label->>'en', '') || ' ' || coalesce(label->>'ru', '') || ' ' || coalesce(label->>'zh', '')) $$;

CREATE INDEX "Person_label_trgm_idx" ON "Person" USING gin (plenary_list_text("nameI18n") gin_trgm_ops);
CREATE INDEX "Meeting_label_trgm_idx" ON "Meeting" USING gin (plenary_list_text("titleI18n") gin_trgm_ops);
CREATE INDEX "Document_label_trgm_idx" ON "Document" USING gin (plenary_list_text("titleI18n") gin_trgm_ops);
CREATE INDEX "Organization_label_trgm_idx" ON "Organization" USING gin (plenary_list_text("nameI18n") gin_trgm_ops);
CREATE INDEX "Post_label_trgm_idx" ON "Post" USING gin (plenary_list_text("labelI18n") gin_trgm_ops);

-- The slugs' trigram indexes (described in schema.prisma too).
CREATE INDEX "Person_slug_trgm_idx" ON "Person" USING GIN ("slug" gin_trgm_ops);
CREATE INDEX "Meeting_slug_trgm_idx" ON "Meeting" USING GIN ("slug" gin_trgm_ops);
CREATE INDEX "Document_slug_trgm_idx" ON "Document" USING GIN ("slug" gin_trgm_ops);
CREATE INDEX "Organization_slug_trgm_idx" ON "Organization" USING GIN ("slug" gin_trgm_ops);
CREATE INDEX "Post_slug_trgm_idx" ON "Post" USING GIN ("slug" gin_trgm_ops);
