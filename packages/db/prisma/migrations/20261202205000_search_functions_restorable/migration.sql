-- The search functions of 20261202194934_search_indexes called each other by unqualified name inside string bodies,
-- which are looked up by search_path when they run. pg_restore runs with an empty search_path, so rebuilding the
-- search indexes from a backup failed ("function plenary_localized(jsonb) does not exist") and pnpm db:restore
-- could not restore any database. SQL-standard bodies (RETURN ...) are resolved once, when the function is created,
-- so they run the same under any search_path. The functions compute exactly what they did, so the indexes stay valid.
-- (No semicolons in these comments: the migration runner splits scripts on them.)
CREATE OR REPLACE FUNCTION plenary_search_text(text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN public.plenary_unaccent(lower(array_to_string($1, ' ')));

CREATE OR REPLACE FUNCTION plenary_person_search(names jsonb, other_names jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN public.plenary_search_text(public.plenary_localized(names)
    || coalesce(array(SELECT o->>'name' FROM jsonb_array_elements(coalesce(other_names, '[]'::jsonb)) o), '{}'));

CREATE OR REPLACE FUNCTION plenary_country_search(names jsonb, official jsonb, other_names text[], demonyms text[], iso2 text, iso3 text)
  RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN public.plenary_search_text(public.plenary_localized(names) || public.plenary_localized(official)
    || coalesce(other_names, '{}') || coalesce(demonyms, '{}') || array[iso2, coalesce(iso3, '')]);

CREATE OR REPLACE FUNCTION plenary_organization_search(names jsonb, abbreviations jsonb, other_names text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN public.plenary_search_text(public.plenary_localized(names) || public.plenary_localized(abbreviations)
    || coalesce(other_names, '{}'));

CREATE OR REPLACE FUNCTION plenary_meeting_search(titles jsonb, summaries jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN public.plenary_search_text(public.plenary_localized(titles) || public.plenary_localized(summaries));

CREATE OR REPLACE FUNCTION plenary_document_search(titles jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN public.plenary_search_text(public.plenary_localized(titles));
