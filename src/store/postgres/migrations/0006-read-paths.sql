-- Read paths for the API under load (issue #9), as in the SQLite migration of the same number.

-- Mention and document counts per entity, kept current by statement triggers on `mentions`, so
-- the entity list is an index walk instead of two counting subqueries per entity per request.
ALTER TABLE entities ADD COLUMN mention_count integer NOT NULL DEFAULT 0;
ALTER TABLE entities ADD COLUMN doc_count integer NOT NULL DEFAULT 0;
UPDATE entities e SET mention_count = s.n, doc_count = s.d
  FROM (SELECT entity, count(*) AS n, count(DISTINCT doc) AS d FROM mentions GROUP BY entity) s
  WHERE s.entity = e.id;
CREATE INDEX entities_by_mentions ON entities(mention_count DESC, id);
CREATE INDEX entities_type_by_mentions ON entities(type, mention_count DESC, id);
CREATE INDEX mentions_entity_doc ON mentions(entity, doc);
DROP INDEX IF EXISTS mentions_entity;

-- The rows are locked in id order first, so concurrent writers wait for each other instead of
-- deadlocking; a (entity, doc) pair adds a document when all its stored mentions are new.
CREATE FUNCTION fw_mentions_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM entities WHERE id IN (SELECT entity FROM new_rows) ORDER BY id FOR UPDATE;
  WITH added AS (SELECT entity, doc, count(*) AS n FROM new_rows GROUP BY entity, doc),
  per AS (
    SELECT a.entity, sum(a.n) AS n,
      count(*) FILTER (WHERE (SELECT count(*) FROM mentions m
                              WHERE m.entity = a.entity AND m.doc = a.doc) = a.n) AS d
    FROM added a GROUP BY a.entity)
  UPDATE entities e SET mention_count = e.mention_count + per.n, doc_count = e.doc_count + per.d
    FROM per WHERE e.id = per.entity;
  RETURN NULL;
END $$;
CREATE FUNCTION fw_mentions_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM entities WHERE id IN (SELECT entity FROM old_rows) ORDER BY id FOR UPDATE;
  WITH removed AS (SELECT entity, doc, count(*) AS n FROM old_rows GROUP BY entity, doc),
  per AS (
    SELECT r.entity, sum(r.n) AS n,
      count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM mentions m
                                         WHERE m.entity = r.entity AND m.doc = r.doc)) AS d
    FROM removed r GROUP BY r.entity)
  UPDATE entities e SET mention_count = e.mention_count - per.n, doc_count = e.doc_count - per.d
    FROM per WHERE e.id = per.entity;
  RETURN NULL;
END $$;
CREATE TRIGGER mentions_counted_ai AFTER INSERT ON mentions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION fw_mentions_added();
CREATE TRIGGER mentions_counted_ad AFTER DELETE ON mentions
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION fw_mentions_removed();

-- Mentions may be stored before their entity row: count them when the row is inserted (an upsert
-- that updates an existing row does not fire this, so it keeps the counts).
CREATE FUNCTION fw_entity_counted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE entities SET
    mention_count = (SELECT count(*) FROM mentions m WHERE m.entity = NEW.id),
    doc_count = (SELECT count(DISTINCT m.doc) FROM mentions m WHERE m.entity = NEW.id)
  WHERE id = NEW.id;
  RETURN NULL;
END $$;
CREATE TRIGGER entities_counted_ai AFTER INSERT ON entities
  FOR EACH ROW EXECUTE FUNCTION fw_entity_counted();

-- An entity's events match actor_entity OR recipient_entity: one index per side (bitmap OR).
CREATE INDEX events_recipient_entity ON events(recipient_entity);
