-- Which documents the stored claims were computed from: the `seq` of the newest document when the
-- last rebuild started (NULL before the first). Claims are stale while the newest stored document
-- is newer, e.g. when an ingest was killed after its documents were committed but before claims
-- were rebuilt; the next ingest then rebuilds them even if it stores nothing new (issue #9).
CREATE TABLE IF NOT EXISTS claims_basis (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  built_from INTEGER
);
INSERT OR IGNORE INTO claims_basis (id, built_from) VALUES (1, NULL);
