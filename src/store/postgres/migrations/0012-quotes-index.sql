-- Trigram indexes for evidence and quote search (`fw_unaccent(x) ILIKE '%q%'`), as SQLite has
-- (0006, 0012): without them both scan every row. `pg_trgm` ships with PostgreSQL's contrib; where
-- it cannot be installed (no contrib package, no privilege) the searches keep scanning, with the
-- same answers. The list order of quotes gets its index too.
DO $$
DECLARE
  ext_schema text;
BEGIN
  BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
  EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm is not available (%): evidence and quote searches scan', SQLERRM;
  END;
  SELECT n.nspname INTO ext_schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
    WHERE e.extname = 'pg_trgm';
  IF ext_schema IS NOT NULL THEN
    EXECUTE format('CREATE INDEX events_evidence_trgm ON events USING gin (fw_unaccent(evidence) %I.gin_trgm_ops)', ext_schema);
    EXECUTE format('CREATE INDEX quotes_text_trgm ON quotes USING gin (fw_unaccent(text) %I.gin_trgm_ops)', ext_schema);
  END IF;
END $$;
CREATE INDEX quotes_order ON quotes(doc, start, id);
DROP INDEX IF EXISTS quotes_doc;
