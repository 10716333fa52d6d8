-- The claims rebuild reads the events of one claim key (type, actor) at a time, so that it never
-- holds the whole corpus (issue #8): each key is an index walk instead of a scan of its type.
CREATE INDEX IF NOT EXISTS events_claim_key ON events(type, actor);
