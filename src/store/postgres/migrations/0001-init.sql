-- PostgreSQL schema, same tables as the SQLite dialect. Runs with search_path set to the store's
-- schema; `unaccent` lives in the schema named by the placeholder below (see migrate.ts).
CREATE OR REPLACE FUNCTION fw_unaccent(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT @extschema@.unaccent('@extschema@.unaccent'::regdictionary, value) $$;

CREATE TABLE documents (
  id text PRIMARY KEY,
  uri text NOT NULL,
  file text NOT NULL,
  kind text NOT NULL,
  fetched_at text NOT NULL,
  title text,
  published text,
  authors jsonb NOT NULL DEFAULT '[]',
  publisher text,
  language text NOT NULL DEFAULT 'und',
  url text,
  origin text,
  text text NOT NULL,
  diagnostics jsonb NOT NULL DEFAULT '[]',
  duplicate_of text REFERENCES documents(id),
  seq bigserial NOT NULL,
  tsv tsvector GENERATED ALWAYS AS (
    to_tsvector('simple', fw_unaccent(coalesce(title, '') || ' ' || text))
  ) STORED
);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_duplicate_of ON documents(duplicate_of);
CREATE INDEX documents_seq ON documents(seq);
CREATE INDEX documents_tsv ON documents USING gin(tsv);

CREATE TABLE doc_bands (band text NOT NULL, doc text NOT NULL REFERENCES documents(id) ON DELETE CASCADE);
CREATE INDEX doc_bands_band ON doc_bands(band);

CREATE TABLE sentences (
  doc text NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx integer NOT NULL,
  start integer NOT NULL,
  "end" integer NOT NULL,
  paragraph integer NOT NULL,
  PRIMARY KEY (doc, idx)
);

CREATE TABLE entities (
  id text PRIMARY KEY,
  type text NOT NULL,
  name text NOT NULL,
  aliases jsonb NOT NULL DEFAULT '[]',
  country text,
  sector text,
  role text
);

CREATE TABLE mentions (
  doc text NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  entity text NOT NULL,
  start integer NOT NULL,
  "end" integer NOT NULL,
  text text NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity);
CREATE INDEX mentions_doc ON mentions(doc);

CREATE TABLE events (
  id text PRIMARY KEY,
  doc text NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  type text NOT NULL,
  mode text,
  actor text,
  recipient text,
  actor_entity text,
  recipient_entity text,
  status text NOT NULL,
  reported_by text,
  date text,
  date_precision text NOT NULL,
  place text,
  score double precision NOT NULL,
  sentence integer NOT NULL,
  start integer NOT NULL,
  "end" integer NOT NULL,
  evidence text NOT NULL
);
CREATE INDEX events_doc ON events(doc);
CREATE INDEX events_dyad ON events(actor, recipient);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_actor_entity ON events(actor_entity);

CREATE TABLE quotes (
  id text PRIMARY KEY,
  doc text NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start integer NOT NULL,
  "end" integer NOT NULL,
  text text NOT NULL,
  speaker text,
  speaker_name text,
  cue text,
  sentence integer NOT NULL
);
CREATE INDEX quotes_doc ON quotes(doc);
CREATE INDEX quotes_speaker ON quotes(speaker);

CREATE TABLE claims (
  id text PRIMARY KEY,
  type text NOT NULL,
  actor text,
  recipient text,
  actor_entity text,
  status text NOT NULL,
  independent_sources integer NOT NULL,
  score double precision NOT NULL,
  first_seen text,
  last_seen text,
  summary text NOT NULL,
  mentions jsonb NOT NULL
);

CREATE TABLE ingest_failures (
  id bigserial PRIMARY KEY,
  uri text NOT NULL,
  code text NOT NULL,
  message text NOT NULL,
  at text NOT NULL
);
