-- A name is indexed under its words (plenary_reference_name_keys), and a GIN index entry holds at most about 8 KB.
-- The attack suite saved a country whose other name was one word of a million characters: the index refused the
-- row and the api answered 500. No word of a real name is longer than 100 characters, so longer words are not keys
-- (referenceNameKeys() in @plenary/domain leaves them out the same way). No semicolons in these comments: the
-- migration runner splits scripts on them.
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
    WHERE length(key) <= 100
  );


-- The indexes hold keys the function computed before: computed again (the tables are small).
REINDEX INDEX "Country_name_keys_idx";
REINDEX INDEX "Organization_name_keys_idx";
