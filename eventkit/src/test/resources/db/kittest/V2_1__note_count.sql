-- A query table for the rebuild tests: how many notes each stream of each council took.
CREATE TABLE note_count (council_id TEXT NOT NULL, stream_id TEXT NOT NULL, notes INT NOT NULL, PRIMARY KEY (council_id, stream_id));
