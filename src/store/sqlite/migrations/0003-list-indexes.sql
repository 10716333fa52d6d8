-- Indexes for the orders the API and CLI list in, so a page is an index walk and not a sort of the
-- whole table (issue #9 load test, 100k events: a filtered /api/events page took 20-50 ms and a
-- deep page seconds; with these, 1-20 ms).
-- listEvents: ORDER BY date, doc, start; alone, after actor+recipient, or after type.
CREATE INDEX IF NOT EXISTS events_order ON events(date, doc, start);
CREATE INDEX IF NOT EXISTS events_dyad_order ON events(actor, recipient, date, doc, start);
CREATE INDEX IF NOT EXISTS events_type_order ON events(type, date, doc, start);
-- The two-column versions are prefixes of the ones above; dropping them keeps inserts as cheap.
DROP INDEX IF EXISTS events_dyad;
DROP INDEX IF EXISTS events_type;
-- listClaims: ORDER BY independent_sources DESC, score, id.
CREATE INDEX IF NOT EXISTS claims_order ON claims(independent_sources DESC, score, id);
-- listEntities counts distinct documents per entity; with doc in the index that is an index scan.
CREATE INDEX IF NOT EXISTS mentions_entity_doc ON mentions(entity, doc);
DROP INDEX IF EXISTS mentions_entity;
