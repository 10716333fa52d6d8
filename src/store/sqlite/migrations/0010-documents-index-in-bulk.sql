-- The document full-text index (0001) is filled in bulk when the writer commits (evidence-index.ts),
-- like the evidence index (0008), instead of by a trigger per document row. FTS5 writes its pending
-- terms to disk at every savepoint, and the writer saves each document in its own savepoint (so a
-- failed document leaves nothing behind): the trigger made every document a new index segment to
-- write and merge, about 0.6 ms per document on the single writer (issue #8). `last_rowid` is the
-- last document indexed. The delete trigger stays: documents are only deleted after their commit.
DROP TRIGGER IF EXISTS documents_ai;
CREATE TABLE IF NOT EXISTS documents_index (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  last_rowid INTEGER NOT NULL
);
INSERT OR IGNORE INTO documents_index (id, last_rowid) SELECT 1, coalesce(max(rowid), 0) FROM documents;
