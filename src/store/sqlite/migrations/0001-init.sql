-- Documents keyed by content hash; everything derived from a document references it.
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  uri TEXT NOT NULL,
  file TEXT NOT NULL,
  kind TEXT NOT NULL,
  fetched_at TEXT NOT NULL,
  title TEXT,
  published TEXT,
  authors TEXT NOT NULL DEFAULT '[]',
  publisher TEXT,
  language TEXT NOT NULL DEFAULT 'und',
  url TEXT,
  origin TEXT,
  text TEXT NOT NULL,
  diagnostics TEXT NOT NULL DEFAULT '[]',
  duplicate_of TEXT REFERENCES documents(id),
  seq INTEGER NOT NULL
);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_duplicate_of ON documents(duplicate_of);

CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;

CREATE TABLE doc_bands (band TEXT NOT NULL, doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE);
CREATE INDEX doc_bands_band ON doc_bands(band);

CREATE TABLE sentences (
  doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  paragraph INTEGER NOT NULL,
  PRIMARY KEY (doc, idx)
);

CREATE TABLE entities (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  aliases TEXT NOT NULL DEFAULT '[]',
  country TEXT,
  sector TEXT,
  role TEXT
);

CREATE TABLE mentions (
  doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  entity TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity);
CREATE INDEX mentions_doc ON mentions(doc);

CREATE TABLE events (
  id TEXT PRIMARY KEY,
  doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  type TEXT NOT NULL,
  mode TEXT,
  actor TEXT,
  recipient TEXT,
  actor_entity TEXT,
  recipient_entity TEXT,
  status TEXT NOT NULL,
  reported_by TEXT,
  date TEXT,
  date_precision TEXT NOT NULL,
  place TEXT,
  score REAL NOT NULL,
  sentence INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  evidence TEXT NOT NULL
);
CREATE INDEX events_doc ON events(doc);
CREATE INDEX events_dyad ON events(actor, recipient);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_actor_entity ON events(actor_entity);

CREATE TABLE quotes (
  id TEXT PRIMARY KEY,
  doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  speaker TEXT,
  speaker_name TEXT,
  cue TEXT,
  sentence INTEGER NOT NULL
);
CREATE INDEX quotes_doc ON quotes(doc);
CREATE INDEX quotes_speaker ON quotes(speaker);

CREATE TABLE claims (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  actor TEXT,
  recipient TEXT,
  actor_entity TEXT,
  status TEXT NOT NULL,
  independent_sources INTEGER NOT NULL,
  score REAL NOT NULL,
  first_seen TEXT,
  last_seen TEXT,
  summary TEXT NOT NULL,
  mentions TEXT NOT NULL
);

CREATE TABLE ingest_failures (
  uri TEXT NOT NULL,
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  at TEXT NOT NULL
);
