-- listDocs filters `duplicate_of IS NULL` and orders by seq; the planner used the one-column
-- duplicate_of index and then sorted every document, text included (issue #9 load test: 30-70 ms
-- per page at 10k documents). With seq in the index a page is an index walk (under 1 ms).
CREATE INDEX IF NOT EXISTS documents_unique_seq ON documents(duplicate_of, seq);
DROP INDEX IF EXISTS documents_duplicate_of;
