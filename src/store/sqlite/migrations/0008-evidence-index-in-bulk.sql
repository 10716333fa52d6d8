-- The evidence trigram index (0006) is filled in bulk when the writer commits (evidence-index.ts)
-- instead of by a trigger per event row: the trigger made each event insert about six times
-- slower (about 1.2 ms per document on the single writer, issue #8), while one INSERT … SELECT
-- over the batch's new rows costs a sixth of that. `last_rowid` is the last event indexed.
DROP TRIGGER IF EXISTS events_fts_ai;
CREATE TABLE IF NOT EXISTS evidence_index (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  last_rowid INTEGER NOT NULL
);
INSERT OR IGNORE INTO evidence_index (id, last_rowid) SELECT 1, coalesce(max(rowid), 0) FROM events;
