-- The press-release reader asks the database only for the countries and organizations one of whose English names
-- has all its words in the release (issue 12: no full load per read). A name is indexed under its folded words less
-- function words and generic words ("Republic of Korea" under "korea"), less function words only when nothing else
-- is left ("Collective Security Council"), or all its words. plenary_reference_name_keys mirrors referenceNameKeys()
-- in @plenary/domain (src/reader/knowledge-source.ts), with the same word lists folded by foldTransliteration() -
-- the reader-knowledge integration test checks that both give the same keys for every country and organization.
-- Function bodies are SQL-standard (RETURN ...) and schema-qualified, so the indexes survive pg_restore.
CREATE OR REPLACE FUNCTION plenary_reference_name_keys(names text[]) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN ARRAY(
    SELECT DISTINCT key
    FROM (
      SELECT words,
        ARRAY(SELECT w FROM unnest(words) AS w
              WHERE w <> ALL (ARRAY['a','an','and','at','bi','da','de','des','du','for','in','la','le','of','on','s','the','to'])) AS content
      FROM (SELECT array_remove(string_to_array(public.plenary_fold_name(name), ' '), '') AS words
            FROM unnest(names) AS name) AS named
    ) AS split,
    LATERAL (SELECT ARRAY(SELECT w FROM unnest(split.content) AS w
              WHERE w <> ALL (ARRAY['arab','asembli','bolivarian','comisen','comitee','comonwealth','comuniti',
                'conference','cooperaten','cuncil','democratic','economic','federal','federaten','federative','general',
                'government','grup','head','heads','independent','internatenal','islamic','island','islands','kingdom',
                'natens','organisaten','organizaten','people','peoples','plurinatenal','republic','secretariat',
                'securiti','socialist','state','states','sumit','unen','united'])) AS specific) AS kept,
    LATERAL unnest(CASE
      WHEN cardinality(kept.specific) > 0 THEN kept.specific
      WHEN cardinality(split.content) > 0 THEN split.content
      ELSE split.words END) AS key
  );

-- A country's keys: of its English name and official name, other names and demonyms (as countryNames() lists them).
CREATE OR REPLACE FUNCTION plenary_country_name_keys(name jsonb, official jsonb, other text[], demonyms text[]) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN public.plenary_reference_name_keys(
    ARRAY[name ->> 'en', official ->> 'en'] || coalesce(other, '{}') || coalesce(demonyms, '{}'));

-- An organization's keys: of its English name and abbreviation and its other names (as organizationNames() lists them).
CREATE OR REPLACE FUNCTION plenary_organization_name_keys(name jsonb, abbreviation jsonb, other text[]) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN public.plenary_reference_name_keys(
    ARRAY[name ->> 'en', abbreviation ->> 'en'] || coalesce(other, '{}'));

CREATE INDEX "Country_name_keys_idx" ON "Country"
  USING gin (plenary_country_name_keys("nameI18n", "officialNameI18n", "otherNames", "demonyms"));

CREATE INDEX "Organization_name_keys_idx" ON "Organization"
  USING gin (plenary_organization_name_keys("nameI18n", "abbreviationI18n", "otherNames"));
