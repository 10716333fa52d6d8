-- Which documents the stored claims were computed from, as in the SQLite migration of the same
-- number: the `seq` of the newest document when the last rebuild started (NULL before the first).
CREATE TABLE claims_basis (
  id integer PRIMARY KEY CHECK (id = 1),
  built_from bigint
);
INSERT INTO claims_basis (id, built_from) VALUES (1, NULL);
