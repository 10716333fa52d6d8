-- Bumped by every worker that writes under the writer lock, so the others know to reload the
-- entity registry before resolving their next document (see writer-lock.ts).
CREATE TABLE writer_state (
  id integer PRIMARY KEY CHECK (id = 1),
  version bigint NOT NULL
);
INSERT INTO writer_state (id, version) VALUES (1, 0);
