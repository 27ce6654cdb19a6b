-- V6 chained every stored event: from now on an event cannot be stored without its place in the chain.
ALTER TABLE events ALTER COLUMN chain_previous SET NOT NULL;
ALTER TABLE events ALTER COLUMN chain_hash SET NOT NULL;
