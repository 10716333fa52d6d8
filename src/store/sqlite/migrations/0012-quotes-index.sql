-- Quote search (`/api/quotes?q=`, `/api/search`) through a trigram index, as evidence search does
-- (0006, 0008): a string few quotes hold was a scan of every quote (28 ms at 20k quotes, more
-- under load). Filled in bulk when the writer commits (evidence-index.ts), `last_rowid` being the
-- last quote indexed; deletes and text updates by trigger. The LIKE on `quotes` stays the test.
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='rowid', tokenize='trigram', detail=none);
INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
CREATE TRIGGER quotes_fts_ad AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
CREATE TRIGGER quotes_fts_au AFTER UPDATE OF text ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
  INSERT INTO quotes_fts(rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TABLE quotes_index (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  last_rowid INTEGER NOT NULL
);
INSERT INTO quotes_index (id, last_rowid) SELECT 1, coalesce(max(rowid), 0) FROM quotes;
-- The list order (doc, start): a page is an index walk, not a sort of every quote.
CREATE INDEX quotes_order ON quotes(doc, start);
DROP INDEX IF EXISTS quotes_doc;
