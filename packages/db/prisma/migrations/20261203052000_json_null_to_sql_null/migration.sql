-- A nullable JSON column holds SQL NULL for "none", never the JSON value null: the search expressions call
-- jsonb_each_text on these columns and fail on a JSON null (found by the malformed-input attack test, which
-- created a country with officialNameI18n null). The writers now store SQL NULL, and this turns the JSON nulls
-- already stored into SQL NULL.
UPDATE "Country" SET "officialNameI18n" = NULL WHERE jsonb_typeof("officialNameI18n") = 'null';
UPDATE "Organization" SET "abbreviationI18n" = NULL WHERE jsonb_typeof("abbreviationI18n") = 'null';
UPDATE "Person" SET "summaryI18n" = NULL WHERE jsonb_typeof("summaryI18n") = 'null';
UPDATE "Meeting" SET "venueCity" = NULL WHERE jsonb_typeof("venueCity") = 'null';
UPDATE "Meeting" SET "summaryI18n" = NULL WHERE jsonb_typeof("summaryI18n") = 'null';
UPDATE "OutcomeTally" SET "noteI18n" = NULL WHERE jsonb_typeof("noteI18n") = 'null';
UPDATE "Chairmanship" SET "themeI18n" = NULL WHERE jsonb_typeof("themeI18n") = 'null';
UPDATE "Speech" SET "textI18n" = NULL WHERE jsonb_typeof("textI18n") = 'null';
