-- Entity mention and document counts (0006) are added by the writer once per entity per
-- document (save-doc.ts) instead of by a trigger per mention row: the trigger's key update and
-- index probe for every mention cost about 1.3 ms per document on the single writer (issue #8).
-- Deletes and updates of mentions, and entity rows that arrive after their mentions, still count
-- through the 0006 triggers.
DROP TRIGGER IF EXISTS mentions_count_ai;
