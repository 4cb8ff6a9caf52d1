-- Public search: trigram similarity finds misspelled names ("Gijesov" → Giyosov), unaccent lets "Antonio" find
-- "António". Written by hand: schema.prisma does not describe extensions, and the schema engine leaves them alone.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
