-- A read model for the tests: how many times each stream's events were applied.
CREATE TABLE tally (stream_id TEXT PRIMARY KEY, applied INT NOT NULL);
