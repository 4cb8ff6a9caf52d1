-- The press-release reader asks the database only for the people whose name shares a folded token with the
-- release (issue 12: knowledge as candidate lookups, no full load per read). plenary_fold_name mirrors
-- foldTransliteration() in @plenary/domain (src/reader/names.ts) and the normalize() it starts from ("Gijesov" and
-- "Giyosov" both fold to "gesov"): the reader-knowledge integration test checks that reads through these lookups
-- equal reads of the whole database. Written by hand: schema.prisma does not describe functions or expression
-- indexes, and the schema engine leaves them alone.
CREATE OR REPLACE FUNCTION plenary_fold_name(value text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN btrim(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(lower(regexp_replace(normalize(value, NFKD), '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g')), '[‐‑‒–—]', '-', 'g'), '[’`´]', '''', 'g'), '[^a-z0-9'' -]+', ' ', 'g'), '[''-]', ' ', 'g'), 'dzh|dj|zh', 'j', 'g'), 'kh', 'h', 'g'), 'shch|sch', 'sh', 'g'), 'ts|tz', 'c', 'g'), 'ou', 'u', 'g'), '[yj]', 'i', 'g'), 'i+', 'i', 'g'), 'ie|io', 'e', 'g'), '([b-df-hj-np-tv-z])\1', '\1', 'g'), '\s+', ' ', 'g'));

-- Every folded token of a person's name, given and family names and other names (as knownSpellings() lists them).
CREATE OR REPLACE FUNCTION plenary_person_name_tokens(name jsonb, given text, family text, other jsonb) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN array_remove(
    string_to_array(
      plenary_fold_name(
        coalesce(name ->> 'en', '') || ' ' || coalesce(given, '') || ' ' || coalesce(family, '') || ' ' ||
        coalesce(jsonb_path_query_array(other, '$[*].name')::text, '')
      ),
      ' '
    ),
    ''
  );

CREATE INDEX "Person_name_tokens_idx" ON "Person"
  USING gin (plenary_person_name_tokens("nameI18n", "givenName", "familyName", "otherNames"));
