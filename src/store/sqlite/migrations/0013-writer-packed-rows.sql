-- Fewer rows and index entries per document for the single writer (issue #8). A document's ~19
-- sentences and ~60 mentions were rows of their own, each also in one or two indexes keyed by the
-- document id, and every commit rewrote each index page its batch touched: about a third of the
-- writer's insert time. No query reads them but by document (hydrating a whole document), so they
-- are now kept packed in the document row, as JSON arrays in list order:
--   sentence_list: [[index, start, end, paragraph], ...]
--   mention_list:  [[entity, start, end], ...], a fourth element being the mention text when it is
--                  not the slice of the document text its span points at (UTF-16 offsets).
ALTER TABLE documents ADD COLUMN sentence_list TEXT NOT NULL DEFAULT '[]';
ALTER TABLE documents ADD COLUMN mention_list TEXT NOT NULL DEFAULT '[]';
UPDATE documents SET
  sentence_list = coalesce((
    SELECT json_group_array(json_array(s.idx, s.start, s."end", s.paragraph) ORDER BY s.idx)
    FROM sentences s WHERE s.doc = documents.id), '[]'),
  -- Texts are kept as they are: SQLite cannot slice text by UTF-16 offsets.
  mention_list = coalesce((
    SELECT json_group_array(json_array(m.entity, m.start, m."end", m.text) ORDER BY m.start, m.rowid)
    FROM mentions m WHERE m.doc = documents.id), '[]');

-- Mention and document counts per entity (0006, 0007) are added by the writer. Counts of mentions
-- whose entity has no row yet wait here until the row arrives (trigger below), replacing the
-- recount of its mention rows.
CREATE TABLE entity_counts_pending (
  entity TEXT PRIMARY KEY,
  mentions INTEGER NOT NULL,
  docs INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO entity_counts_pending (entity, mentions, docs)
  SELECT entity, count(*), count(DISTINCT doc) FROM mentions
  WHERE entity NOT IN (SELECT id FROM entities) GROUP BY entity;
DROP TRIGGER IF EXISTS entities_count_ai;
CREATE TRIGGER entities_count_ai AFTER INSERT ON entities BEGIN
  UPDATE entities SET
    mention_count = mention_count + p.mentions,
    doc_count = doc_count + p.docs
  FROM entity_counts_pending p WHERE p.entity = new.id AND entities.id = new.id;
  DELETE FROM entity_counts_pending WHERE entity = new.id;
END;

DROP TABLE sentences;
DROP TABLE mentions;
-- The old tables as views, for tools that read the store file directly (slow: they unpack every
-- document). A mention text not stored is cut from the document by characters, which differ from
-- UTF-16 offsets only after a character outside the Basic Multilingual Plane.
CREATE VIEW sentences AS
  SELECT d.id AS doc, s.value ->> 0 AS idx, s.value ->> 1 AS start, s.value ->> 2 AS "end",
    s.value ->> 3 AS paragraph
  FROM documents d, json_each(d.sentence_list) s;
CREATE VIEW mentions AS
  SELECT d.id AS doc, m.value ->> 0 AS entity, m.value ->> 1 AS start, m.value ->> 2 AS "end",
    coalesce(m.value ->> 3, substr(d.text, (m.value ->> 1) + 1, (m.value ->> 2) - (m.value ->> 1))) AS text
  FROM documents d, json_each(d.mention_list) m;

-- Band keys as one b-tree (band, doc) instead of a table and an index on band: findByBands looks
-- bands up, nothing reads a document's bands.
CREATE TABLE doc_bands_new (
  band TEXT NOT NULL,
  doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  PRIMARY KEY (band, doc)
) WITHOUT ROWID;
INSERT OR IGNORE INTO doc_bands_new (band, doc) SELECT band, doc FROM doc_bands;
DROP TABLE doc_bands;
ALTER TABLE doc_bands_new RENAME TO doc_bands;

-- events_order (date, doc, start, 0003) answers every query the one-column date index did.
DROP INDEX IF EXISTS events_date;
