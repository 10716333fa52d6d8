-- Read paths for the API under load (issue #9: 100k events at 200 req/s, goal p99 < 50 ms).

-- Mention and document counts per entity, kept current by triggers on `mentions`, so the entity
-- list is an index walk instead of two counting subqueries for every entity on every request
-- (5-6 ms per page at 316 entities, growing with the entity count). The triggers run inside the
-- writer's own statements: one primary-key update and one index probe per mention.
ALTER TABLE entities ADD COLUMN mention_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entities ADD COLUMN doc_count INTEGER NOT NULL DEFAULT 0;
UPDATE entities SET
  mention_count = (SELECT count(*) FROM mentions m WHERE m.entity = entities.id),
  doc_count = (SELECT count(DISTINCT m.doc) FROM mentions m WHERE m.entity = entities.id);
CREATE INDEX IF NOT EXISTS entities_by_mentions ON entities(mention_count DESC, id);
CREATE INDEX IF NOT EXISTS entities_type_by_mentions ON entities(type, mention_count DESC, id);

CREATE TRIGGER mentions_count_ai AFTER INSERT ON mentions BEGIN
  UPDATE entities SET
    mention_count = mention_count + 1,
    doc_count = doc_count + NOT EXISTS (
      SELECT 1 FROM mentions m WHERE m.entity = new.entity AND m.doc = new.doc AND m.rowid <> new.rowid)
  WHERE id = new.entity;
END;
CREATE TRIGGER mentions_count_ad AFTER DELETE ON mentions BEGIN
  UPDATE entities SET
    mention_count = mention_count - 1,
    doc_count = doc_count - NOT EXISTS (
      SELECT 1 FROM mentions m WHERE m.entity = old.entity AND m.doc = old.doc)
  WHERE id = old.entity;
END;
CREATE TRIGGER mentions_count_au AFTER UPDATE OF entity, doc ON mentions BEGIN
  UPDATE entities SET
    mention_count = mention_count - 1,
    doc_count = doc_count - NOT EXISTS (
      SELECT 1 FROM mentions m WHERE m.entity = old.entity AND m.doc = old.doc)
  WHERE id = old.entity;
  UPDATE entities SET
    mention_count = mention_count + 1,
    doc_count = doc_count + NOT EXISTS (
      SELECT 1 FROM mentions m WHERE m.entity = new.entity AND m.doc = new.doc AND m.rowid <> new.rowid)
  WHERE id = new.entity;
END;
-- Mentions may be stored before their entity row exists (or the row may be replaced): count them
-- when the row arrives.
CREATE TRIGGER entities_count_ai AFTER INSERT ON entities BEGIN
  UPDATE entities SET
    mention_count = (SELECT count(*) FROM mentions m WHERE m.entity = new.id),
    doc_count = (SELECT count(DISTINCT m.doc) FROM mentions m WHERE m.entity = new.id)
  WHERE id = new.id;
END;

-- An entity's events (GET /api/entities/:id) match actor_entity OR recipient_entity; with one
-- ordered index per side the two sides merge in list order (was a scan of every event: 125-165 ms
-- at 100k events).
CREATE INDEX IF NOT EXISTS events_actor_entity_order ON events(actor_entity, date, doc, start);
CREATE INDEX IF NOT EXISTS events_recipient_entity_order ON events(recipient_entity, date, doc, start);
DROP INDEX IF EXISTS events_actor_entity;
-- A speaker's quotes in list order (doc, start) without a sort.
CREATE INDEX IF NOT EXISTS quotes_speaker_order ON quotes(speaker, doc, start);
DROP INDEX IF EXISTS quotes_speaker;

-- Substring search in evidence (`/api/events?q=`, `/api/search`): a trigram index finds the
-- events holding a rare string, where a scan of every evidence sentence took 130-270 ms at 100k
-- events. No diacritics folding: with it SQLite cannot answer LIKE from the index. The LIKE on
-- `events` stays the test; the index only narrows the rows it runs on.
CREATE VIRTUAL TABLE events_fts USING fts5(evidence, content='events', content_rowid='rowid', tokenize='trigram', detail=none);
INSERT INTO events_fts(events_fts) VALUES ('rebuild');
CREATE TRIGGER events_fts_ai AFTER INSERT ON events BEGIN
  INSERT INTO events_fts(rowid, evidence) VALUES (new.rowid, new.evidence);
END;
CREATE TRIGGER events_fts_ad AFTER DELETE ON events BEGIN
  INSERT INTO events_fts(events_fts, rowid, evidence) VALUES ('delete', old.rowid, old.evidence);
END;
CREATE TRIGGER events_fts_au AFTER UPDATE OF evidence ON events BEGIN
  INSERT INTO events_fts(events_fts, rowid, evidence) VALUES ('delete', old.rowid, old.evidence);
  INSERT INTO events_fts(rowid, evidence) VALUES (new.rowid, new.evidence);
END;
