-- saveDoc numbers documents with max(seq) + 1; without this index that is a full table scan per
-- insert, so ingest slowed down as the corpus grew (issue #8: 4 ms/doc at 500 docs, 10 at 2,000).
CREATE INDEX IF NOT EXISTS documents_seq ON documents(seq);
