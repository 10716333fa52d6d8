-- Claim lists without every mention, as in the SQLite migration of the same number: a list reads
-- `mention_count` and `first_mentions` (the first 3), written with the claims.
ALTER TABLE claims ADD COLUMN mention_count integer NOT NULL DEFAULT 0;
ALTER TABLE claims ADD COLUMN first_mentions jsonb NOT NULL DEFAULT '[]';
UPDATE claims SET mention_count = jsonb_array_length(mentions),
  first_mentions = jsonb_path_query_array(mentions, '$[0 to 2]');
-- listClaims order, alone and after each filter (there was no index: every page sorted them all).
CREATE INDEX claims_order ON claims(independent_sources DESC, score, id);
CREATE INDEX claims_status_order ON claims(status, independent_sources DESC, score, id);
CREATE INDEX claims_type_order ON claims(type, independent_sources DESC, score, id);
