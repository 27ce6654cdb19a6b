-- The event store: the source of truth of the service that owns this database.
-- Every other table of the service is a projection of these rows.
CREATE TABLE events (
    position        BIGSERIAL    PRIMARY KEY,
    event_id        UUID         NOT NULL UNIQUE,
    council_id      TEXT         NOT NULL,
    stream_type     TEXT         NOT NULL,
    stream_id       TEXT         NOT NULL,
    stream_version  BIGINT       NOT NULL CHECK (stream_version > 0),
    event_type      TEXT         NOT NULL,
    schema_version  INT          NOT NULL,
    occurred_at     TIMESTAMPTZ  NOT NULL,
    actor           TEXT         NOT NULL,
    correlation_id  TEXT,
    causation_id    TEXT,
    data            JSONB        NOT NULL,
    -- Optimistic concurrency: two writers that read the same version cannot both append its successor.
    CONSTRAINT events_stream_version_unique UNIQUE (stream_type, stream_id, stream_version)
);

CREATE INDEX events_council_stream ON events (council_id, stream_type, stream_id, stream_version);

-- The transactional outbox: a row is written in the same transaction as its event and deleted
-- only once Kafka has acknowledged the send. The relay takes whatever rows are present, so an event
-- whose transaction commits after a higher-numbered one is never skipped (no high-water mark).
CREATE TABLE outbox (
    position BIGINT PRIMARY KEY REFERENCES events (position)
);

-- Idempotent consumption: one row per (consumer, event) written in the transaction that applies
-- the event to the consumer's read model, so a redelivered event changes nothing.
CREATE TABLE processed_events (
    consumer     TEXT        NOT NULL,
    event_id     UUID        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
