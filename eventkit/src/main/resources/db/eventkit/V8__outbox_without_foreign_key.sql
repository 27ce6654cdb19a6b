-- The outbox row no longer carries a foreign key to its event. It is written by the same statement that inserts
-- the event (EventStore's append), and events are never deleted, so the key guarded nothing; but checking it locked
-- the new event row (FOR KEY SHARE) in every append. Measured with pgbench on this schema, 8 clients, an event
-- plus its outbox row: 6,905/s with the key, 10,180/s without; a bare one-row INSERT: 16,590-17,487/s
-- (README, "Benchmark"). The relay reads outbox rows joined to their events, as before.
ALTER TABLE outbox DROP CONSTRAINT IF EXISTS outbox_position_fkey;
