-- Accent-insensitive full-text search, identical on PGlite (contrib unaccent loaded by src/db/database.ts)
-- and on a PostgreSQL server (contrib unaccent).
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (it reads a dictionary); generated columns need IMMUTABLE functions,
-- so the dictionary is named explicitly, the usual way to make it safe to declare immutable.
CREATE OR REPLACE FUNCTION "iom_unaccent"(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT unaccent('unaccent'::regdictionary, $1) $$;

-- The stemming dictionary of each document language.
CREATE OR REPLACE FUNCTION "iom_text_search_config"(language "Language") RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT CASE language WHEN 'EN' THEN 'english'::regconfig WHEN 'ES' THEN 'spanish'::regconfig ELSE 'french'::regconfig END $$;

-- CreateTable
CREATE TABLE "SearchDocument" (
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "language" "Language" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "extra" TEXT NOT NULL,
    -- Title and names weigh more than the body; names and codes are indexed unstemmed.
    "vector" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector("iom_text_search_config"("language"), "iom_unaccent"("title")), 'A') ||
        setweight(to_tsvector('simple'::regconfig, "iom_unaccent"("extra")), 'A') ||
        setweight(to_tsvector("iom_text_search_config"("language"), "iom_unaccent"("body")), 'B')
    ) STORED,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("kind","key","language")
);

-- CreateIndex
CREATE INDEX "SearchDocument_vector_idx" ON "SearchDocument" USING GIN ("vector");
