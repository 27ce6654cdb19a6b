-- The council-wide audit log: one row per event of every topic (and per document export recorded in reporting's
-- own event store), whatever its type. Like every read model it has a GENERATION: a rebuild refills it from the
-- topics and from reporting's own events, and the event id keeps a redelivery to one row. What changed (from → to)
-- is worked out when the log is read, from the earlier rows of the same stream, so nothing here is updated.
CREATE TABLE audit_log (
    generation          INT         NOT NULL,
    event_id            UUID        NOT NULL,
    council_id          TEXT        NOT NULL,
    event_type          TEXT        NOT NULL,
    stream_type         TEXT        NOT NULL,
    stream_id           TEXT        NOT NULL,
    stream_version      BIGINT      NOT NULL,
    actor               TEXT        NOT NULL,
    at                  TIMESTAMPTZ NOT NULL,
    correlation_id      TEXT,
    cycle_id            TEXT,
    characteristic_code TEXT,
    theme_code          TEXT,
    action_id           TEXT,
    data                JSONB       NOT NULL,
    PRIMARY KEY (generation, event_id)
);
CREATE INDEX audit_log_council_at ON audit_log (generation, council_id, at, event_id);
CREATE INDEX audit_log_stream ON audit_log (generation, council_id, stream_type, stream_id, stream_version);
