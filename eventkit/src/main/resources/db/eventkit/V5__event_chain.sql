-- Tamper evidence (docs/events.md, "Tamper evidence"): every event stores the chain hash of its stream's previous
-- event (64 zeros for version 1) and its own chain hash, the SHA-256 of that previous hash together with the event's
-- content (eventkit's store/EventChain). Rows stored before this migration are chained by V6, in stream order.
ALTER TABLE events ADD COLUMN chain_previous TEXT;
ALTER TABLE events ADD COLUMN chain_hash TEXT;
