-- The claims rebuild reads the events of one claim key (type, actor) at a time, as in the SQLite
-- migration of the same number.
CREATE INDEX IF NOT EXISTS events_claim_key ON events(type, actor);
